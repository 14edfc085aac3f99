import type { QuestionAnalysis } from '../analysis/report';
import { type ChainStep, STEP_LABELS } from './chain-steps';
import { CATEGORY_CHAINS, CHAINS, type ChainKind } from './chains';
import { extractClaims, sourceOf, threadRoots } from './claims';
import { askedSteps, coveredSteps } from './coverage';
import { clip, NOUN, whenSaid, withoutFillers } from './prep-text';
import { normaliseQuestion } from './question-bank';
import { ACTION_PHRASE, TOPIC_DRILLS } from './topic-drills';
import type { Claim, Prediction, PrepEvent } from './types';

/** A prediction before ranking: the score is refined by recency and capped later. */
export type PredictionDraft = Omit<Prediction, 'id'>;

interface Thread {
  event: PrepEvent;
  root: QuestionAnalysis;
  questions: QuestionAnalysis[];
  claims: Claim[];
}

/** A question's follow-up chain (the root and every question that follows up on it), with my claims in it. */
function threads(event: PrepEvent, claims: readonly Claim[]): Thread[] {
  const roots = threadRoots(event.report.questions);
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of claims) claimsOf.set(claim.questionId, [...(claimsOf.get(claim.questionId) ?? []), claim]);
  const byRoot = new Map<string, Thread>();
  for (const question of event.report.questions) {
    const root = roots.get(question.id) ?? question;
    const thread = byRoot.get(root.id) ?? { event, root, questions: [], claims: [] };
    thread.questions.push(question);
    thread.claims.push(...(claimsOf.get(question.id) ?? []));
    byRoot.set(root.id, thread);
  }
  return [...byRoot.values()];
}

function chainsFor(thread: Thread): ChainKind[] {
  const kinds = new Set<ChainKind>();
  const category = CATEGORY_CHAINS[thread.root.category.category as string];
  if (category) kinds.add(category);
  const has = (kind: Claim['kind']) => thread.claims.some((claim) => claim.kind === kind);
  if (has('project') && thread.root.category.category !== 'self_introduction') kinds.add('episode');
  if (has('motivation') && (kinds.has('reason') || kinds.has('career'))) kinds.add('motivation');
  if (has('strength')) kinds.add('strength');
  if (has('weakness')) kinds.add('weakness');
  return [...kinds];
}

/** What the questions of a chain are about: the project, the wish, the strength I named. */
function topicClaim(kind: ChainKind, thread: Thread): Claim | undefined {
  const first = (kinds: Array<Claim['kind']>) => {
    for (const claimKind of kinds) {
      const found = thread.claims.filter((claim) => claim.kind === claimKind);
      const named = found.find((claim) => claim.text.includes('プロジェクト')) ?? found[0];
      if (named) return named;
    }
    return undefined;
  };
  switch (kind) {
    case 'episode':
      return first(['project']) ?? episodeFromQuestion(thread);
    case 'motivation':
      return first(['motivation']);
    case 'reason':
      return first(['motivation', 'reason']);
    case 'strength':
      return first(['strength']);
    case 'weakness':
      return first(['weakness']);
    case 'career':
      return first(['plan', 'motivation']);
  }
}

/**
 * An episode without a named project (営業成績, 学生時代の挫折) is called what the question called it: the
 * question's words without the request (…について教えてください, …は何ですか).
 */
const TOLD_EPISODES = new Set(['success', 'hardship', 'teamwork', 'gakuchika', 'student_life']);

function episodeFromQuestion(thread: Thread): Claim | undefined {
  const answered = thread.questions.find((q) => q.answer);
  if (!answered?.answer || !TOLD_EPISODES.has(thread.root.category.category as string)) return undefined;
  // Only an answer that tells something that happened (〜ました) is an episode to drill into.
  if (!/ました|でした/.test(answered.answer.text)) return undefined;
  const topic = normaliseQuestion(thread.root.question.text)
    .replace(/^(?:早速ですが|話は変わりますが)[、,]?/, '')
    .replace(
      /(?:について|を|は|が|で)?(?:(?:があれば|があったら)?(?:教えてください|お聞かせください|お話しください)|お願いします|何ですか|何でしょうか|ありますか|ありましたか)$/,
      '',
    )
    .replace(/^(?:あなた|ご自身)の/, '');
  if (topic.length < 2 || topic.length > 25) return undefined;
  return {
    kind: 'project',
    text: topic,
    sentence: answered.answer.text,
    category: answered.category.category as string,
    questionId: answered.id,
    source: sourceOf(thread.event, answered, answered.answer.text),
  };
}

const fill = (template: string, topic: string) => template.replaceAll('{topic}', topic);

/**
 * Follow-ups built on what I said: for each answer (with its follow-ups), the drill-down chain of its kind,
 * minus the steps the answer already covered or the interviewer already asked (by the questions' categories
 * and words; `askedBefore`: steps any earlier interview asked, for questions that name nothing I said); the method I named
 * (〜ことで) asked for its reasons; the checks a technical interviewer makes of the kind of project. Each
 * keeps the sentence it came from as its source.
 */
