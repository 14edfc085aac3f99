import { describeBlindSet } from './support/blind-set-checks';
import { BLIND21_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind21 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind21', loadConversations(BLIND21_CONVERSATIONS_DIR), 263);
