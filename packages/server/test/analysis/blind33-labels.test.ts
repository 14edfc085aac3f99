import { describeBlindSet } from './support/blind-set-checks';
import { BLIND33_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind33 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind33', loadConversations(BLIND33_CONVERSATIONS_DIR), 407);
