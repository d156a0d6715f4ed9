/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core,
 * which never downloads a browser of its own. Tests skip (with this reason) where it is missing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export const skipReason = (): string | undefined =>
  existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed: no browser to drive (.ci/run installs Debian's chromium package)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A graphology JSON export of `order` nodes without positions (so the page lays it out), each
 * joined to a few earlier ones: about 1.5 edges per node, like the real graph's density.
 */
export function syntheticGraph(order: number): string {
  const types = ['Person', 'Organization', 'Event', 'Place', 'Report'];
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const nodes = Array.from({ length: order }, (_, i) => ({ key: `synthetic/${i}`, attributes: { label: `Synthetic ${i}`, entityType: types[i % types.length] } }));
  const edges: { key: string; source: string; target: string; attributes: Record<string, string> }[] = [];
  for (let i = 1; i < order; i++) {
    const links = random() < 0.5 ? 1 : 2;
    for (let j = 0; j < links; j++) {
      const target = Math.floor(random() * i);
      edges.push({ key: `synthetic-edge/${edges.length}`, source: `synthetic/${i}`, target: `synthetic/${target}`, attributes: { relationType: 'ABOUT' } });
    }
  }
  return JSON.stringify({ options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges });
}
