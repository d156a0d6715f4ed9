// Builds the graph explorer served at /explore: type-checks web/src with web/tsconfig.json (tsc,
// noEmit), then bundles it with esbuild into dist/web/ beside the page and its stylesheet.
// Everything lands in dist/web so the app serves the page offline, with no CDN.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const webDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(webDir, '..', 'dist', 'web');
const require = createRequire(import.meta.url);

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(webDir, 'tsconfig.json')], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('web: type errors in web/src (see above)');
  process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'assets'), { recursive: true });
await build({
  entryPoints: { explorer: join(webDir, 'src', 'main.ts') },
  outdir: join(outDir, 'assets'),
  // The statistics view (Chart.js) is a separate chunk, loaded when its tab first opens.
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(join(webDir, 'index.html'), join(outDir, 'index.html'));
copyFileSync(join(webDir, 'styles.css'), join(outDir, 'assets', 'explorer.css'));
copyFileSync(join(webDir, 'favicon.svg'), join(outDir, 'assets', 'favicon.svg'));
console.log(`web: built ${outDir}`);
