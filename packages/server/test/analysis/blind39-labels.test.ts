import { describeBlindSet } from './support/blind-set-checks';
import { BLIND39_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind39 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind39', loadConversations(BLIND39_CONVERSATIONS_DIR), 479);
