import { describeBlindSet } from './support/blind-set-checks';
import { BLIND59_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind59 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind59', loadConversations(BLIND59_CONVERSATIONS_DIR), 719);
