import { detectQuestion } from '../packages/core/src/analysis/questions/question-detector';
for (const s of process.argv.slice(2)) console.log(s, JSON.stringify(detectQuestion(s)));