export function predictFollowUps(event: PrepEvent, askedBefore: ReadonlySet<ChainStep> = new Set()): PredictionDraft[] {
  const claims = extractClaims(event);
  const drafts: PredictionDraft[] = [];
  for (const thread of threads(event, claims)) {
    const answers = thread.questions.flatMap((q) => (q.answer ? [q.answer.text] : []));
    if (answers.length === 0) continue;
    const done = new Set([...coveredSteps(answers), ...askedSteps(thread.questions)]);
    for (const kind of chainsFor(thread)) {
      const claim = topicClaim(kind, thread);
      if (!claim) continue;
      const topic = clip(claim.text);
      for (const link of CHAINS[kind]) {
        if (done.has(link.step)) continue;
        // A question that names nothing I said (5年後は?) was asked already if any interview asked it.
        if (!link.question.ja.includes('{topic}') && askedBefore.has(link.step)) continue;
        const when = whenSaid(claim.source);
        drafts.push({
          kind: 'follow_up',
          text: { ja: fill(link.question.ja, topic), en: fill(link.question.en, topic) },
          why: {
            ja: `${when.ja}「${topic}」について話したが、「${STEP_LABELS[link.step].ja}」にはまだ触れていない`,
            en: `${when.en} you talked about "${topic}" but did not yet say anything about ${STEP_LABELS[link.step].en}`,
          },
          topic: `${kind}:${link.step}`,
          score: link.weight,
          source: claim.source,
        });
      }
    }
    drafts.push(...methodDrills(event, thread), ...projectDrills(thread), ...roleDrills(thread));
  }
  return drafts;
}

/** 「毎週リハーサルを行う」ことで… → why that method, and what it showed. */
function methodDrills(event: PrepEvent, thread: Thread): PredictionDraft[] {
  const drafts: PredictionDraft[] = [];
  for (const question of thread.questions) {
    if (!question.answer) continue;
    for (const match of question.answer.text.matchAll(ACTION_PHRASE)) {
      const method = lastClauses(withoutFillers(match[1] ?? ''), 30);
      if (method.length < 4) continue;
      drafts.push({
        kind: 'follow_up',
        text: {
          ja: `「${method}」という方法を選んだのはなぜですか。そこで何が分かりましたか。`,
          en: `Why did you choose to "${method}", and what did it show you?`,
        },
        why: {
          ja: `${whenSaid({ ...event, eventType: event.type }).ja}、自分のやり方として「${method}」を挙げた：面接官は方法の理由を深掘りする`,
          en: `${whenSaid({ ...event, eventType: event.type }).en} you named "${method}" as your method: interviewers ask why you chose it`,
        },
        topic: 'episode:method',
        score: 0.85,
        source: sourceOf(event, question, match[0]),
      });
    }
  }
  return drafts;
}

/** The last clauses of a phrase, up to `max` characters: the method itself, not the story before it. */
function lastClauses(text: string, max: number): string {
  const clauses = text
    .replace(/^(?:その際は|そこで|その時は?|具体的には|まず)、?/, '')
    .split('、')
    .filter((clause) => clause.trim() !== '');
  let kept = clauses.pop() ?? '';
  while (clauses.length > 0 && kept.length + (clauses.at(-1)?.length ?? 0) + 1 <= max)
    kept = `${clauses.pop()}、${kept}`;
  return clip(kept.trim(), max);
}

/** Drills go into what I did (episodes, strengths, weaknesses), not into wishes, plans or small talk. */
const DRILLED_CHAINS = new Set<ChainKind>(['episode', 'strength', 'weakness']);
const drilled = (thread: Thread) =>
  thread.root.category.category !== 'self_introduction' && chainsFor(thread).some((kind) => DRILLED_CHAINS.has(kind));
const NOUN_PHRASES = new RegExp(`(?:${NOUN}の)?${NOUN}`, 'g');

/** The checks a technical interviewer makes of the kind of thing I told (a migration, an incident…). */
function projectDrills(thread: Thread): PredictionDraft[] {
  if (!drilled(thread)) return [];
  const project =
    thread.claims.find((claim) => claim.kind === 'project' && claim.text.includes('プロジェクト')) ??
    thread.claims.find((claim) => claim.kind === 'project');
  const sentences = [...new Map(thread.claims.map((claim) => [claim.sentence, claim])).values()];
  return TOPIC_DRILLS.flatMap((drill) => {
    const said = sentences.find(
      (claim) => drill.cue.test(claim.sentence) && (!drill.context || drill.context.test(claim.sentence)),
    );
    if (!said) return [];
    const phrase = [...said.sentence.matchAll(NOUN_PHRASES)].map((m) => m[0]).find((p) => drill.cue.test(p));
    const topic = clip(project?.text ?? phrase ?? '');
    if (topic === '') return [];
    return [
      {
        kind: 'follow_up' as const,
        text: { ja: fill(drill.question.ja, topic), en: fill(drill.question.en, topic) },
        why: {
          ja: `「${topic}」のような話には、技術面接で「${drill.label.ja}」の確認が入ることが多い`,
          en: `For something like "${topic}", technical interviewers ask about ${drill.label.en}`,
        },
        topic: `technical:${drill.topic}`,
        score: 0.8,
        source: (project ?? said).source,
      },
    ];
  });
}

/** A responsibility I mentioned (若手のレビューを任され…): what I take care of in it. */
function roleDrills(thread: Thread): PredictionDraft[] {
  if (!drilled(thread)) return [];
  return thread.claims
    .filter((claim) => claim.kind === 'role')
    .slice(0, 1)
    .map((claim) => {
      const role = clip(claim.text.replace(/(?:ように|ことが|ことも)$/, ''), 30);
      return {
        kind: 'follow_up' as const,
        text: {
          ja: `「${role}」とのことですが、その役割で意識していること、工夫していることは何ですか。`,
          en: `You said "${role}": what do you pay attention to in that role?`,
        },
        why: {
          ja: `${whenSaid(claim.source).ja}「${role}」と自分の役割を話した：役割の中身が深掘りされやすい`,
          en: `${whenSaid(claim.source).en} you mentioned your role ("${role}"): interviewers ask what it involves`,
        },
        topic: 'role:detail',
        score: 0.7,
        source: claim.source,
      };
    });
}
