import { describeBlindSet } from './support/blind-set-checks';
import { BLIND17_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind17 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind17', loadConversations(BLIND17_CONVERSATIONS_DIR), 215);
