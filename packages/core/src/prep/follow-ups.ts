import type { QuestionAnalysis } from '../analysis/report';
import { STEP_LABELS } from './chain-steps';
import { CATEGORY_CHAINS, CHAINS, type ChainKind } from './chains';
import { extractClaims, sourceOf, threadRoot } from './claims';
import { askedSteps, coveredSteps } from './coverage';
import { clip } from './prep-text';
import { ACTION_PHRASE, TOPIC_DRILLS } from './topic-drills';
import type { Claim, Prediction, PrepEvent } from './types';

/** A prediction before ranking: the score is refined by recency and capped later. */
export type PredictionDraft = Omit<Prediction, 'id'>;

interface Thread {
  root: QuestionAnalysis;
  questions: QuestionAnalysis[];
  claims: Claim[];
}

/** A question's follow-up chain (the root and every question that follows up on it), with my claims in it. */
function threads(event: PrepEvent, claims: readonly Claim[]): Thread[] {
  const byRoot = new Map<string, Thread>();
  for (const question of event.report.questions) {
    const root = threadRoot(event.report.questions, question);
    const thread = byRoot.get(root.id) ?? { root, questions: [], claims: [] };
    thread.questions.push(question);
    thread.claims.push(...claims.filter((claim) => claim.questionId === question.id));
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
      return first(['project']);
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

const fill = (template: string, topic: string) => template.replaceAll('{topic}', topic);

/**
 * Follow-ups built on what I said: for each answer (with its follow-ups), the drill-down chain of its kind,
 * minus the steps the answer already covered or the interviewer already asked; the method I named
 * (〜ことで) asked for its reasons; the checks a technical interviewer makes of the kind of project. Each
 * keeps the sentence it came from as its source.
 */
export function predictFollowUps(event: PrepEvent): PredictionDraft[] {
  const claims = extractClaims(event);
  const drafts: PredictionDraft[] = [];
  for (const thread of threads(event, claims)) {
    const answers = thread.questions.flatMap((q) => (q.answer ? [q.answer.text] : []));
    if (answers.length === 0) continue;
    const done = new Set([
      ...coveredSteps(answers),
      ...askedSteps(thread.questions.slice(1).map((q) => q.question.text)),
    ]);
    for (const kind of chainsFor(thread)) {
      const claim = topicClaim(kind, thread);
      if (!claim) continue;
      const topic = clip(claim.text);
      for (const link of CHAINS[kind]) {
        if (done.has(link.step)) continue;
        drafts.push({
          kind: 'follow_up',
          text: { ja: fill(link.question.ja, topic), en: fill(link.question.en, topic) },
          why: {
            ja: `前回「${topic}」について話したが、「${STEP_LABELS[link.step].ja}」にはまだ触れていない`,
            en: `You talked about "${topic}" but did not yet say anything about ${STEP_LABELS[link.step].en}`,
          },
          topic: `${kind}:${link.step}`,
          score: link.weight,
          source: claim.source,
        });
      }
    }
    drafts.push(...methodDrills(event, thread), ...projectDrills(thread));
  }
  return drafts;
}

/** 「毎週リハーサルを行う」ことで… → why that method, and what it showed. */
function methodDrills(event: PrepEvent, thread: Thread): PredictionDraft[] {
  const drafts: PredictionDraft[] = [];
  for (const question of thread.questions) {
    if (!question.answer) continue;
    for (const match of question.answer.text.matchAll(ACTION_PHRASE)) {
      const method = clip((match[1] ?? '').replace(/^(?:えーと|えー|あのー|まあ)[、,]?/, '').trim(), 30);
      if (method.length < 4) continue;
      drafts.push({
        kind: 'follow_up',
        text: {
          ja: `「${method}」という方法を選んだのはなぜですか。そこで何が分かりましたか。`,
          en: `Why did you choose to "${method}", and what did it show you?`,
        },
        why: {
          ja: `前回、自分のやり方として「${method}」を挙げた：面接官は方法の理由を深掘りする`,
          en: `You named "${method}" as your method: interviewers ask why you chose it`,
        },
        topic: 'episode:method',
        score: 0.85,
        source: sourceOf(event, question, match[0]),
      });
    }
  }
  return drafts;
}

function projectDrills(thread: Thread): PredictionDraft[] {
  const project =
    thread.claims.find((claim) => claim.kind === 'project' && claim.text.includes('プロジェクト')) ??
    thread.claims.find((claim) => claim.kind === 'project');
  if (!project || thread.root.category.category === 'self_introduction') return [];
  const text = thread.claims
    .filter((claim) => claim.questionId === project.questionId)
    .map((claim) => claim.sentence)
    .join('');
  const topic = clip(project.text);
  return TOPIC_DRILLS.filter((drill) => drill.cue.test(text)).map((drill) => ({
    kind: 'follow_up' as const,
    text: { ja: fill(drill.question.ja, topic), en: fill(drill.question.en, topic) },
    why: {
      ja: `「${topic}」のような案件では、技術面接で ${drill.topic} を確認されることが多い`,
      en: `For a project like "${topic}", technical interviewers check ${drill.topic}`,
    },
    topic: `technical:${drill.topic}`,
    score: 0.8,
    source: project.source,
  }));
}
