export { detectTranscriptFormat, parseTranscriptFile } from './parse-transcript';
export { UNNAMED_SPEAKER } from './transcript-builder';
