import { describeBlindSet } from './support/blind-set-checks';
import { BLIND44_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind44 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind44', loadConversations(BLIND44_CONVERSATIONS_DIR), 539);
