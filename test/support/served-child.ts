/**
 * A server started as a child process, as a user or a container starts it: its JSON log lines are
 * collected as they come, and the promise resolves with the URL once it logs that it serves.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface ServedChild {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  /** Every log line so far, parsed; later lines keep arriving. */
  readonly lines: Record<string, any>[];
}

export async function startServedChild(argv: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ServedChild> {
  const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: { ...process.env, PORT: '0', NEO4J_URI: '', LOG_LEVEL: 'info', ...options.env } });
  const lines: Record<string, any>[] = [];
  let buffered = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${argv.join(' ')} exited with ${code} before serving`)));
    child.stdout.on('data', (chunk) => {
      buffered += String(chunk);
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const part of parts) {
        const line = JSON.parse(part);
        lines.push(line);
        if (line.url) resolve(line.url);
      }
    });
  });
  return { child, url, lines };
}
