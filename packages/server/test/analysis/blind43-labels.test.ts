import { describeBlindSet } from './support/blind-set-checks';
import { BLIND43_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind43 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind43', loadConversations(BLIND43_CONVERSATIONS_DIR), 527);
