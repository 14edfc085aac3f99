import * as conversations from '../../packages/server/test/analysis/support/conversations';
import {
  HELDOUT_DIR,
  type LabelledInterview,
  loadFixtures,
} from '../../packages/server/test/analysis/support/fixtures';

/**
 * The labelled sets the rules have been tuned on (seen), each with its name. The held-out ones (HELD_OUT_CONVERSATION_DIRS)
 * are not here on purpose: nothing that learns or is tuned may read them.
 */
export function seenSets(): Array<[string, LabelledInterview[]]> {
  return [
    ['interviews', loadFixtures()],
    ['interviews heldout', loadFixtures(HELDOUT_DIR)],
    ['tuning', conversations.loadConversations(conversations.TUNING_DIR)],
    ['heldout', conversations.loadConversations(conversations.HELDOUT_CONVERSATIONS_DIR)],
    ['blind', conversations.loadConversations(conversations.BLIND_CONVERSATIONS_DIR)],
    ['blind2', conversations.loadConversations(conversations.BLIND2_CONVERSATIONS_DIR)],
    ['tuning2', conversations.loadConversations(conversations.TUNING2_DIR)],
    ['blind3', conversations.loadConversations(conversations.BLIND3_CONVERSATIONS_DIR)],
    ['blind4', conversations.loadConversations(conversations.BLIND4_CONVERSATIONS_DIR)],
    ['tuning3', conversations.loadConversations(conversations.TUNING3_DIR)],
    ['blind7', conversations.loadConversations(conversations.BLIND7_CONVERSATIONS_DIR)],
    ['blind8', conversations.loadConversations(conversations.BLIND8_CONVERSATIONS_DIR)],
    ['blind9', conversations.loadConversations(conversations.BLIND9_CONVERSATIONS_DIR)],
    ['tuning4', conversations.loadConversations(conversations.TUNING4_DIR)],
    ['blind12', conversations.loadConversations(conversations.BLIND12_CONVERSATIONS_DIR)],
    ['blind13', conversations.loadConversations(conversations.BLIND13_CONVERSATIONS_DIR)],
    ['blind16', conversations.loadConversations(conversations.BLIND16_CONVERSATIONS_DIR)],
    ['blind17', conversations.loadConversations(conversations.BLIND17_CONVERSATIONS_DIR)],
    ['blind18', conversations.loadConversations(conversations.BLIND18_CONVERSATIONS_DIR)],
    ['blind20', conversations.loadConversations(conversations.BLIND20_CONVERSATIONS_DIR)],
    ['blind21', conversations.loadConversations(conversations.BLIND21_CONVERSATIONS_DIR)],
    ['blind22', conversations.loadConversations(conversations.BLIND22_CONVERSATIONS_DIR)],
    ['blind23', conversations.loadConversations(conversations.BLIND23_CONVERSATIONS_DIR)],
    ['blind26', conversations.loadConversations(conversations.BLIND26_CONVERSATIONS_DIR)],
    ['blind27', conversations.loadConversations(conversations.BLIND27_CONVERSATIONS_DIR)],
    ['blind28', conversations.loadConversations(conversations.BLIND28_CONVERSATIONS_DIR)],
    ['blind29', conversations.loadConversations(conversations.BLIND29_CONVERSATIONS_DIR)],
    ['blind30', conversations.loadConversations(conversations.BLIND30_CONVERSATIONS_DIR)],
    ['blind33', conversations.loadConversations(conversations.BLIND33_CONVERSATIONS_DIR)],
    ['blind34', conversations.loadConversations(conversations.BLIND34_CONVERSATIONS_DIR)],
    ['blind36', conversations.loadConversations(conversations.BLIND36_CONVERSATIONS_DIR)],
    ['blind37', conversations.loadConversations(conversations.BLIND37_CONVERSATIONS_DIR)],
    ['blind39', conversations.loadConversations(conversations.BLIND39_CONVERSATIONS_DIR)],
    ['blind40', conversations.loadConversations(conversations.BLIND40_CONVERSATIONS_DIR)],
    ['blind42', conversations.loadConversations(conversations.BLIND42_CONVERSATIONS_DIR)],
    ['blind43', conversations.loadConversations(conversations.BLIND43_CONVERSATIONS_DIR)],
    ['blind44', conversations.loadConversations(conversations.BLIND44_CONVERSATIONS_DIR)],
    ['blind45', conversations.loadConversations(conversations.BLIND45_CONVERSATIONS_DIR)],
    ['blind48', conversations.loadConversations(conversations.BLIND48_CONVERSATIONS_DIR)],
    ['blind49', conversations.loadConversations(conversations.BLIND49_CONVERSATIONS_DIR)],
    ['blind50', conversations.loadConversations(conversations.BLIND50_CONVERSATIONS_DIR)],
    ['blind51', conversations.loadConversations(conversations.BLIND51_CONVERSATIONS_DIR)],
    ['blind52', conversations.loadConversations(conversations.BLIND52_CONVERSATIONS_DIR)],
    ['blind53', conversations.loadConversations(conversations.BLIND53_CONVERSATIONS_DIR)],
    ['blind54', conversations.loadConversations(conversations.BLIND54_CONVERSATIONS_DIR)],
    ['blind55', conversations.loadConversations(conversations.BLIND55_CONVERSATIONS_DIR)],
  ];
}
