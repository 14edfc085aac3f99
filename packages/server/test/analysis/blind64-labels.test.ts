import { describeBlindSet } from './support/blind-set-checks';
import { BLIND64_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind64 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind64', loadConversations(BLIND64_CONVERSATIONS_DIR), 779);
