import { describeBlindSet } from './support/blind-set-checks';
import { BLIND20_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind20 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind20', loadConversations(BLIND20_CONVERSATIONS_DIR), 251);
