import {
  BLIND_CONVERSATIONS_DIR,
  BLIND2_CONVERSATIONS_DIR,
  BLIND3_CONVERSATIONS_DIR,
  BLIND4_CONVERSATIONS_DIR,
  BLIND5_CONVERSATIONS_DIR,
  BLIND6_CONVERSATIONS_DIR,
  BLIND7_CONVERSATIONS_DIR,
  BLIND8_CONVERSATIONS_DIR,
  BLIND9_CONVERSATIONS_DIR,
  BLIND10_CONVERSATIONS_DIR,
  BLIND11_CONVERSATIONS_DIR,
  BLIND12_CONVERSATIONS_DIR,
  BLIND13_CONVERSATIONS_DIR,
  BLIND14_CONVERSATIONS_DIR,
  BLIND15_CONVERSATIONS_DIR,
  BLIND16_CONVERSATIONS_DIR,
  BLIND17_CONVERSATIONS_DIR,
  BLIND18_CONVERSATIONS_DIR,
  BLIND19_CONVERSATIONS_DIR,
  BLIND20_CONVERSATIONS_DIR,
  BLIND21_CONVERSATIONS_DIR,
  BLIND22_CONVERSATIONS_DIR,
  BLIND23_CONVERSATIONS_DIR,
  BLIND24_CONVERSATIONS_DIR,
  BLIND25_CONVERSATIONS_DIR,
  BLIND26_CONVERSATIONS_DIR,
  BLIND27_CONVERSATIONS_DIR,
  BLIND28_CONVERSATIONS_DIR,
  BLIND29_CONVERSATIONS_DIR,
  BLIND30_CONVERSATIONS_DIR,
  BLIND31_CONVERSATIONS_DIR,
  BLIND32_CONVERSATIONS_DIR,
  BLIND33_CONVERSATIONS_DIR,
  BLIND34_CONVERSATIONS_DIR,
  BLIND35_CONVERSATIONS_DIR,
  BLIND36_CONVERSATIONS_DIR,
  BLIND37_CONVERSATIONS_DIR,
  BLIND38_CONVERSATIONS_DIR,
  BLIND39_CONVERSATIONS_DIR,
  BLIND40_CONVERSATIONS_DIR,
  BLIND41_CONVERSATIONS_DIR,
  BLIND42_CONVERSATIONS_DIR,
  BLIND43_CONVERSATIONS_DIR,
  BLIND44_CONVERSATIONS_DIR,
  BLIND45_CONVERSATIONS_DIR,
  BLIND46_CONVERSATIONS_DIR,
  BLIND47_CONVERSATIONS_DIR,
  BLIND48_CONVERSATIONS_DIR,
  BLIND49_CONVERSATIONS_DIR,
  BLIND50_CONVERSATIONS_DIR,
  BLIND51_CONVERSATIONS_DIR,
  BLIND52_CONVERSATIONS_DIR,
  BLIND53_CONVERSATIONS_DIR,
  BLIND54_CONVERSATIONS_DIR,
  BLIND55_CONVERSATIONS_DIR,
  BLIND56_CONVERSATIONS_DIR,
  BLIND57_CONVERSATIONS_DIR,
  BLIND58_CONVERSATIONS_DIR,
  BLIND59_CONVERSATIONS_DIR,
  BLIND60_CONVERSATIONS_DIR,
  BLIND61_CONVERSATIONS_DIR,
  BLIND62_CONVERSATIONS_DIR,
  BLIND63_CONVERSATIONS_DIR,
  BLIND64_CONVERSATIONS_DIR,
  BLIND65_CONVERSATIONS_DIR,
  HELDOUT_CONVERSATIONS_DIR,
  HELDOUT3_DIR,
  TUNING_DIR,
  TUNING2_DIR,
  TUNING3_DIR,
  TUNING4_DIR,
} from '../../packages/server/test/analysis/support/conversations';

/**
 * The labelled conversation sets of issue #16 that `npm run eval:analysis` scores after the interviews, in order,
 * each with the line that names it: the tuning and held-out halves, every blind author's set (seen since its first
 * run, or held out: HELD_OUT_CONVERSATION_DIRS), the GD and OB/座談会 tuning sets.
 */
