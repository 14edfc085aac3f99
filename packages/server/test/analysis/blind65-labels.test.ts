import { describeBlindSet } from './support/blind-set-checks';
import { BLIND65_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind65 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind65', loadConversations(BLIND65_CONVERSATIONS_DIR), 791);
