import { describeBlindSet } from './support/blind-set-checks';
import { BLIND7_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind7 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind7', loadConversations(BLIND7_CONVERSATIONS_DIR), 87);
