import { describeBlindSet } from './support/blind-set-checks';
import { BLIND8_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind8 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind8', loadConversations(BLIND8_CONVERSATIONS_DIR), 99);
