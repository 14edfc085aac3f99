import { describeBlindSet } from './support/blind-set-checks';
import { BLIND25_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind25 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind25', loadConversations(BLIND25_CONVERSATIONS_DIR), 311);
