import { describeBlindSet } from './support/blind-set-checks';
import { BLIND23_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind23 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind23', loadConversations(BLIND23_CONVERSATIONS_DIR), 287);
