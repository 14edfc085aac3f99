import { describeBlindSet } from './support/blind-set-checks';
import { BLIND53_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind53 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind53', loadConversations(BLIND53_CONVERSATIONS_DIR), 647);
