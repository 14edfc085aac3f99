import { describeBlindSet } from './support/blind-set-checks';
import { BLIND36_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind36 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind36', loadConversations(BLIND36_CONVERSATIONS_DIR), 443);
