interface Timed {
  startMs: number;
}

/** How far into a question J still goes to the one before rather than back to its own start. */
const RESTART_GRACE_MS = 1_500;

/** K: the first question that starts after the playhead. */
export function nextQuestion<T extends Timed>(questions: readonly T[], atMs: number): T | null {
  return questions.find((question) => question.startMs > atMs + 250) ?? null;
}

/** J: the question before the one being heard (a player's "previous track"). */
export function previousQuestion<T extends Timed>(questions: readonly T[], atMs: number): T | null {
  let found: T | null = null;
  for (const question of questions) {
    if (question.startMs < atMs - RESTART_GRACE_MS) found = question;
    else break;
  }
  return found;
}
