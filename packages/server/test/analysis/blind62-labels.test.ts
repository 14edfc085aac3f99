import { describeBlindSet } from './support/blind-set-checks';
import { BLIND62_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind62 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind62', loadConversations(BLIND62_CONVERSATIONS_DIR), 755);
