/**
 * A Neo4j server of a test's own (scripts/neo4j-test-server), for tests that stop and restart
 * Neo4j, which they must not do to the run's shared server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/dataset';
import type { Neo4jConfig } from '../../src/store/config';

const PASSWORD = 'own-test-server';
const START_TIMEOUT_MS = 180_000;

export interface OwnNeo4jServer {
  readonly config: Neo4jConfig;
  /** SIGTERM, then waits for the server to close its database and exit. */
  stop(): Promise<void>;
}

/** Starts a fresh, empty server; on `port` when given (to restart one where clients expect it). */
export async function startOwnNeo4j(port = 0): Promise<OwnNeo4jServer> {
  const work = mkdtempSync(join(tmpdir(), 'own-neo4j-'));
  const readyFile = join(work, 'ready');
  const output: string[] = [];
  const child = spawn(
    join(PROJECT_ROOT, 'scripts', 'neo4j-test-server'),
    ['--port', String(port), '--password', PASSWORD, '--page-cache', '32m', '--work-dir', join(work, 'db'), '--ready-file', readyFile],
    { env: { ...process.env, NEO4J_TEST_HEAP: '512m' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const uri = await waitForReady(child, readyFile, output);
  return {
    config: { uri, user: 'neo4j', password: PASSWORD, database: 'neo4j' },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

async function waitForReady(child: ChildProcess, readyFile: string, output: readonly string[]): Promise<string> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`startOwnNeo4j: the server exited with ${child.exitCode} before it was ready:\n${output.join('')}`);
    try {
      const uri = readFileSync(readyFile, 'utf8').trim();
      if (uri !== '') return uri;
    } catch {
      // Not written yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`startOwnNeo4j: not ready within ${START_TIMEOUT_MS / 1000} s:\n${output.join('')}`);
}
