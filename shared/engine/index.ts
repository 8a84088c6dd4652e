// The clinical engine's public face: assess() and the Assessment it returns.
export { assess, type AssessOptions } from './assess';
export { ENGINE_VERSION } from './version';
export { REFERRAL_TARGETS } from './referral';
export type * from './types';
