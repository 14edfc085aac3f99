export * from './audio-signature';
export * from './truncation';
