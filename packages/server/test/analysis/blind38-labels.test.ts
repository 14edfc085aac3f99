import { describeBlindSet } from './support/blind-set-checks';
import { BLIND38_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind38 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind38', loadConversations(BLIND38_CONVERSATIONS_DIR), 467);
