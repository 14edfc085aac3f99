import { describeBlindSet } from './support/blind-set-checks';
import { BLIND58_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind58 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind58', loadConversations(BLIND58_CONVERSATIONS_DIR), 707);
