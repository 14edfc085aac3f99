import { describeBlindSet } from './support/blind-set-checks';
import { BLIND31_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind31 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind31', loadConversations(BLIND31_CONVERSATIONS_DIR), 383);
