import { describeBlindSet } from './support/blind-set-checks';
import { BLIND9_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind9 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind9', loadConversations(BLIND9_CONVERSATIONS_DIR), 111);
