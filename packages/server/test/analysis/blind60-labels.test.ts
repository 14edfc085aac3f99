import { describeBlindSet } from './support/blind-set-checks';
import { BLIND60_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind60 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind60', loadConversations(BLIND60_CONVERSATIONS_DIR), 731);
