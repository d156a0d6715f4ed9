export { MemoryStore } from './memory-store';
export { foldTerm } from './search-terms';
