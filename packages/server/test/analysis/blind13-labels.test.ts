import { describeBlindSet } from './support/blind-set-checks';
import { BLIND13_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind13 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind13', loadConversations(BLIND13_CONVERSATIONS_DIR), 167);
