import { describeBlindSet } from './support/blind-set-checks';
import { BLIND34_CONVERSATIONS_DIR, loadConversations } from './support/conversations';

/** The blind34 set only loads here (its first run through the analysis is the lead's): see describeBlindSet. */
describeBlindSet('blind34', loadConversations(BLIND34_CONVERSATIONS_DIR), 419);
