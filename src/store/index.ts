export * from './port';
export * from './errors';
export { storeConfigFrom, StoreConfigError, type Neo4jConfig, type StoreConfig, type Environment } from './config';
export { createStore } from './create-store';
export { MemoryStore } from './memory';
export { GraphIntegrityError, type GraphIntegrityProblem } from './graph-integrity-error';
