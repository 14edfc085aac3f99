import { describeBlindSet } from './support/blind-set-checks';
import { BLIND30_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind30 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind30', loadConversations(BLIND30_CONVERSATIONS_DIR), 371);
