import { describeBlindSet } from './support/blind-set-checks';
import { BLIND10_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind10 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind10', loadConversations(BLIND10_CONVERSATIONS_DIR), 123);
