import { BLIND3_CONVERSATIONS_DIR, loadConversations } from './support/conversations';
import { describeLabelChecks } from './support/label-checks';

/** The blind3 set only loads here: its labels are checked against the turns, never run through the analysis. */
describeLabelChecks('blind3', loadConversations(BLIND3_CONVERSATIONS_DIR));
