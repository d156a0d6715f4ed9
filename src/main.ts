/**
 * `npm start`: serves the API on the embedded store (or Neo4j when NEO4J_URI is set) and stops
 * gracefully on SIGTERM or SIGINT.
 */
import 'reflect-metadata';
import { createApp } from './server/app';
import { serverConfigFrom } from './server/config';
import { createLogger } from './server/logger';
import { createStore } from './store/create-store';

async function main(): Promise<void> {
  const config = serverConfigFrom(process.env);
  const log = createLogger(config.logLevel);
  const store = await createStore(process.env, { logger: log });
  const app = createApp(store, config, log);
  const url = await app.start();
  log.info({ url, ide: url, store: store.name, limits: config.limits, nodeEnv: config.nodeEnv }, `serving ${url}`);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'signal received');
      app.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration), so report on stderr directly.
  process.stderr.write(`failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
