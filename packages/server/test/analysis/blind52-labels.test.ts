import { describeBlindSet } from './support/blind-set-checks';
import { BLIND52_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind52 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind52', loadConversations(BLIND52_CONVERSATIONS_DIR), 635);
