import { describeBlindSet } from './support/blind-set-checks';
import { BLIND15_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind15 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind15', loadConversations(BLIND15_CONVERSATIONS_DIR), 191);
