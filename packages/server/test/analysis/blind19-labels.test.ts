import { describeBlindSet } from './support/blind-set-checks';
import { BLIND19_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind19 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind19', loadConversations(BLIND19_CONVERSATIONS_DIR), 239);
