import { describeBlindSet } from './support/blind-set-checks';
import { BLIND18_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind18 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind18', loadConversations(BLIND18_CONVERSATIONS_DIR), 227);
