import { describeBlindSet } from './support/blind-set-checks';
import { BLIND47_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind47 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind47', loadConversations(BLIND47_CONVERSATIONS_DIR), 575);
