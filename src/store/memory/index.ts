export { MemoryStore } from './memory-store';
export { GraphIntegrityError, type GraphIntegrityProblem } from './graph-integrity-error';
export { foldTerm } from './search-terms';
