import { describeBlindSet } from './support/blind-set-checks';
import { BLIND27_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind27 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind27', loadConversations(BLIND27_CONVERSATIONS_DIR), 335);
