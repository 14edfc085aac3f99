import { describeBlindSet } from './support/blind-set-checks';
import { BLIND56_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind56 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind56', loadConversations(BLIND56_CONVERSATIONS_DIR), 683);
