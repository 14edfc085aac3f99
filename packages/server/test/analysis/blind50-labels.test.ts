import { describeBlindSet } from './support/blind-set-checks';
import { BLIND50_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind50 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind50', loadConversations(BLIND50_CONVERSATIONS_DIR), 611);
