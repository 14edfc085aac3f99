import { describeBlindSet } from './support/blind-set-checks';
import { BLIND14_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind14 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind14', loadConversations(BLIND14_CONVERSATIONS_DIR), 179);
