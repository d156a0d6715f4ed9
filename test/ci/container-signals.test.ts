/**
 * The processes the image runs are node itself, with no npm or shell in the signal path, and
 * SIGTERM makes them stop cleanly: the API drains and exits 0; the seed job exits at once. No
 * Docker engine runs here, so each container command is run as the container would run it, from
 * the project root, where the image's WORKDIR holds the same files.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as http from 'node:http';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';
import { startServedChild } from '../support/served-child';

const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');

/** The JSON-array commands of the Dockerfile's CMD and of docker-compose.yml's services. */
function containerCommands(): { where: string; argv: string[] }[] {
  const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'))?.[1];
  const compose = [...read('docker-compose.yml').matchAll(/^ {2}(\w+):\n(?:(?! {2}\w).*\n)*? {4}command: (\[.*\])$/gm)];
  return [
    { where: 'Dockerfile CMD', argv: JSON.parse(cmd ?? 'null') },
    ...compose.map((match) => ({ where: `docker-compose.yml service ${match[1]}`, argv: JSON.parse(match[2]!) })),
  ];
}

/** Starts a command as the container would and resolves once it logs that it serves. */
const startServer = (argv: readonly string[]) => startServedChild(argv, { cwd: PROJECT_ROOT });

describe('container commands and signals', () => {
  it('runs node directly in the image and in every compose service, never npm or a shell', () => {
    const commands = containerCommands();
    assert.deepEqual(commands.map((c) => c.where), ['Dockerfile CMD', 'docker-compose.yml service seed', 'docker-compose.yml service api']);
    for (const { where, argv } of commands) assert.equal(argv[0], 'node', `${where} runs ${argv.join(' ')}`);
    assert.match(read('docker-compose.yml'), /api:\n(?:.*\n)*? {4}init: true/);
  });

  it('the API, as the image runs it, drains and exits 0 on SIGTERM while a request is in flight', async () => {
    const { argv } = containerCommands()[0]!;
    const { child, url, lines } = await startServer(argv);
    const exited = once(child, 'exit');
    // Half a request: the server holds it in flight until the rest of the body arrives, after the signal.
    const body = '{"query":"{ graphStats { entities } }"}';
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
    const answered = new Promise<{ status: number; connection: string | undefined; text: string }>((resolve, reject) => {
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk) => (text += String(chunk)));
        response.on('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection, text }));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    while (!lines.some((line) => line.msg === 'signal received')) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!child.killed) child.kill('SIGTERM');
    }
    request.end(body.slice(10));
    const response = await answered;
    assert.equal(response.status, 200);
    assert.ok(JSON.parse(response.text).data.graphStats.entities > 0);
    assert.equal(response.connection, 'close', 'a keep-alive client is told to reconnect, not reset');
    const [code] = await exited;
    assert.equal(code, 0);
    const messages = lines.map((line) => line.msg);
    for (const message of ['signal received', 'shutting down: draining requests', 'stopped']) assert.ok(messages.includes(message), message);
  });

  it('npm start puts node, not a shell, under npm, so SIGTERM to npm reaches the server and it drains', async () => {
    assert.match(JSON.parse(read('package.json')).scripts.start, /^exec node /);
    const npm = spawn('npm', ['start', '--ignore-scripts'], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: '0', NEO4J_URI: '', LOG_LEVEL: 'info' } });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += String(chunk)));
    while (!/"url":/.test(output)) {
      if (npm.exitCode !== null) assert.fail(`npm start exited early:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const exited = once(npm, 'exit');
    npm.kill('SIGTERM');
    await exited;
    // Its child is gone too: the server logged its own stop.
    while (!/"msg":"stopped"/.test(output)) await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
