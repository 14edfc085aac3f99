import { describeBlindSet } from './support/blind-set-checks';
import { BLIND12_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind12 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind12', loadConversations(BLIND12_CONVERSATIONS_DIR), 155);
