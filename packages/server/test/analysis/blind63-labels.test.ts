import { describeBlindSet } from './support/blind-set-checks';
import { BLIND63_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind63 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind63', loadConversations(BLIND63_CONVERSATIONS_DIR), 767);
