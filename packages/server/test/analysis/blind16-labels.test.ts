import { describeBlindSet } from './support/blind-set-checks';
import { BLIND16_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind16 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind16', loadConversations(BLIND16_CONVERSATIONS_DIR), 203);
