import { describeBlindSet } from './support/blind-set-checks';
import { BLIND22_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind22 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind22', loadConversations(BLIND22_CONVERSATIONS_DIR), 275);
