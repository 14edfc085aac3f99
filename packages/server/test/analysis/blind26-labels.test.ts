import { describeBlindSet } from './support/blind-set-checks';
import { BLIND26_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind26 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind26', loadConversations(BLIND26_CONVERSATIONS_DIR), 323);
