import { describeBlindSet } from './support/blind-set-checks';
import { BLIND61_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind61 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind61', loadConversations(BLIND61_CONVERSATIONS_DIR), 743);
