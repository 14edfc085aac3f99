import { describeBlindSet } from './support/blind-set-checks';
import { BLIND11_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind11 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind11', loadConversations(BLIND11_CONVERSATIONS_DIR), 143);