export const CONVERSATION_SETS: ReadonlyArray<readonly [name: string, dir: string]> = [
  ['Second set, tuning half (fixtures/conversations/tuning)', TUNING_DIR],
  [
    'Second set, HELD-OUT half (fixtures/conversations/heldout; written before the rule changes, but some of its misses prompted changes: see its README)',
    HELDOUT_CONVERSATIONS_DIR,
  ],
  [
    'Second set, third half (fixtures/conversations/blind; blind at its first run — categories 52.4 % — then the rules were corrected once from its misses: see the README)',
    BLIND_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind2 (fixtures/conversations/blind2; written by an author who never saw the rules — first run: categories 77.8 %, follow-ups 57.1 % — seen since the second round of rules: see the README)',
    BLIND2_CONVERSATIONS_DIR,
  ],
  [
    'Second set, tuning2 (fixtures/conversations/tuning2; written for the category and follow-up rules before they were changed)',
    TUNING2_DIR,
  ],
  [
    'Second set, blind3 (fixtures/conversations/blind3; a third author who never saw the rules — first run: categories 51.5 %, 65.7 % before the third round — seen since the third round of rules: see the README)',
    BLIND3_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind4 (fixtures/conversations/blind4; a fourth author who never saw the rules nor the model corpus — first run: categories 74.8 %, follow-ups 57.1 % — seen since the fourth round of rules: see the README)',
    BLIND4_CONVERSATIONS_DIR,
  ],
  [
    'Second set, tuning3 (fixtures/conversations/tuning3; group discussions written for the GD builds-on rules before they were changed: tuning data)',
    TUNING3_DIR,
  ],
  [
    'Second set, heldout3 (fixtures/conversations/heldout3; group discussions written with tuning3 and committed before any GD rule changed — held out: no rule is changed from its output)',
    HELDOUT3_DIR,
  ],
  [
    'Second set, blind5 (fixtures/conversations/blind5; a fifth author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND5_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind6 (fixtures/conversations/blind6; a sixth author who never saw the rules nor the model corpus; a second annotator agreed on 106/109 categories — held out: no rule is changed from its output)',
    BLIND6_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind7 (fixtures/conversations/blind7; a seventh author who never saw the rules nor the model corpus — first run: categories 66.4 %, follow-ups 49.1 % — seen since the seventh round: see its README)',
    BLIND7_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind8 (fixtures/conversations/blind8; an eighth author who never saw the rules nor the model corpus, interviews first)',
    BLIND8_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind9 (fixtures/conversations/blind9; a ninth author who never saw the rules nor the model corpus, casual and ASR speech)',
    BLIND9_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind10 (fixtures/conversations/blind10; a tenth author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND10_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind11 (fixtures/conversations/blind11; an eleventh author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND11_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind12 (fixtures/conversations/blind12; a twelfth author who never saw the rules nor the model corpus, deep drill-downs)',
    BLIND12_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind13 (fixtures/conversations/blind13; a thirteenth author who never saw the rules nor the model corpus, wording far from the textbook)',
    BLIND13_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind14 (fixtures/conversations/blind14; a fourteenth author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND14_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind15 (fixtures/conversations/blind15; a fifteenth author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND15_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind16 (fixtures/conversations/blind16; a sixteenth author who never saw the rules nor the model corpus, small and mid-sized firms)',
    BLIND16_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind17 (fixtures/conversations/blind17; a seventeenth author who never saw the rules nor the model corpus, long drill-downs that change topic)',
    BLIND17_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind18 (fixtures/conversations/blind18; an eighteenth author who never saw the rules nor the model corpus, wandering questions and returns to earlier topics)',
    BLIND18_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind19 (fixtures/conversations/blind19; a nineteenth author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND19_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind24 (fixtures/conversations/blind24; a twenty-fourth author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND24_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind25 (fixtures/conversations/blind25; a twenty-fifth author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND25_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind31 (fixtures/conversations/blind31; a thirty-first author who never saw the rules nor the model corpus — held out: no rule is changed from its output)',
    BLIND31_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind32 (fixtures/conversations/blind32; a thirty-second author who never saw the rules nor the model corpus, casual and ASR-heavy — held out: no rule is changed from its output)',
    BLIND32_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind35 (fixtures/conversations/blind35; a thirty-fifth author who never saw the rules nor the model corpus, a realistic mix — held out: no rule is changed from its output)',
    BLIND35_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind38 (fixtures/conversations/blind38; a thirty-eighth author who never saw the rules nor the model corpus, a realistic mix — held out: no rule is changed from its output)',
    BLIND38_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind41 (fixtures/conversations/blind41; a forty-first author who never saw the rules nor the model corpus, questions through a detail of the story — held out: no rule is changed from its output)',
    BLIND41_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind20 (fixtures/conversations/blind20; a twentieth author who never saw the rules nor the model corpus, oblique polite questions)',
    BLIND20_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind21 (fixtures/conversations/blind21; a twenty-first author who never saw the rules nor the model corpus, blunt and terse, Kansai and Tohoku)',
    BLIND21_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind22 (fixtures/conversations/blind22; a twenty-second author who never saw the rules nor the model corpus, drill-downs of every kind)',
    BLIND22_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind23 (fixtures/conversations/blind23; a twenty-third author who never saw the rules nor the model corpus, keigo and casual mixed, Kyushu and Hiroshima)',
    BLIND23_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind26 (fixtures/conversations/blind26; a twenty-sixth author who never saw the rules nor the model corpus, short blunt half-sentences, Kansai and Hokkaido)',
    BLIND26_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind27 (fixtures/conversations/blind27; a twenty-seventh author who never saw the rules nor the model corpus, interviewers who think aloud and hedge)',
    BLIND27_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind28 (fixtures/conversations/blind28; a twenty-eighth author who never saw the rules nor the model corpus, questions asked through a detail of the story)',
    BLIND28_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind29 (fixtures/conversations/blind29; a twenty-ninth author who never saw the rules nor the model corpus, terse interviewers)',
    BLIND29_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind30 (fixtures/conversations/blind30; a thirtieth author who never saw the rules nor the model corpus, mid-career, 外資, Kansai and Hakata, two questions in a turn)',
    BLIND30_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind33 (fixtures/conversations/blind33; a thirty-third author who never saw the rules nor the model corpus, drill-down chains that drift from topic to topic)',
    BLIND33_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind34 (fixtures/conversations/blind34; a thirty-fourth author who never saw the rules nor the model corpus, casual, ASR-heavy and new-grad-heavy, Nagoya and Hiroshima)',
    BLIND34_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind36 (fixtures/conversations/blind36; a thirty-sixth author who never saw the rules nor the model corpus, two interviewers interleaving, management, technical and 外資)',
    BLIND36_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind37 (fixtures/conversations/blind37; a thirty-seventh author who never saw the rules nor the model corpus, reactions before asking, monologues, advice that asks nothing)',
    BLIND37_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind39 (fixtures/conversations/blind39; a thirty-ninth author who never saw the rules nor the model corpus, questions through a detail of the story, long drifting chains)',
    BLIND39_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind40 (fixtures/conversations/blind40; a fortieth author who never saw the rules nor the model corpus, casual reactions then a piece of the answer asked about)',
    BLIND40_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind46 (fixtures/conversations/blind46; a forty-sixth author who never saw the rules nor the model corpus, recordings across many industries, drifting chains — held out: no rule is changed from its output)',
    BLIND46_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind47 (fixtures/conversations/blind47; a forty-seventh author who never saw the rules nor the model corpus, casual and story-driven, a Kansai director — held out: no rule is changed from its output)',
    BLIND47_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind42 (fixtures/conversations/blind42; a forty-second author who never saw the rules nor the model corpus, questions through a person or moment of the story, long drifting chains, new-grad heavy)',
    BLIND42_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind43 (fixtures/conversations/blind43; a forty-third author who never saw the rules nor the model corpus, mid-career and 第二新卒, polite preambles restating the CV, a past job named to set the scene)',
    BLIND43_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind44 (fixtures/conversations/blind44; a forty-fourth author who never saw the rules nor the model corpus, varied industries, two asks in a turn, doubting questions, 例え and case questions)',
    BLIND44_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind45 (fixtures/conversations/blind45; a forty-fifth author who never saw the rules nor the model corpus, casual and ASR-heavy, Kansai, Tohoku and Hiroshima, OB visitors who ask back)',
    BLIND45_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind48 (fixtures/conversations/blind48; a forty-eighth author who never saw the rules nor the model corpus, new-grad heavy, textbook topics in the interviewer’s own words, drifting chains)',
    BLIND48_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind49 (fixtures/conversations/blind49; a forty-ninth author who never saw the rules nor the model corpus, mid-career in IT, finance, retail and manufacturing, answers summarised before the next ask)',
    BLIND49_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind50 (fixtures/conversations/blind50; a fiftieth author who never saw the rules nor the model corpus, short reactive interviewers, two interviewers taking turns, a group interview asked in turn)',
    BLIND50_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind51 (fixtures/conversations/blind51; a fifty-first author who never saw the rules nor the model corpus, a remark then a new topic in one turn, scenes from the job, OB/座談会 advice with questions back)',
    BLIND51_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind52 (fixtures/conversations/blind52; a fifty-second author who never saw the rules nor the model corpus, story-detail: nearly every question asks about a piece of the previous answer)',
    BLIND52_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind53 (fixtures/conversations/blind53; a fifty-third author who never saw the rules nor the model corpus, public sector, medical, education, logistics and media, standard questions in unusual wordings, doubting drill-downs)',
    BLIND53_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind54 (fixtures/conversations/blind54; a fifty-fourth author who never saw the rules nor the model corpus, カジュアル面談, リクルーター面談 and an OB visit asking the student about the job hunt, Kansai, ASR-heavy)',
    BLIND54_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind55 (fixtures/conversations/blind55; a fifty-fifth author who never saw the rules nor the model corpus, mid-career managers and specialists, leaving asked gently, two asks in a turn)',
    BLIND55_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind56 (fixtures/conversations/blind56; a fifty-sixth author who never saw the rules nor the model corpus, story-detail and doubting interviewers, challenges that expect a reply)',
    BLIND56_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind57 (fixtures/conversations/blind57; a fifty-seventh author who never saw the rules nor the model corpus, a broad mix as recordings come, standard topics in the interviewer’s own words)',
    BLIND57_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind58 (fixtures/conversations/blind58; a fifty-eighth author who never saw the rules nor the model corpus, casual and recruiter/OB talks about the job hunt, Kansai, Hakata and Tohoku)',
    BLIND58_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind59 (fixtures/conversations/blind59; a fifty-ninth author who never saw the rules nor the model corpus, mid-career and 第二新卒, the CV restated before asking, cases)',
    BLIND59_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind60 (fixtures/conversations/blind60; a sixtieth author who never saw the rules nor the model corpus, story-detail interviewers, chains of drill-downs that drift between topics)',
    BLIND60_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind61 (fixtures/conversations/blind61; a sixty-first author who never saw the rules nor the model corpus, a broad mix in indirect keigo, the answer commented on before the next question)',
    BLIND61_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind62 (fixtures/conversations/blind62; a sixty-second author who never saw the rules nor the model corpus, interviewers in a hurry, fillers, false starts and questions split over two turns)',
    BLIND62_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind63 (fixtures/conversations/blind63; a sixty-third author who never saw the rules nor the model corpus, less common fields (官庁訪問, hospital, school, local bank, NPO), studies and hobbies in depth)',
    BLIND63_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind64 (fixtures/conversations/blind64; a sixty-fourth author who never saw the rules nor the model corpus, a broad mix in everyday wording, topics asked twice — held out: no rule is changed from its output)',
    BLIND64_CONVERSATIONS_DIR,
  ],
  [
    'Second set, blind65 (fixtures/conversations/blind65; a sixty-fifth author who never saw the rules nor the model corpus, interviewers who follow the story and dig into each answer — held out: no rule is changed from its output)',
    BLIND65_CONVERSATIONS_DIR,
  ],
  [
    'Second set, tuning4 (fixtures/conversations/tuning4; GD and OB/座談会 conversations written blind to the rules, for tuning the GD builds-on and the facts)',
    TUNING4_DIR,
  ],
];
