import { describeBlindSet } from './support/blind-set-checks';
import { BLIND54_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind54 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind54', loadConversations(BLIND54_CONVERSATIONS_DIR), 659);
