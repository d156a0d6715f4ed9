/**
 * How the ingest commands end: the exit code their main returns; 1 with a one-line message for an
 * IngestError (a problem with the input, named by its code); 2 with the stack for anything else.
 */
import { IngestError } from './errors';

export function runCli(name: string, main: (argv: readonly string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      if (error instanceof IngestError) {
        process.stderr.write(`${name}: ${error.code}: ${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      process.stderr.write(`${name} failed unexpectedly: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
