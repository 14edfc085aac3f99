/**
 * A long transcript as a user might import it (「話者: 発言」 lines, as Meet's transcript document has them):
 * the interviewer's short questions and my answers of many sentences each. Long answers are what makes the
 * morphological analysis slow, so this keeps an analysis running for seconds — long enough to lock during it.
 */
export function longTranscriptText(answers: number, sentencesPerAnswer: number): string {
  const sentence = 'はい、えーと、私は学生時代にサークルの代表としてメンバーをまとめ、イベントの運営に取り組みました。';
  const lines: string[] = [];
  for (let i = 1; i <= answers; i += 1) {
    lines.push(`面接官: ありがとうございます。では${i}つ目の質問です。学生時代に力を入れたことを教えてください。`);
    lines.push(`自分: ${sentence.repeat(sentencesPerAnswer)}`);
  }
  return `${lines.join('\n')}\n`;
}
