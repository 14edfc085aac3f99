import { describeBlindSet } from './support/blind-set-checks';
import { BLIND46_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind46 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind46', loadConversations(BLIND46_CONVERSATIONS_DIR), 563);
