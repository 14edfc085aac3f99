import { describeBlindSet } from './support/blind-set-checks';
import { BLIND41_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind41 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind41', loadConversations(BLIND41_CONVERSATIONS_DIR), 503);
