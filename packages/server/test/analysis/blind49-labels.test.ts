import { describeBlindSet } from './support/blind-set-checks';
import { BLIND49_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind49 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind49', loadConversations(BLIND49_CONVERSATIONS_DIR), 599);
