import { describeBlindSet } from './support/blind-set-checks';
import { BLIND29_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind29 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind29', loadConversations(BLIND29_CONVERSATIONS_DIR), 359);
