import { describeBlindSet } from './support/blind-set-checks';
import { BLIND28_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind28 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind28', loadConversations(BLIND28_CONVERSATIONS_DIR), 347);
