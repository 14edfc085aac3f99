import type { Message } from '../domain/message';

/**
 * The steps an interviewer drills down through (深掘り) until an answer is concrete. The step set follows the
 * behavioural-interview structure STAR (Situation, Task, Action, Result — DDI's "targeted selection") as the
 * Japanese 就活/転職 guides extend it for 深掘り質問: なぜ取り組んだ? 目標は? 何が難しかった? 何をした? 結果は
 * (数字で)? あなたの役割は? 何を学んだ? 入社後どう活かす? (e.g. リクナビ就活準備ガイド, マイナビ転職 and doda's
 * lists of 面接の深掘り質問). Each step has the cues that show an answer already covered it.
 */
export type ChainStep =
  | 'why'
  | 'goal'
  | 'difficulty'
  | 'action'
  | 'result'
  | 'number'
  | 'role'
  | 'learning'
  | 'apply'
  | 'specific'
  | 'trigger'
  | 'fit'
  | 'alternative'
  | 'improvement'
  | 'evidence'
  | 'future';

/** Words that show a step is already covered in an answer (its follow-up answers included). */
export const STEP_CUES: Record<ChainStep, RegExp> = {
  why: /ため|から|理由|なぜ|きっかけ|と考え|と思い/,
  goal: /目標|目的|目指|ゴール/,
  difficulty: /苦労|難し|課題|問題|大変|壁|必要がありました|できず|失敗|遅れ/,
  action: /ことで|工夫|取り組|提案|実施|行い|行って|分けて|まとめ|導入し|対応し/,
  result: /結果|できました|成功|達成|削減|短縮|向上|増加|改善し|終え/,
  number:
    /[0-9０-９]+|[一二三四五六七八九十百千万]+(?:名|人|ヶ月|か月|カ月|ヵ月|年|件|割|倍|日|週|時間|回|%|％|円|社|チーム)/,
  role: /私[はが][^。]{0,30}(?:担当|リーダー|役割|主導|まとめ|任され)|役割|リーダー|責任者|主導|取りまとめ|任され/,
  learning: /学ん|学び|気づ|気付|教訓|以来|経験から|身につ|身に付/,
  apply: /御社|貴社|入社後|活か|貢献/,
  specific: /具体的|例えば|たとえば/,
  trigger: /きっかけ|契機|ようになり|ようになった/,
  fit: /御社|貴社|弊社|だからこそ|に惹かれ|魅力/,
  alternative: /他の方法|別の案|代替|比較し|検討し|両方の案/,
  improvement: /改善|克服|意識して|心がけ|ルール|工夫して/,
  evidence: /例えば|たとえば|具体的には|言われ|評価|経験/,
  future: /年後|将来|ゆくゆく|長期的|キャリア/,
};

export const STEP_LABELS: Record<ChainStep, Message> = {
  why: { ja: 'なぜ', en: 'why' },
  goal: { ja: '目標', en: 'goal' },
  difficulty: { ja: '難しかったこと', en: 'difficulty' },
  action: { ja: '自分がしたこと', en: 'what I did' },
  result: { ja: '結果', en: 'result' },
  number: { ja: '数字', en: 'numbers' },
  role: { ja: '自分の役割', en: 'my role' },
  learning: { ja: '学んだこと', en: 'what I learned' },
  apply: { ja: '入社後の活かし方', en: 'how it applies to the job' },
  specific: { ja: '具体的な中身', en: 'specifics' },
  trigger: { ja: 'きっかけ', en: 'trigger' },
  fit: { ja: 'なぜこの会社か', en: 'why this company' },
  alternative: { ja: '他の選択肢', en: 'alternatives' },
  improvement: { ja: '改善の取り組み', en: 'what I do about it' },
  evidence: { ja: '裏付けのエピソード', en: 'evidence' },
  future: { ja: '将来像', en: 'future' },
};
