import { describeBlindSet } from './support/blind-set-checks';
import { BLIND55_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind55 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind55', loadConversations(BLIND55_CONVERSATIONS_DIR), 671);
