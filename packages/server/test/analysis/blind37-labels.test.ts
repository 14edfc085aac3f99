import { describeBlindSet } from './support/blind-set-checks';
import { BLIND37_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind37 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind37', loadConversations(BLIND37_CONVERSATIONS_DIR), 455);
