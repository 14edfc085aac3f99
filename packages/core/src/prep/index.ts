export * from './chain-steps';
export * from './chains';
export { extractClaims } from './claims';
export * from './consistency';
export { askedSteps, coveredSteps } from './coverage';
export { parseJapaneseNumber, parseQuantity } from './japanese-numbers';
export * from './predict';
export * from './round-categories';
export type * from './types';
