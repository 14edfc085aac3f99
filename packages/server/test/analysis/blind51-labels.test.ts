import { describeBlindSet } from './support/blind-set-checks';
import { BLIND51_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind51 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind51', loadConversations(BLIND51_CONVERSATIONS_DIR), 623);
