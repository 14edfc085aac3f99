import { describeBlindSet } from './support/blind-set-checks';
import { BLIND32_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind32 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind32', loadConversations(BLIND32_CONVERSATIONS_DIR), 395);
