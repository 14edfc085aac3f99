import { categoryModelScores } from '../../packages/core/src/analysis/questions/category-model';
for (const t of process.argv.slice(2)) console.log(t, categoryModelScores(t).slice(0, 3).map((s) => `${s.category} ${s.probability.toFixed(2)}`).join(', '));
