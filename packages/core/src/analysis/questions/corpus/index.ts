import type { QuestionCategory } from '../../categories';
import { BLIND_LIST_8 } from './blind-list-8';
import { BLIND_LIST_9 } from './blind-list-9';
import { BLIND_LIST_10 } from './blind-list-10';
import { BLIND_LIST_11 } from './blind-list-11';
import { BLIND_LIST_12 } from './blind-list-12';
import { BLIND_LIST_13 } from './blind-list-13';
import { BLIND_LIST_14 } from './blind-list-14';
import { BLIND_LIST_16 } from './blind-list-16';
import { BLIND_LIST_17 } from './blind-list-17';
import { BLIND_LIST_18 } from './blind-list-18';
import { BLIND_LIST_19 } from './blind-list-19';
import { BLIND_LIST_20 } from './blind-list-20';
import { BLIND_LIST_21 } from './blind-list-21';
import { BLIND_LIST_22 } from './blind-list-22';
import { BLIND_LIST_24 } from './blind-list-24';
import { BLIND_LIST_25 } from './blind-list-25';
import { EXPERIENCE_AND_OUTLOOK } from './experience-and-outlook';
import { LABELLED_CONVERSATIONS } from './labelled-conversations';
import { SELF_AND_MOTIVATION } from './self-and-motivation';
import { SPOKEN_EXPERIENCE_AND_OUTLOOK } from './spoken-experience-and-outlook';
import { SPOKEN_PRESSURE_AND_DETAIL } from './spoken-pressure-and-detail';
import { SPOKEN_SELF_AND_MOTIVATION } from './spoken-self-and-motivation';
import { SPOKEN_WORK_AND_PRACTICALITIES } from './spoken-work-and-practicalities';
import { VARIED_EXPERIENCE_AND_OUTLOOK } from './varied-experience-and-outlook';
import { VARIED_SELF_AND_MOTIVATION } from './varied-self-and-motivation';
import { VARIED_TOPICS_NAMED_IN_PASSING } from './varied-topics-named-in-passing';
import { VARIED_WORK_AND_PRACTICALITIES } from './varied-work-and-practicalities';
import { WORK_AND_PRACTICALITIES } from './work-and-practicalities';

export type Phrasings = Readonly<Partial<Record<QuestionCategory, readonly string[]>>>;

/** The phrasings of several files, each category's lists joined. */
export function joinCorpora(...parts: Phrasings[]): Phrasings {
  const joined: Partial<Record<QuestionCategory, string[]>> = {};
  for (const part of parts) {
    for (const [category, list] of Object.entries(part) as Array<[QuestionCategory, readonly string[]]>) {
      joined[category] = [...(joined[category] ?? []), ...list];
    }
  }
  return joined;
}

/**
 * The phrasings the category model learns from: at least 40 per category, written for this project (no
 * sentence is copied from anywhere, nor from our labelled conversations). The topics follow the lists of
 * frequently asked interview questions that Japanese job-hunting and job-change guides publish — リクナビ and
 * マイナビ's 就活 guides (「面接でよく聞かれる質問」), doda and リクルートエージェント's 転職 guides (「面接で
 * 聞かれること」) — the same sources as the taxonomy in ../../categories.ts. The wordings vary register on
 * purpose (keigo requests, casual questions, elliptical 「〜は。」, hedged 「〜と思うんですが」, kana-only and
 * unpunctuated forms, a few English ones) and industry (maker, bank, IT, consulting, retail, public sector,
 * trading; new graduates and job changers). Drill-downs (「具体的には？」「なぜ？」) are left out on purpose:
 * they take their parent question's category, which the classifier handles. The spoken-* files add the same
 * topics as people say them (long wind-ups, ASR without punctuation, drill-downs that name their topic);
 * spoken-pressure-and-detail the kinds the fourth round found short of examples (appraisals, clashes, a customer's
 * anger, casual failures, challenges to the motivation, staying put, technical detail, the floor left open).
 */
/**
 * The fifth round's phrasings, written after the rules and never used to change them: `npm run eval:categories`
 * measures the whole classifier (rules + model) on them, the model trained without the fold it is tested on.
 * Whoever changes a rule from their misses must say so and stop counting them as unseen.
 */
