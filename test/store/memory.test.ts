import { MemoryStore } from '../../src/store/memory';
import { storeBehaviour } from './behaviour';

storeBehaviour('memory', async () => new MemoryStore());
