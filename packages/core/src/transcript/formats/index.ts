export type { ImportWarning, ParsedTranscriptFile } from './import-warning';
export { detectTranscriptFormat, parseTranscriptFile, readTranscriptFile } from './parse-transcript';
export { UNNAMED_SPEAKER } from './transcript-builder';
