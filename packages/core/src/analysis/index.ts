export { type AnalysisInput, analyseTranscript, modeOf } from './analyse';
export * from './categories';
export { type AnalysisCoverage, coverageNotes, coveredContent } from './coverage';
export { IMPROPER_MATTERS, type ImproperMatter, MATTER_INFO } from './fair-selection/matters';
export { findFillers } from './metrics/fillers';
export type { PitchTrack } from './metrics/intonation';
export { isProceduralLine } from './modes/gd-ideas';
export { GD_ROLE_LABELS } from './modes/gd-roles';
export * from './morphology';
export * from './norms';
export * from './norms-limits';
export {
  type CategoryModel,
  hasSharedCategoryModel,
  installSharedCategoryModel,
  trainBuiltInCategoryModel,
} from './questions/category-model';
export { type ReportReadiness, reportReadiness, rolesUnknownMessage } from './readiness';
export { renderReportMarkdown } from './render/markdown';
export type * from './report';
export { transcriptRevision } from './revision';
export { boundedPieces, MAX_SENTENCE_CHARS } from './text/bounded-pieces';
export { countSpokenCharacters } from './text/characters';
export { splitSentences } from './text/sentences';
