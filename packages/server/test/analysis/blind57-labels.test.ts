import { describeBlindSet } from './support/blind-set-checks';
import { BLIND57_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind57 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind57', loadConversations(BLIND57_CONVERSATIONS_DIR), 695);
