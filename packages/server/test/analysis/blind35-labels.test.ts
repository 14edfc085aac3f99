import { describeBlindSet } from './support/blind-set-checks';
import { BLIND35_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind35 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind35', loadConversations(BLIND35_CONVERSATIONS_DIR), 431);