export const UNSEEN_BY_RULES: Phrasings = joinCorpora(
  VARIED_SELF_AND_MOTIVATION,
  VARIED_EXPERIENCE_AND_OUTLOOK,
  VARIED_WORK_AND_PRACTICALITIES,
  VARIED_TOPICS_NAMED_IN_PASSING,
);

export const CATEGORY_CORPUS: Phrasings = joinCorpora(
  SELF_AND_MOTIVATION,
  EXPERIENCE_AND_OUTLOOK,
  WORK_AND_PRACTICALITIES,
  SPOKEN_SELF_AND_MOTIVATION,
  SPOKEN_EXPERIENCE_AND_OUTLOOK,
  SPOKEN_WORK_AND_PRACTICALITIES,
  SPOKEN_PRESSURE_AND_DETAIL,
  VARIED_SELF_AND_MOTIVATION,
  VARIED_EXPERIENCE_AND_OUTLOOK,
  VARIED_WORK_AND_PRACTICALITIES,
  VARIED_TOPICS_NAMED_IN_PASSING,
  // Written blind to the rules and the corpus; its first run (rules + model, before it was learned from): 177/212
  // = 83.5 %. Learned from since, so it measures nothing any more.
  BLIND_LIST_8,
  // Written blind like list 8, after the eighth round; its first run: 182/212 = 85.8 %. Learned from since.
  BLIND_LIST_9,
  // Written blind at the start of the ninth round; first runs 178/212 = 84.0 % and 176/212 = 83.0 % (183 and 182
  // once the model spoke over middling cues, before either was learned from). Learned from since.
  BLIND_LIST_10,
  BLIND_LIST_11,
  // Written blind in the middle of the ninth round (questions mid-interview; the categories people confuse): first
  // runs 174/212 = 82.1 % and 184/212 = 86.8 %. Learned from since.
  BLIND_LIST_12,
  BLIND_LIST_13,
  // Written blind late in the ninth round (online talk, self-corrections): first run 181/212 = 85.4 %. Learned from
  // since. blind-list-15, written with it, is held out: never learned from, run once at the end of the round.
  BLIND_LIST_14,
  // Written blind at the end of the ninth round: first run 180/212 = 84.9 %. Learned from since.
  BLIND_LIST_16,
  // Written blind in the last batch of the ninth round: first run 194/212 = 91.5 %. Learned from since.
  BLIND_LIST_17,
  // Written blind at the start of the tenth round (follow-on questions, ASR and dialect, senior and 外資 styles):
  // first runs 181/212 = 85.4 %, 203/212 = 95.8 %, 185/212 = 87.3 %. Rules fixed by class from their misses, then
  // learned from.
  BLIND_LIST_18,
  BLIND_LIST_19,
  BLIND_LIST_20,
  // Written blind at the start of the eleventh round (questions through a detail of the story; casual, nouns and
  // 外資 English): first runs 203/212 = 95.8 % and 204/212 = 96.2 %. Rules fixed by class from their misses, then
  // learned from. blind-list-23 (tenth round) stays held out.
  BLIND_LIST_21,
  BLIND_LIST_22,
  // Written blind in the middle of the eleventh round (follow-on questions with a reaction or preamble first): first
  // run 196/212 = 92.5 %. Rules fixed by class from its misses, then learned from.
  BLIND_LIST_24,
  // Written blind late in the eleventh round (speech as ASR writes it: no punctuation, fillers, restarts, dialect):
  // first run 199/212 = 93.9 %. Rules fixed by class from its misses, then learned from.
  BLIND_LIST_25,
);

/**
 * What the category model learns from: the written corpus and the questions of the labelled conversations the
 * rules were tuned on (./labelled-conversations.ts, generated). Measured leave-one-set-out, the other authors'
 * conversations lift the model alone on a set it never learned from from 86.5 % to 92.5 %, but the whole
 * classifier only from 94.6 % to 95.0 % (`npm run eval:categories:loso`): on those sets the rules already decide.
 */
export const TRAINING_PHRASINGS: Phrasings = joinCorpora(CATEGORY_CORPUS, LABELLED_CONVERSATIONS);
