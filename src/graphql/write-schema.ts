/** `npm run schema:write`: regenerates schema/schema.graphql from the code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaSdl } from './schema';

export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema', 'schema.graphql');

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, schemaSdl());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
