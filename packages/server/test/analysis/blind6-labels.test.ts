import { describeBlindSet } from './support/blind-set-checks';
import { BLIND6_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind6 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind6', loadConversations(BLIND6_CONVERSATIONS_DIR), 61);
