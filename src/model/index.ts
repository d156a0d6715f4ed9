export * from './entity-types';
export * from './kinds';
export * from './relation-types';
export * from './metrics';
export * from './partial-date';
export * from './ids';
export * from './records';
export * from './dataset-version';
