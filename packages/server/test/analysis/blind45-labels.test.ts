import { describeBlindSet } from './support/blind-set-checks';
import { BLIND45_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind45 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind45', loadConversations(BLIND45_CONVERSATIONS_DIR), 551);
