import { describeBlindSet } from './support/blind-set-checks';
import { BLIND48_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind48 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind48', loadConversations(BLIND48_CONVERSATIONS_DIR), 587);
