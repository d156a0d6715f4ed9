/** docker-compose.yml runs the Neo4j version the tests run (ci/neo4j/pom.xml), pinned, never a floating tag. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';

it('pins docker-compose.yml to the Neo4j version of the test server', () => {
  const pom = readFileSync(join(PROJECT_ROOT, 'ci', 'neo4j', 'pom.xml'), 'utf8');
  const compose = readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8');
  const tested = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  assert.match(tested ?? '', /^5\.26\.\d+$/, 'the test server runs a 5.26 LTS release');
  const images = [...compose.matchAll(/image:\s*neo4j:(\S+)/g)].map((m) => m[1]);
  assert.deepEqual(images, [`${tested}-community`]);
});
