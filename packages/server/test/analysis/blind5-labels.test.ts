import { describeBlindSet } from './support/blind-set-checks';
import { BLIND5_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind5 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind5', loadConversations(BLIND5_CONVERSATIONS_DIR), 49);
