import { describeBlindSet } from './support/blind-set-checks';
import { BLIND42_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind42 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind42', loadConversations(BLIND42_CONVERSATIONS_DIR), 515);
