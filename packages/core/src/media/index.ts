export * from './audio-signature';
