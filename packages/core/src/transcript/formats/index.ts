export { detectTranscriptFormat, parseTranscriptFile } from './parse-transcript';
export { guessRole, guessRoles } from './role-guess';
export { UNNAMED_SPEAKER } from './transcript-builder';
