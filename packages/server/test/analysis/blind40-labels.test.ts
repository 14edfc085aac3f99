import { describeBlindSet } from './support/blind-set-checks';
import { BLIND40_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/**
 * The blind40 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. It was
 * asked for one discussion of five or six candidates with no moderator, not for two (see its README).
 */
describeBlindSet('blind40', loadConversations(BLIND40_CONVERSATIONS_DIR), 491, { oneUnmoderatedDiscussion: true });
