import { describeBlindSet } from './support/blind-set-checks';
import { BLIND24_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind24 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind24', loadConversations(BLIND24_CONVERSATIONS_DIR), 299);
