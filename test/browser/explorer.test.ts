/**
 * The graph explorer at /explore, driven in headless Chromium against the real server (embedded
 * store, real dataset): the first view, search by alias, expansion, sources, paths, the date
 * filter, statistics, a narrow window, exports of the view, the API going away, and a 5,000-node
 * file laid out in steps. Saves screenshots (see SCREENSHOTS). Nothing here asserts a duration:
 * a busy machine would fail it for nothing. `npm run bench:explorer` measures the first view,
 * main-thread stalls and click-to-details times, with their targets.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../api/harness';
import { launchChromium, skipReason, syntheticGraph } from './browser';

const ROOT = join(__dirname, '..', '..', '..');
/**
 * Where the screenshots go: a git-ignored folder, so that running the tests leaves the work tree
 * as it was; `npm run screenshots` points this at docs/screenshots to refresh the README's images.
 */
const SCREENSHOTS = resolve(ROOT, process.env['SCREENSHOT_DIR'] ?? join('test-results', 'screenshots'));
const skip = skipReason();
const run = promisify(execFile);
/** Debian's interpreter, which sees python3-networkx (.ci/run installs it). */
const DEBIAN_PYTHON = '/usr/bin/python3';
const NETWORKX_MISSING = ((): string | undefined => {
  try {
    execFileSync(DEBIAN_PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return `networkx is not installed for ${DEBIAN_PYTHON} (Debian package python3-networkx; .ci/run installs it)`;
  }
})();

/** Reads the page's read-only test hooks (web/src/test-hooks.ts). */
function hook<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([n, a]) => (window as any).__explorer[n as string](...(a as unknown[])), [name, args] as const);
}

/** Types into a search box and picks the suggestion for `id` with the keyboard. */
async function pickSuggestion(page: Page, input: string, text: string, id: string): Promise<void> {
  await page.fill(input, '');
  await page.locator(input).pressSequentially(text, { delay: 15 });
  const list = `${input}-list`;
  await page.waitForSelector(`${list} li[data-id="${id}"]`);
  const ids = await page.$$eval(`${list} li[data-id]`, (items) => items.map((li) => li.getAttribute('data-id')));
  for (let i = 0; i < ids.indexOf(id); i++) await page.press(input, 'ArrowDown');
  await page.press(input, 'Enter');
}

/** Clicks where a node is drawn in the graph canvas. */
async function clickNode(page: Page, id: string): Promise<void> {
  const box = await page.locator('#graph').boundingBox();
  const position = await hook<{ x: number; y: number } | null>(page, 'nodePosition', id);
  assert.ok(box && position, `node "${id}" is not drawn`);
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

/** Waits until the camera shows every one of the nodes inside the drawing area (after a zoom to a path). */
async function waitUntilInView(page: Page, ids: readonly string[]): Promise<void> {
  await page.waitForFunction((wanted) => {
    const hooks = (window as any).__explorer;
    const { width, height } = hooks.graphSize();
    return wanted.every((id: string) => {
      const p = hooks.nodePosition(id);
      return p && p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
    });
  }, ids);
}

/** Presses Tab until `selector` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector} (focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`);
}

/** A drawn node label and its box, in CSS pixels from the graph canvas's top-left corner. */
interface LabelBox {
  node: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fails if two labels overlap, a label leaves the canvas or (unless overNodes) covers another node's centre. */
async function assertLabelsClear(page: Page, labels: readonly LabelBox[], nodes: readonly string[], { overNodes = false } = {}): Promise<void> {
  const size = await hook<{ width: number; height: number }>(page, 'graphSize');
  const centres = await Promise.all(nodes.map(async (id) => ({ id, at: await hook<{ x: number; y: number }>(page, 'nodePosition', id) })));
  const meet = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const inside = (box: LabelBox, p: { x: number; y: number }) => p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
  const overlapping = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => meet(a, b)).map((b) => `"${a.text}" / "${b.text}"`));
  assert.deepEqual(overlapping, [], 'no two labels overlap');
  const covering = labels.flatMap((box) => centres.filter(({ id, at }) => id !== box.node && inside(box, at)).map(({ id }) => `"${box.text}" over ${id}`));
  if (!overNodes) assert.deepEqual(covering, [], 'no label covers another node');
  const cut = labels.filter((box) => box.x < 0 || box.y < 0 || box.x + box.width > size.width || box.y + box.height > size.height).map((box) => box.text);
  assert.deepEqual(cut, [], 'no label runs off the canvas');
}

/** What the view's own exports should say of an entity, from the API: type, kind (none for people), aliases, source ids. */
async function viewedEntity(server: TestServer, id: string): Promise<{ type: string; kind: string | undefined; aliases: string[]; sources: string[] }> {
  const kinds = ['Event', 'Organization', 'Place', 'Report'].map((type) => `... on ${type} { kind }`).join(' ');
  const { body } = await server.gql(`{ entity(id: "${id}") { __typename aliases sources { id } ${kinds} } }`);
  const entity = body.data.entity;
  return { type: entity.__typename, kind: entity.kind, aliases: entity.aliases, sources: entity.sources.map((source: { id: string }) => source.id) };
}

/** Opens the explorer unless the page shows it already (a test run on its own starts on a blank page). */
async function openExplorer(page: Page, origin: string): Promise<void> {
  if (page.url().startsWith(origin)) return;
  await page.goto(`${origin}/explore`);
  assert.ok(Number.isFinite(await hook<number>(page, 'firstView')));
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ')})`);
  });
}

describe('graph explorer (/explore) in Chromium', { skip }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist', 'web', 'index.html')), 'dist/web is missing: run `npm run build` first');
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer({ env: { LOG_LEVEL: 'silent' } });

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the seed neighbourhood on opening', async () => {
    await page.goto(`${server.origin}/explore`);
    // Resolves once sigma has drawn the seed graph (the time it took is bench:explorer's business).
    assert.ok(Number.isFinite(await hook<number>(page, 'firstView')), 'the first view was drawn');
    assert.equal(await hook(page, 'centre'), 'event/tuidang-movement');
    assert.ok((await hook<string[]>(page, 'nodes')).length > 10);
  });

  it('names every node of the first view, with no label over another, a node or the canvas edge', async () => {
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
    const nodes = await hook<string[]>(page, 'nodes');
    const labels = await hook<LabelBox[]>(page, 'labels');
    assert.deepEqual(labels.map((label) => label.node).sort(), [...nodes].sort(), 'one label per node');
    assert.ok(labels.every((label) => label.text.length <= 28), 'long names are shortened (the tooltip and details have them whole)');
    await assertLabelsClear(page, labels, nodes);
  });

  it('names the best-connected nodes at depth 2 without overlapping names, and the rest on hover', async () => {
    await page.goto(`${server.origin}/explore?depth=2`);
    assert.ok(Number.isFinite(await hook<number>(page, 'firstView')));
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
    const nodes = await hook<string[]>(page, 'nodes');
    const edges = await hook<{ source: string; target: string }[]>(page, 'edges');
    const degree = new Map<string, number>();
    for (const { source, target } of edges) for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const hubs = [...nodes].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0)).slice(0, 5);
    const labels = await hook<LabelBox[]>(page, 'labels');
    assert.ok(nodes.length > 100, `depth 2 holds ${nodes.length} nodes`);
    assert.deepEqual(hubs.filter((hub) => !labels.some((label) => label.node === hub)), [], 'the five best-connected nodes are named');
    // Here the biggest hubs' names may lie over small nodes (a hub unnamed would be worse).
    await assertLabelsClear(page, labels, nodes, { overNodes: true });
    await page.goto(`${server.origin}/explore`);
    assert.ok(Number.isFinite(await hook<number>(page, 'firstView')));
  });

  it('lays the same view out the same way on every load', async () => {
    const first = await hook<Record<string, [number, number]>>(page, 'positions');
    await page.reload();
    assert.ok(Number.isFinite(await hook<number>(page, 'firstView')), 'the first view was drawn again');
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
    assert.deepEqual(await hook(page, 'positions'), first);
  });

  it('finds Gao Zhisheng by his alias and centres him', async () => {
    await pickSuggestion(page, '#search', 'Gao Zhe Sheng', 'person/gao-zhisheng');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'person/gao-zhisheng');
    const size = await hook<{ width: number; height: number }>(page, 'graphSize');
    const position = await hook<{ x: number; y: number }>(page, 'nodePosition', 'person/gao-zhisheng');
    assert.ok(Math.abs(position.x - size.width / 2) < size.width * 0.05, `x ${position.x} of ${size.width}`);
    assert.ok(Math.abs(position.y - size.height / 2) < size.height * 0.05, `y ${position.y} of ${size.height}`);
    await page.waitForSelector('#details-title:text("Gao Zhisheng")');
  });

  it("shows a person's withdrawals and statements with their dates and sources", async () => {
    await page.waitForSelector('#details ul.withdrawals li');
    const { body } = await server.gql(`{ entity(id: "person/gao-zhisheng") {
      relations(first: 50, types: [WITHDREW_FROM, PARTICIPATED_IN, AUTHORED], direction: OUT) { edges { node { id type to { ... on Event { kind startDate } } } } }
    } }`);
    const relations = body.data.entity.relations.edges.map((edge: any) => edge.node);
    const withdrawals = relations.filter((r: any) => r.type === 'WITHDREW_FROM' || r.to.kind === 'PUBLIC_WITHDRAWAL').map((r: any) => r.id);
    const statements = relations.filter((r: any) => r.type === 'AUTHORED').map((r: any) => r.id);
    assert.ok(withdrawals.length > 0 && statements.length > 0, 'the seed records both for Gao Zhisheng');
    const listed = (list: string) => page.$$eval(`#details ul.${list} button.relation`, (buttons) => buttons.map((b) => b.getAttribute('data-id')));
    assert.deepEqual(new Set(await listed('withdrawals')), new Set(withdrawals));
    assert.deepEqual(new Set(await listed('statements')), new Set(statements));
    const facts = await page.$$eval('#details ul.withdrawals .activity-facts', (lines) => lines.map((line) => line.textContent ?? ''));
    assert.ok(facts.some((line) => line.includes('2005-12-13')), `the withdrawal's day is shown: ${facts.join(' | ')}`);
    assert.ok(facts.every((line) => line.includes('source:')), 'every withdrawal names its source');
    await page.locator('#details').screenshot({ path: join(SCREENSHOTS, 'details-person.png') });
  });

  it('keeps the view in the address, so Back and Forward return to earlier centres', async () => {
    const address = new URL(page.url());
    assert.equal(address.searchParams.get('focus'), 'person/gao-zhisheng');
    assert.equal(address.searchParams.get('depth'), '1');
    await page.goBack();
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'event/tuidang-movement');
    await page.goForward();
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'person/gao-zhisheng');
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
  });

  it('re-centres at the depth chosen, as a history entry, and exports what is shown', async () => {
    const centre = 'person/gao-zhisheng';
    const atOne = await hook<string[]>(page, 'nodes');
    await page.selectOption('#depth', '2');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('depth') === '2');
    await page.waitForFunction((n) => (window as any).__explorer.nodes().length > n, atOne.length);
    assert.equal(await hook(page, 'centre'), centre);
    assert.equal(new URL(page.url()).searchParams.get('focus'), centre);
    const atTwo = new Set(await hook<string[]>(page, 'nodes'));
    for (const id of atOne) assert.ok(atTwo.has(id), `${id} (depth 1) is still drawn at depth 2`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-server-export="graphml"]')]);
    const exported = new URL(file.url());
    assert.deepEqual([exported.searchParams.get('center'), exported.searchParams.get('depth')], [centre, '2'], 'the export asks for the view shown');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('depth') === '1');
    await page.waitForFunction((n) => (window as any).__explorer.nodes().length === n, atOne.length);
    assert.equal(await page.inputValue('#depth'), '1', 'Back sets the control back too');
    assert.deepEqual(new Set(await hook<string[]>(page, 'nodes')), new Set(atOne));
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
  });

  it('selects a node on click without adding to the view, and adds its neighbours on double-click', async () => {
    const before = await hook<string[]>(page, 'nodes');
    assert.ok(!before.includes('event/tuidang-movement'));
    await clickNode(page, 'event/gao-zhisheng-withdrawal');
    await page.waitForFunction(() => (window as any).__explorer.selected().node === 'event/gao-zhisheng-withdrawal');
    assert.deepEqual(new Set(await hook<string[]>(page, 'nodes')), new Set(before), 'a click adds nothing');
    const box = await page.locator('#graph').boundingBox();
    const position = await hook<{ x: number; y: number }>(page, 'nodePosition', 'event/gao-zhisheng-withdrawal');
    await page.mouse.dblclick(box!.x + position.x, box!.y + position.y);
    await page.waitForFunction(() => (window as any).__explorer.nodes().includes('event/tuidang-movement'));
    assert.deepEqual(await hook(page, 'selected'), { node: 'event/gao-zhisheng-withdrawal' });
    assert.ok((await hook<string[]>(page, 'nodes')).length > before.length);
  });

  it('hides a node, and undoes and redoes the changes to the view', async () => {
    const expanded = await hook<string[]>(page, 'nodes');
    // Selected from the list of nodes in view: a click on the canvas right after the last test's
    // double-click would count as a third click, which sigma reads as another double-click.
    await page.locator('.in-view').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.click('#in-view-list button[data-id="event/tuidang-movement"]');
    await page.waitForFunction(() => (window as any).__explorer.selected().node === 'event/tuidang-movement');
    await page.click('#hide-selected');
    assert.ok(!(await hook<string[]>(page, 'nodes')).includes('event/tuidang-movement'), 'hidden');
    await page.click('#undo');
    assert.deepEqual(new Set(await hook<string[]>(page, 'nodes')), new Set(expanded), 'undo brings it back');
    await page.locator('#graph').focus().catch(() => undefined);
    await page.keyboard.press('Control+Shift+Z');
    assert.ok(!(await hook<string[]>(page, 'nodes')).includes('event/tuidang-movement'), 'redo hides it again');
    await page.keyboard.press('Control+Z');
    // One more undo takes back the double-click's expansion.
    await page.click('#undo');
    const before = await hook<string[]>(page, 'nodes');
    assert.ok(before.length < expanded.length && !before.includes('event/tuidang-movement'), 'the expansion is undone');
    await page.click('#redo');
    assert.deepEqual(new Set(await hook<string[]>(page, 'nodes')), new Set(expanded), 'and redone');
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
  });

  it('collapses what expanding a node added, keeping what else holds on, and undoes the collapse', async () => {
    const node = 'event/gao-zhisheng-withdrawal';
    const expanded = await hook<string[]>(page, 'nodes');
    const edges = await hook<{ source: string; target: string }[]>(page, 'edges');
    await page.click('#undo'); // the view before the withdrawal was expanded
    const base = new Set(await hook<string[]>(page, 'nodes'));
    await page.click('#redo');
    await page.click(`#in-view-list button[data-id="${node}"]`);
    await page.waitForFunction((id) => (window as any).__explorer.selected().node === id, node);
    await page.click('#collapse-selected');
    const after = new Set(await hook<string[]>(page, 'nodes'));
    const removed = expanded.filter((id) => !after.has(id));
    assert.ok(removed.length > 0, 'the collapse removed something');
    for (const id of base) assert.ok(after.has(id), `${id} was there before the expansion and stays`);
    const neighbours = (id: string) => edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
    for (const id of removed) {
      assert.ok(!base.has(id), `${id} came with the expansion`);
      assert.ok(neighbours(id).every((other) => other === node || removed.includes(other)), `${id} held on to nothing else`);
    }
    for (const id of expanded.filter((id) => !base.has(id) && after.has(id))) {
      assert.ok(neighbours(id).some((other) => other !== node && after.has(other)), `${id} stays because it holds on to another node`);
    }
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
    await page.locator('.stage').screenshot({ path: join(SCREENSHOTS, 'explorer-collapse.png') });
    await page.click('#undo');
    assert.deepEqual(new Set(await hook<string[]>(page, 'nodes')), new Set(expanded), 'undo brings the collapsed nodes back');
  });

  it('shows the full name, type and dates of the node under the pointer', async () => {
    const box = await page.locator('#graph').boundingBox();
    const position = await hook<{ x: number; y: number }>(page, 'nodePosition', 'event/gao-zhisheng-withdrawal');
    await page.mouse.move(box!.x + position.x, box!.y + position.y);
    const tooltip = page.locator('.node-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const { body } = await server.gql(`{ entity(id: "event/gao-zhisheng-withdrawal") { name ... on Event { startDate } } }`);
    const text = (await tooltip.textContent()) ?? '';
    assert.ok(text.includes(body.data.entity.name), `${text} holds the whole name`);
    assert.ok(text.includes('Event') && text.includes(body.data.entity.startDate), text);
    await page.locator('.stage').screenshot({ path: join(SCREENSHOTS, 'explorer-tooltip.png') });
    await page.mouse.move(box!.x + 2, box!.y + 2);
    await tooltip.waitFor({ state: 'hidden' });
  });

  it('hides entity types from the legend and relation types from their list, and shows them again', async () => {
    const edges = await hook<{ id: string; type: string; source: string; target: string }[]>(page, 'edges');
    const types = await page.evaluate(() => (window as any).__explorer.nodes().map((id: string) => id.split('/')[0]));
    assert.ok(types.includes('report'), 'the view holds a report');
    await page.uncheck('input[data-entity-type="Report"]');
    const reports = (await hook<string[]>(page, 'nodes')).filter((id) => id.startsWith('report/'));
    assert.deepEqual((await hook<string[]>(page, 'hiddenNodes')).sort(), reports.sort());
    await page.check('input[data-entity-type="Report"]');
    assert.deepEqual(await hook(page, 'hiddenNodes'), []);

    const type = edges[0]!.type;
    await page.click('.relation-filter summary');
    await page.uncheck(`input[data-relation-type="${type}"]`);
    const expected = edges.filter((edge) => edge.type === type).map((edge) => edge.id).sort();
    assert.deepEqual((await hook<string[]>(page, 'hiddenEdges')).sort(), expected);
    await page.check(`input[data-relation-type="${type}"]`);
    assert.deepEqual(await hook(page, 'hiddenEdges'), []);
  });

  it('zooms in, out and back to the whole graph from its buttons', async () => {
    const start = await hook<number>(page, 'cameraRatio');
    await page.click('#zoom-in');
    // Each step zooms by 1.5 (sigma's default) in an animation; wait for it to end before the next.
    await page.waitForFunction((ratio) => (window as any).__explorer.cameraRatio() < ratio / 1.49, start);
    await page.click('#zoom-out');
    await page.waitForFunction((ratio) => Math.abs((window as any).__explorer.cameraRatio() - ratio) < ratio * 0.01, start);
    await page.click('#zoom-fit');
    await page.waitForFunction(() => Math.abs((window as any).__explorer.cameraRatio() - 1) < 0.01);
  });

  it('moves a dragged node and pins it, so a later layout leaves it where it was dropped', async () => {
    const box = (await page.locator('#graph').boundingBox())!;
    const start = await hook<{ x: number; y: number }>(page, 'nodePosition', 'person/gao-zhisheng');
    const before = (await hook<Record<string, [number, number]>>(page, 'positions'))['person/gao-zhisheng']!;
    await page.mouse.move(box.x + start.x, box.y + start.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(box.x + start.x + step * 16, box.y + start.y + step * 10);
    await page.mouse.up();
    const dropped = await hook<{ x: number; y: number }>(page, 'nodePosition', 'person/gao-zhisheng');
    assert.ok(Math.abs(dropped.x - (start.x + 80)) < 3 && Math.abs(dropped.y - (start.y + 50)) < 3, `dropped at ${JSON.stringify(dropped)}`);
    assert.deepEqual(await hook(page, 'pinned'), ['person/gao-zhisheng']);
    const pinnedAt = (await hook<Record<string, [number, number]>>(page, 'positions'))['person/gao-zhisheng']!;
    assert.notDeepEqual(pinnedAt, before);
    // Expanding another node lays the graph out again; the pinned node stays.
    await page.click('#in-view-list button[data-id="org/ccp"]');
    const order = (await hook<string[]>(page, 'nodes')).length;
    await page.click('#expand-selected');
    await page.waitForFunction((n) => (window as any).__explorer.nodes().length > n, order);
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
    // The layout works in 32-bit floats, so a pinned position comes back rounded to that precision.
    const after = (await hook<Record<string, [number, number]>>(page, 'positions'))['person/gao-zhisheng']!;
    assert.ok(Math.abs(after[0] - pinnedAt[0]) < 1e-4 && Math.abs(after[1] - pinnedAt[1]) < 1e-4, `${after} stays at ${pinnedAt}`);
  });

  it('marks a pinned node, unpins it, and resets the layout and the camera', async () => {
    const node = 'person/gao-zhisheng';
    await page.click(`#in-view-list button[data-id="${node}"]`);
    await page.waitForFunction((id) => (window as any).__explorer.selected().node === id, node);
    assert.match((await hook<{ label: string }>(page, 'nodeLook', node)).label, /\(pinned\)$/, 'the label says the node is pinned');
    await page.focus('#unpin-selected');
    await page.keyboard.press('Enter');
    assert.deepEqual(await hook(page, 'pinned'), []);
    assert.doesNotMatch((await hook<{ label: string }>(page, 'nodeLook', node)).label, /pinned/);
    assert.equal(await page.isDisabled('#unpin-selected'), true);
    assert.equal(await activeId(page), 'graph', 'focus moves to the canvas, not the page');

    // Reset: a dragged node and the camera go back to the layout a fresh load of this graph gets.
    const box = (await page.locator('#graph').boundingBox())!;
    const start = await hook<{ x: number; y: number }>(page, 'nodePosition', node);
    await page.mouse.move(box.x + start.x, box.y + start.y);
    await page.mouse.down();
    for (let step = 1; step <= 4; step++) await page.mouse.move(box.x + start.x - step * 15, box.y + start.y + step * 12);
    await page.mouse.up();
    assert.deepEqual(await hook(page, 'pinned'), [node]);
    await page.click('#zoom-in');
    await page.waitForFunction(() => (window as any).__explorer.cameraRatio() < 0.7);
    await page.click('#reset-view');
    await page.waitForFunction(() => Math.abs((window as any).__explorer.cameraRatio() - 1) < 0.01);
    assert.deepEqual(await hook(page, 'pinned'), [], 'nothing is pinned after Reset');
    const once = await hook<Record<string, [number, number]>>(page, 'positions');
    await page.click('#reset-view');
    assert.deepEqual(await hook(page, 'positions'), once, 'Reset lays the same graph out the same way');
    await page.click('#undo');
    await page.click('#undo');
    assert.deepEqual(await hook(page, 'pinned'), [node], 'Undo brings the dragged layout back');
    await page.click('#redo');
    await page.click('#redo');
  });

  it('has an icon, also at /favicon.ico', async () => {
    assert.equal(await page.getAttribute('link[rel="icon"]', 'href'), '/explore/assets/favicon.svg');
    const icon = await fetch(`${server.origin}/favicon.ico`);
    assert.equal(icon.status, 200);
    assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
    assert.match(await icon.text(), /^<svg /);
  });

  it('opens a source of the selected entity in the details panel', async () => {
    await page.click('#in-view-list button[data-id="event/gao-zhisheng-withdrawal"]');
    await page.waitForSelector('#details button.source');
    const source = page.locator('#details button.source').first();
    const name = (await source.textContent())!.trim();
    await source.click();
    await page.waitForFunction((expected) => document.getElementById('details-title')?.textContent === expected, name);
    const fields = await page.locator('#details .fields').textContent();
    assert.match(fields ?? '', /Published/);
  });

  it('moves focus on, not to the page, when More relations, Undo or Redo is pressed and changes', async () => {
    await pickSuggestion(page, '#search', 'Chinese Communist Party', 'org/ccp');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'org/ccp');
    // More relations: focus goes to the first relation the page added.
    await page.waitForSelector('#details button.more:not([hidden])');
    const listed = () => page.$eval('#details button.more', (more) => more.previousElementSibling!.children.length);
    const first = await listed();
    await page.focus('#details button.more');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelector('#details button.more')!.previousElementSibling!.children.length > n, first);
    const focused = await page.evaluate(
      (n) => document.activeElement === document.querySelector('#details button.more')!.previousElementSibling!.children[n]!.querySelector('button'),
      first,
    );
    assert.ok(focused, `focus is on the first relation added, not on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);

    // Undo and Redo: the one that has nothing left to do hands focus to the other.
    await page.locator('#in-view').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const other = (await hook<string[]>(page, 'nodes')).find((id) => id !== 'org/ccp')!;
    await page.click(`#in-view-list button[data-id="${other}"]`);
    await page.click('#hide-selected');
    await page.focus('#undo');
    await page.keyboard.press('Enter');
    assert.ok((await hook<string[]>(page, 'nodes')).includes(other), 'undone');
    assert.equal(await activeId(page), 'redo', 'Undo, now disabled, hands focus to Redo');
    await page.keyboard.press('Enter');
    assert.equal(await activeId(page), 'undo', 'Redo, now disabled, hands focus to Undo');
    await page.keyboard.press('Enter');
    assert.ok((await hook<string[]>(page, 'nodes')).includes(other));
  });

  it('finds the path from Gao Zhisheng to Rong Yi that the API finds', async () => {
    await pickSuggestion(page, '#path-from', 'Gao Zhisheng', 'person/gao-zhisheng');
    await pickSuggestion(page, '#path-to', 'Rong Yi', 'person/rong-yi');
    await page.click('#path-find');
    await page.waitForSelector('#path-steps li');
    const shown = await page.$$eval('#path-steps li', (items) => items.map((li) => [li.dataset['from'], li.dataset['type'], li.dataset['to']]));
    const { body } = await server.gql(
      `{ shortestPath(fromId: "person/gao-zhisheng", toId: "person/rong-yi", maxLength: 6) { nodes { id } edges { type } } }`,
    );
    const path = body.data.shortestPath;
    assert.deepEqual(
      shown,
      path.edges.map((edge: { type: string }, i: number) => [path.nodes[i].id, edge.type, path.nodes[i + 1].id]),
    );
    const drawn = await hook<string[]>(page, 'nodes');
    for (const node of path.nodes) assert.ok(drawn.includes(node.id), `${node.id} is drawn`);
    // The camera moves to the path: every step is inside the drawing area once it has.
    await waitUntilInView(page, path.nodes.map((node: { id: string }) => node.id));
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer.png') });
  });

  it('finds a path between names typed without picking a suggestion', async () => {
    await page.fill('#path-from', 'Chen Yong Lin');
    await page.fill('#path-to', 'Hao Fengjun');
    await page.click('#path-find');
    // The previous test's path stays listed until the new one replaces it.
    await page.waitForSelector('#path-steps li:last-child[data-to="person/hao-fengjun"]');
    const steps = await page.$$eval('#path-steps li', (items) => items.map((li) => [li.dataset['from'], li.dataset['to']]));
    assert.equal(steps[0]![0], 'person/chen-yonglin', 'the alias was taken for Chen Yonglin');
    assert.equal(steps.at(-1)![1], 'person/hao-fengjun');
    assert.equal(await page.inputValue('#path-from'), 'Chen Yonglin', 'the box shows the entity taken');
  });

  it('draws a selected relation unlike a path, and drops the selection when a path is drawn', async () => {
    await page.click('#path-clear');
    const { body } = await server.gql(`{ shortestPath(fromId: "person/gao-zhisheng", toId: "person/rong-yi", maxLength: 6) { edges { id } } }`);
    const onPath = new Set(body.data.shortestPath.edges.map((edge: { id: string }) => edge.id));
    const edge = (await hook<{ id: string }[]>(page, 'edges')).map((e) => e.id).find((id) => !onPath.has(id))!;
    await page.locator('#relations-in-view').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.click(`#relations-in-view-list li[data-edge="${edge}"] button.sources-of`);
    await page.waitForFunction((id) => (window as any).__explorer.selected().edge === id, edge);
    const selected = await hook<{ color: string; size: number }>(page, 'edgeLook', edge);

    await pickSuggestion(page, '#path-from', 'Gao Zhisheng', 'person/gao-zhisheng');
    await pickSuggestion(page, '#path-to', 'Rong Yi', 'person/rong-yi');
    await page.click('#path-find');
    await page.waitForSelector('#path-steps li');
    const pathEdge = [...onPath][0] as string;
    const drawnPath = await hook<{ color: string; size: number }>(page, 'edgeLook', pathEdge);
    assert.notEqual(selected.color, drawnPath.color, 'a selected relation is not coloured like a path');
    assert.deepEqual(await hook(page, 'selected'), {}, 'drawing a path drops the relation selected');
    const after = await hook<{ color: string; size: number }>(page, 'edgeLook', edge);
    assert.ok(after.color !== drawnPath.color && after.size < drawnPath.size, `the relation off the path is drawn apart from it: ${JSON.stringify(after)}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-path-after-selection.png') });
  });

  describe('several paths, around the hubs', () => {
    const JIANG = 'person/jiang-zemin';
    const RONG = 'person/rong-yi';
    let hubs: string[];
    let expected: { nodes: { id: string }[]; edges: { type: string }[] }[];
    const stepsOf = (path: (typeof expected)[number]) => path.edges.map((edge, i) => [path.nodes[i]!.id, edge.type, path.nodes[i + 1]!.id]);

    before(async () => {
      const { body } = await server.gql(`{ graphStats(mostConnected: 3) { mostConnected { entity { id } } } }`);
      hubs = body.data.graphStats.mostConnected.map((hub: { entity: { id: string } }) => hub.entity.id);
      const paths = await server.gql(
        `query($avoid: [ID!]) { shortestPaths(fromId: "${JIANG}", toId: "${RONG}", maxLength: 6, avoid: $avoid, first: 3) { nodes { id } edges { type } } }`,
        { avoid: hubs },
      );
      expected = paths.body.data.shortestPaths;
      assert.equal(expected.length, 3, 'the seed has three paths from Jiang Zemin to Rong Yi that avoid the hubs');
    });

    it('lists the paths that avoid the hubs, draws the one picked and zooms to it', async () => {
      await pickSuggestion(page, '#path-from', 'Jiang Zemin', JIANG);
      await pickSuggestion(page, '#path-to', 'Rong Yi', RONG);
      await page.check('#path-avoid-hubs');
      await page.click('#path-find');
      await page.waitForSelector('#path-alternatives button[data-index="2"]');
      assert.deepEqual(await hook(page, 'pathAlternatives'), expected.map((path) => path.nodes.map((node) => node.id)));
      const labels = await page.$$eval('#path-alternatives button', (buttons) => buttons.map((b) => b.textContent));
      assert.match(labels[0]!, /^Path 1 of 3: Jiang Zemin → .* → Rong Yi$/);
      const avoidedShown = await page.$$eval('#path-avoided [data-id]', (items) => items.map((item) => item.getAttribute('data-id')));
      assert.deepEqual(avoidedShown, hubs);

      await page.click('#path-alternatives button[data-index="1"]');
      await page.waitForSelector('#path-alternatives button[data-index="1"][aria-pressed="true"]');
      assert.deepEqual(await hook(page, 'pathSteps'), stepsOf(expected[1]!));
      const shown = await page.$$eval('#path-steps li', (items) => items.map((li) => [li.dataset['from'], li.dataset['type'], li.dataset['to']]));
      assert.deepEqual(shown, stepsOf(expected[1]!));
      const sourceCounts = await page.$$eval('#path-steps li', (items) => items.map((li) => li.querySelectorAll('button.path-source').length));
      assert.ok(sourceCounts.every((count) => count > 0), 'every step links to a report that states it');
      const drawn = await hook<string[]>(page, 'nodes');
      for (const node of expected[1]!.nodes) assert.ok(drawn.includes(node.id), `${node.id} is drawn`);
      await waitUntilInView(page, expected[1]!.nodes.map((node) => node.id));

      const address = new URL(page.url()).searchParams;
      assert.deepEqual(
        [address.get('pathFrom'), address.get('pathTo'), address.get('pathHubs'), address.get('path'), address.get('pathMax')],
        [JIANG, RONG, '1', '2', '6'],
      );
      await page.locator('#path-form').screenshot({ path: join(SCREENSHOTS, 'path-alternatives.png') });
      await page.screenshot({ path: join(SCREENSHOTS, 'explorer-paths.png') });
    });

    it('opens the report a step cites in the details panel', async () => {
      const source = page.locator('#path-steps button.path-source').first();
      const report = await source.getAttribute('data-report');
      await source.click();
      await page.waitForFunction((id) => (window as any).__explorer.detailsShowing() === id, report);
    });

    it('restores the picked path from a shared address', async () => {
      const shared = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      shared.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
      try {
        await shared.goto(page.url());
        await shared.waitForSelector('#path-alternatives button[data-index="1"][aria-pressed="true"]');
        assert.deepEqual(await hook(shared, 'pathSteps'), stepsOf(expected[1]!));
        assert.equal(await shared.isChecked('#path-avoid-hubs'), true);
        assert.equal(await shared.inputValue('#path-from'), 'Jiang Zemin');
        assert.equal(await shared.inputValue('#path-to'), 'Rong Yi');
        const drawn = await hook<string[]>(shared, 'nodes');
        for (const node of expected[1]!.nodes) assert.ok(drawn.includes(node.id), `${node.id} is drawn`);
      } finally {
        await shared.close();
      }
    });

    it('avoids one entity of a path when asked, and keeps it in the address', async () => {
      const middle = expected[1]!.nodes[1]!.id;
      await page.focus(`#path-steps button.path-avoid-node[data-id="${middle}"]`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => {
        const alternatives: string[][] = (window as any).__explorer.pathAlternatives();
        return alternatives.length > 0 && alternatives.every((nodes) => !nodes.includes(id));
      }, middle);
      // The "avoid" pressed is gone with its path: focus is on the control that takes it back.
      assert.equal(
        await page.evaluate((id) => document.activeElement === document.querySelector(`#path-avoided .avoided-node[data-id="${id}"] button`), middle),
        true,
        `focus is on "stop avoiding", not ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`,
      );
      assert.deepEqual(await page.$$eval('#path-avoided .avoided-node', (items) => items.map((item) => item.getAttribute('data-id'))), [middle]);
      assert.equal(new URL(page.url()).searchParams.get('pathAvoid'), middle);
      const { body } = await server.gql(
        `query($avoid: [ID!]) { shortestPaths(fromId: "${JIANG}", toId: "${RONG}", maxLength: 6, avoid: $avoid, first: 3) { nodes { id } } }`,
        { avoid: [...hubs, middle] },
      );
      assert.deepEqual(await hook(page, 'pathAlternatives'), body.data.shortestPaths.map((path: { nodes: { id: string }[] }) => path.nodes.map((node) => node.id)));
      // "×" takes the entity back; with no other entity avoided, focus moves to the steps listed.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('#path-avoided .avoided-node').length === 0);
      await page.waitForFunction((n) => (window as any).__explorer.pathAlternatives().length === n, expected.length);
      assert.deepEqual(await hook(page, 'pathAlternatives'), expected.map((path) => path.nodes.map((node) => node.id)));
      assert.equal(await activeId(page), 'path-steps', 'focus is on the steps of the path now drawn');
      await page.click('#path-clear');
      assert.equal(new URL(page.url()).searchParams.get('pathFrom'), null);
      await page.uncheck('#path-avoid-hubs');
    });
  });

  it('hides events outside the date range', async () => {
    await page.fill('#date-from', '2005');
    await page.fill('#date-to', '2005');
    await page.click('#date-apply');
    const hidden = await hook<string[]>(page, 'hiddenNodes');
    assert.ok(hidden.includes('event/tuidang-movement'), 'the movement (2004) is hidden');
    assert.ok(!hidden.includes('event/gao-zhisheng-withdrawal'), 'a December 2005 withdrawal stays');
    assert.ok(hidden.every((id) => id.startsWith('event/')), 'only events are hidden');
    await page.waitForSelector('#date-count:text("hidden")');
    await page.click('#date-clear');
    assert.deepEqual(await hook(page, 'hiddenNodes'), []);
  });

  it('charts every withdrawal claim, one series per claimant, over the days its date means, and lists them in a table', async () => {
    await page.click('#tab-stats');
    await page.waitForFunction(() => (window as any).__explorer.statisticsPoints() !== null);
    type Point = { id: string; x: number; from: number; to: number; asOf: string; source: string; claimant: string | null };
    const series = await hook<{ label: string; points: Point[] }[]>(page, 'statisticsPoints');
    const { body } = await server.gql(`{ c: statistics(metric: CUMULATIVE_WITHDRAWALS) { id } d: statistics(metric: DAILY_WITHDRAWALS) { id } }`);
    const idsOf = (prefix: string) => new Set(series.filter((s) => s.label.startsWith(prefix)).flatMap((s) => s.points.map((p) => p.id)));
    assert.deepEqual(idsOf('Cumulative'), new Set(body.data.c.map((s: { id: string }) => s.id)));
    assert.deepEqual(idsOf('Per day'), new Set(body.data.d.map((s: { id: string }) => s.id)));
    for (const s of series) assert.equal(new Set(s.points.map((p) => p.claimant)).size, 1, `${s.label} holds one claimant's figures`);
    assert.ok(series.every((s) => s.points.every((p) => p.source.length > 0)));
    // A month is drawn as a month, a day as a day, each point in the middle of its span.
    const points = series.flatMap((s) => s.points);
    const month = points.find((p) => /^\d{4}-\d{2}$/.test(p.asOf));
    const day = points.find((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.asOf));
    assert.ok(month && day, 'the seed has claims dated to a month and to a day');
    assert.ok(month.to - month.from > 27 / 366 && month.to - month.from < 32 / 365, `${month.asOf} spans a month`);
    assert.ok(day.to - day.from < 1.01 / 365, `${day.asOf} spans a day`);
    for (const p of points) assert.ok(Math.abs(p.x - (p.from + p.to) / 2) < 1e-9);

    const total = body.data.c.length + body.data.d.length;
    assert.equal(await page.locator('#stats-table-wrap tbody tr').count(), total);
    await page.click('#stats-table-wrap th button.sort[data-column="figure"]');
    assert.equal(await page.getAttribute('#stats-table-wrap th:has(button[data-column="figure"])', 'aria-sort'), 'ascending');
    await page.fill('#stats-text', '2021');
    const narrowed = await hook<string[]>(page, 'statisticsTable');
    assert.ok(narrowed.length > 0 && narrowed.length < total, `${narrowed.length} of ${total} rows mention 2021`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#stats-csv')]);
    assert.equal(readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n').length - 1, narrowed.length);
    await page.fill('#stats-text', '');
    await page.screenshot({ path: join(SCREENSHOTS, 'statistics.png'), fullPage: true });
  });

  it('tells the statistics series apart, gives each qualifier its marker and key, and switches series from checkboxes', async () => {
    await page.click('#tab-stats');
    await page.waitForFunction(() => (window as any).__explorer.statisticsSeries() !== null);
    type Series = { label: string; color: string; dashed: boolean; axis: string; visible: boolean; marks: { qualifier: string; style: string }[] };
    const series = await hook<Series[]>(page, 'statisticsSeries');
    assert.ok(series.length > 7, `${series.length} series, more than the old palette's 7 colours`);
    assert.equal(new Set(series.map((s) => `${s.color} ${s.dashed}`)).size, series.length, 'no two series share colour and line');
    for (const s of series) {
      assert.equal(s.dashed, s.axis === 'daily', `${s.label}: dashed exactly when read on the right axis`);
      assert.equal(s.label.includes('(right axis)'), s.axis === 'daily', `${s.label} names its axis`);
    }
    const styles = new Map<string, Set<string>>();
    for (const { qualifier, style } of series.flatMap((s) => s.marks)) styles.set(qualifier, (styles.get(qualifier) ?? new Set()).add(style));
    assert.ok([...styles.values()].every((set) => set.size === 1), 'one marker per qualifier');
    assert.equal(new Set([...styles.values()].map((set) => [...set][0])).size, styles.size, 'no two qualifiers share a marker');
    assert.ok(styles.size >= 3, `the figures use ${styles.size} qualifiers`);
    assert.equal(await page.locator('#stats-key li').count(), styles.size, 'the key explains each marker used');

    // The series list works from the keyboard: Space on a focused checkbox hides its series.
    const boxes = page.locator('#stats-series-list input[type="checkbox"]');
    assert.equal(await boxes.count(), series.length);
    const range = await hook<{ min: number; max: number }>(page, 'statisticsXRange');
    await boxes.first().focus();
    await page.keyboard.press('Space');
    const first = Number(await boxes.first().getAttribute('data-series'));
    assert.equal((await hook<Series[]>(page, 'statisticsSeries'))[first]!.visible, false);
    for (let i = 0; i < series.length; i++) await boxes.nth(i).uncheck();
    assert.ok((await hook<Series[]>(page, 'statisticsSeries')).every((s) => !s.visible));
    assert.deepEqual(await hook(page, 'statisticsXRange'), range, 'the date axis keeps its range with every series off');
    assert.ok(range.max - range.min >= 5, `the axis spans years (${range.min}-${range.max})`);
    for (let i = 0; i < series.length; i++) await boxes.nth(i).check();

    // At 400px the series list wraps and the table becomes cards: nothing scrolls sideways.
    await page.setViewportSize({ width: 400, height: 860 });
    await page.waitForTimeout(200);
    const widths = await page.evaluate(() => {
      const wrap = document.getElementById('stats-table-wrap')!;
      const list = document.getElementById('stats-series-list')!.getBoundingClientRect();
      return { page: document.documentElement.scrollWidth, table: wrap.scrollWidth - wrap.clientWidth, list: list.right };
    });
    await page.setViewportSize({ width: 1400, height: 860 });
    assert.ok(widths.page <= 400, `page is ${widths.page}px wide`);
    assert.equal(widths.table, 0, 'the table does not scroll sideways');
    assert.ok(widths.list <= 400, `the series list ends at ${widths.list}px`);
  });

  it('lists the events in a table that narrows by kind, sorts by date and downloads as CSV', async () => {
    await page.click('#tab-events');
    await page.waitForFunction(() => ((window as any).__explorer.eventRows() ?? []).length > 0);
    const { body } = await server.gql(`{ all: events(first: 0) { totalCount } quits: events(first: 100, filter: { kinds: [PUBLIC_WITHDRAWAL] }) { edges { node { id startDate } } } }`);
    assert.equal((await hook<string[]>(page, 'eventRows')).length, body.data.all.totalCount);

    await page.selectOption('#events-kind', 'PUBLIC_WITHDRAWAL');
    const quits = body.data.quits.edges.map((edge: any) => edge.node) as { id: string; startDate: string | null }[];
    assert.deepEqual(new Set(await hook<string[]>(page, 'eventRows')), new Set(quits.map((event) => event.id)));
    // Sorted by date: dated ones first, ascending, undated last.
    const dated = quits.filter((event) => event.startDate !== null).sort((a, b) => a.startDate!.localeCompare(b.startDate!) || a.id.localeCompare(b.id));
    assert.deepEqual((await hook<string[]>(page, 'eventRows')).slice(0, dated.length), dated.map((event) => event.id));
    await page.focus('#events-table-wrap th button.sort[data-column="date"]');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('th:has(button[data-column="date"])', 'aria-sort'), 'descending');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-column')), 'date', 'focus stays on the header that sorted');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#events-csv')]);
    const lines = readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n');
    assert.equal(lines[0], '"Event","Kind","When","Where","Who","Sources (paragraphs)"');
    assert.equal(lines.length - 1, quits.length);
    assert.equal(await page.locator('#events-table-wrap tbody tr').count(), quits.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'events.png'), fullPage: true });
  });

  it('draws the events on a timeline in date order, a month as a month, the undated apart, and shows a chosen one in the graph', async () => {
    await page.selectOption('#events-kind', '');
    const { body } = await server.gql(`{ events(first: 100) { edges { node { id startDate endDate } } } }`);
    const events = body.data.events.edges.map((edge: any) => edge.node) as { id: string; startDate: string | null; endDate: string | null }[];
    const rows = await page.$$eval('#timeline-body .tl-row', (items) =>
      items.map((li) => {
        const mark = li.querySelector<HTMLElement>('.tl-mark')!;
        return { id: li.getAttribute('data-id')!, start: Number(li.getAttribute('data-start')), end: Number(li.getAttribute('data-end')), width: mark.style.width };
      }),
    );
    const undated = await page.$$eval('#timeline-body .tl-undated li', (items) => items.map((li) => li.getAttribute('data-id')));
    assert.deepEqual(new Set(rows.map((row) => row.id)), new Set(events.filter((e) => e.startDate).map((e) => e.id)), 'every dated event is drawn');
    assert.deepEqual(new Set(undated), new Set(events.filter((e) => !e.startDate).map((e) => e.id)), 'the undated are listed apart');
    assert.ok(undated.length > 0 && rows.length > 0);
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i]!.start >= rows[i - 1]!.start, `${rows[i]!.id} comes after ${rows[i - 1]!.id}`);
    const day = 86_400_000;
    const byDate = (pattern: RegExp) => rows.find((row) => pattern.test(events.find((e) => e.id === row.id)!.startDate!) && !events.find((e) => e.id === row.id)!.endDate);
    const month = byDate(/^\d{4}-\d{2}$/);
    const year = byDate(/^\d{4}$/);
    assert.ok(month && year, 'the seed has events dated to a month and to a year');
    assert.ok((month.end - month.start) / day >= 28 && (month.end - month.start) / day <= 31, 'a month spans its days');
    assert.ok((year.end - year.start) / day >= 365, 'a year spans its days');
    // Drawn to the same scale: the month's bar is about a twelfth of the year's.
    const ratio = parseFloat(month.width) / parseFloat(year.width);
    assert.ok(ratio > 28 / 366 && ratio < 31 / 365, `month/year widths ${month.width} / ${year.width}`);
    // The Events tab scrolls inside the page: a window as tall as the timeline pictures all of it.
    const tall = await page.locator('#timeline').boundingBox();
    await page.setViewportSize({ width: 1400, height: Math.ceil(tall!.y + tall!.height + 20) });
    await page.locator('#timeline').screenshot({ path: join(SCREENSHOTS, 'timeline.png') });

    await page.setViewportSize({ width: 400, height: 860 });
    await page.waitForTimeout(200);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 400, 'the timeline fits a 400px window');
    const label = await page.locator('#timeline-body .tl-row .tl-label').first().boundingBox();
    const track = await page.locator('#timeline-body .tl-row .tl-track').first().boundingBox();
    assert.ok(label && track && track.y >= label.y + label.height - 1 && track.width > 250, 'at 400px the bar sits under its label, across the width');
    // The first screenful: the whole list at 400px is some 2,800px tall.
    const narrow = (await page.locator('#timeline').boundingBox())!;
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-narrow.png'), fullPage: true, clip: { x: 0, y: narrow.y, width: 400, height: Math.min(narrow.height, 860) } });
    await page.setViewportSize({ width: 1400, height: 860 });

    // Chosen with the keyboard, the event becomes the graph's centre and focus moves to its details.
    const chosen = rows.find((row) => row.id === 'event/gao-zhisheng-withdrawal')!;
    await page.focus(`#timeline-body .tl-row[data-id="${chosen.id}"] button`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as any).__explorer.centre() === id, chosen.id);
    assert.equal(await page.getAttribute('#tab-graph', 'aria-selected'), 'true');
    await page.waitForFunction(() => document.activeElement?.id === 'details-title');
    await page.click('#tab-events');
  });

  it('opens the entities and reports the tables and the details panel name, and offers "Show in graph" for one outside the view', async () => {
    // Events table: a participant's name, from the keyboard.
    await page.click('#tab-events');
    await page.selectOption('#events-kind', '');
    const row = '#events-table-wrap tr[data-id="event/gao-zhisheng-withdrawal"]';
    await page.focus(`${row} button[data-open="person/gao-zhisheng"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'person/gao-zhisheng');
    assert.equal(await page.getAttribute('#tab-graph', 'aria-selected'), 'true');
    await page.waitForFunction(() => document.activeElement?.id === 'details-title');
    // Statistics table: a source report and a claimant.
    await page.click('#tab-stats');
    await page.waitForSelector('#stats-table-wrap td button[data-open]');
    const claimant = page.locator('#stats-table-wrap tbody tr td:nth-child(5) button[data-open]').first();
    const claimantId = (await claimant.getAttribute('data-open'))!;
    await claimant.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as any).__explorer.centre() === id, claimantId);
    await page.click('#tab-stats');
    const report = page.locator('#stats-table-wrap tbody tr td:nth-child(6) button[data-open^="report/"]').first();
    const reportId = (await report.getAttribute('data-open'))!;
    await report.click();
    await page.waitForFunction((id) => (window as any).__explorer.centre() === id, reportId);

    // Details panel: the figures about the party name their claimants and their reports with paragraphs, as links.
    await pickSuggestion(page, '#search', 'Chinese Communist Party', 'org/ccp');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'org/ccp');
    await page.waitForSelector('#details .figures button.cited');
    assert.match((await page.locator('#details .figures button.cited').first().textContent()) ?? '', /¶ \d/, 'a figure links its report with the paragraph');
    const inView = new Set(await hook<string[]>(page, 'nodes'));
    const outside = await page.$$eval('#details .figures button[data-id]', (links) => links.map((link) => link.getAttribute('data-id')!));
    const away = outside.find((id) => !inView.has(id));
    assert.ok(away, `a figure names an entity outside the view (${outside.join(', ')})`);
    await page.focus(`#details .figures button[data-id="${away}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as any).__explorer.detailsShowing() === id, away);
    await page.waitForSelector('#show-in-graph');
    await page.focus('#show-in-graph');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as any).__explorer.centre() === id, away);
    await page.waitForFunction(() => document.activeElement?.id === 'details-title');
    assert.equal(await page.locator('#show-in-graph').count(), 0, 'once in the graph, the button goes');
  });

  it('links the claimant of an alleged relation in the details panel', async () => {
    // seed/data/relations.json: the party carried out the killings, alleged by the 2016 report.
    const claimant = 'report/organ-harvesting-report-2016';
    await pickSuggestion(page, '#search', 'Chinese Communist Party', 'org/ccp');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'org/ccp');
    await page.locator('#relations-in-view').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.click('#relations-in-view-list button[data-relation="rel/org.ccp/carried-out/event.forced-organ-harvesting/per-2016-report"]');
    await page.waitForSelector('#details .fields dt:text-is("Asserted")');
    const link = page.locator(`#details .fields dd button[data-id="${claimant}"]`);
    assert.equal(await link.count(), 1, 'the claimant is a link');
    await page.locator('#details').screenshot({ path: join(SCREENSHOTS, 'details-relation-alleged.png') });
    await link.click();
    await page.waitForFunction((id) => (window as any).__explorer.detailsShowing() === id, claimant);
  });

  it('leads a keyboard from the search to a node and on to its source, keeping focus in the details', async () => {
    await page.focus('#tab-graph');
    await page.keyboard.press('Enter');
    await pickSuggestion(page, '#search', 'Rong Yi', 'person/rong-yi');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'person/rong-yi');
    await page.focus('.in-view summary');
    await page.keyboard.press('Enter');
    await page.focus('#in-view-list button[data-id="person/rong-yi"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-title:text("Rong Yi")');
    await page.waitForSelector('#details button.source');
    const source = page.locator('#details button.source').first();
    const name = (await source.textContent())!.trim();
    await source.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((expected) => document.getElementById('details-title')?.textContent === expected, name);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'details-title', 'focus stays in the details panel');
  });

  it('puts the tab and the date range in the address, and a copied address opens them again', async () => {
    await page.click('#tab-graph');
    await page.fill('#date-from', '2005');
    await page.fill('#date-to', '2006');
    await page.click('#date-apply');
    await page.click('#tab-events');
    const address = new URL(page.url());
    assert.deepEqual([address.searchParams.get('tab'), address.searchParams.get('from'), address.searchParams.get('to')], ['events', '2005', '2006']);
    const copy = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      await copy.goto(address.href);
      await copy.waitForFunction(() => document.getElementById('tab-events')?.getAttribute('aria-selected') === 'true');
      assert.equal(await copy.inputValue('#date-from'), '2005');
      assert.equal(await copy.inputValue('#date-to'), '2006');
      await copy.waitForFunction(() => (window as any).__explorer.hiddenNodes().length > 0);
      const hidden = await copy.evaluate(() => (window as any).__explorer.hiddenNodes() as string[]);
      assert.ok(hidden.every((id) => id.startsWith('event/')), `only events outside 2005-2006 are hidden: ${hidden.join(', ')}`);
    } finally {
      await copy.close();
    }
    await page.click('#tab-graph');
    await page.click('#date-clear');
    assert.equal(new URL(page.url()).searchParams.get('from'), null);
  });

  it('reaches every node and relation by keyboard alone: select, expand, and a relation on to its source report', async () => {
    await page.click('#tab-graph');
    await page.focus('#search');
    await pickSuggestion(page, '#search', 'Rong Yi', 'person/rong-yi');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'person/rong-yi');
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
    // The canvas takes focus with a visible ring.
    await tabTo(page, '#graph');
    assert.equal(await page.$eval('#graph', (graph) => getComputedStyle(graph).outlineStyle), 'solid', 'the focused canvas shows a ring');
    await page.focus('#search');

    // Nodes: Enter on a name selects it; its Expand button adds its neighbours and keeps focus.
    await tabTo(page, '#in-view summary');
    if (!(await page.$eval('#in-view', (box) => (box as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
    await tabTo(page, '#in-view-list button[data-id="person/rong-yi"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__explorer.selected().node === 'person/rong-yi');
    const neighbour = (await hook<{ source: string; target: string }[]>(page, 'edges')).map((e) => (e.source === 'person/rong-yi' ? e.target : e.source)).find((id) => id !== 'person/rong-yi')!;
    const order = (await hook<string[]>(page, 'nodes')).length;
    await page.focus('#search');
    await tabTo(page, `#in-view-list button[data-expand="${neighbour}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window as any).__explorer.nodes().length > n, order);
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-expand') === id, neighbour);
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());

    // Relations: source — type — target, and "sources" opens the relation in the details panel.
    await tabTo(page, '#relations-in-view summary');
    if (!(await page.$eval('#relations-in-view', (box) => (box as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
    await page.waitForSelector('#relations-in-view-list li'); // built once the list opens
    const listed = await page.$$eval('#relations-in-view-list li', (items) => items.map((li) => li.getAttribute('data-edge')));
    assert.deepEqual(new Set(listed), new Set((await hook<{ id: string }[]>(page, 'edges')).map((e) => e.id)), 'every relation drawn is listed');
    const item = page.locator('#relations-in-view-list li').first();
    const [from, to] = await item.locator('button[data-id]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id')));
    const edge = (await item.getAttribute('data-edge'))!;
    const drawn = (await hook<{ id: string; source: string; target: string }[]>(page, 'edges')).find((e) => e.id === edge)!;
    assert.deepEqual([from, to], [drawn.source, drawn.target]);
    await tabTo(page, `#relations-in-view-list li[data-edge="${edge}"] button.sources-of`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details button.source');
    assert.equal(await activeId(page), 'details-title', 'focus moves to the relation in the details panel');
    await page.locator('.controls').screenshot({ path: join(SCREENSHOTS, 'relations-list.png') });
    const source = page.locator('#details button.source').first();
    const name = (await source.textContent())!.trim();
    await tabTo(page, '#details button.source');
    await page.keyboard.press('Enter');
    await page.waitForFunction((expected) => document.getElementById('details-title')?.textContent === expected, name);
    assert.equal(await activeId(page), 'details-title', 'after following the source, focus is on its heading, not <body>');
  });

  it('keeps keyboard focus on a kind or relation-type checkbox after Space toggles it (the lists are rebuilt)', async () => {
    const setOpen = (open: boolean) => page.$$eval('details.relation-filter', (boxes, o) => boxes.forEach((box) => ((box as HTMLDetailsElement).open = o)), open);
    await setOpen(true);
    const kinds = await page.$$eval('#kinds input[data-kind]', (inputs) => inputs.map((input) => input.getAttribute('data-kind')!));
    assert.ok(kinds.length > 1, 'the view lists several kinds');
    const kind = kinds[1]!;
    await page.focus(`#kinds input[data-kind="${kind}"]`);
    await page.keyboard.press('Space');
    await page.waitForFunction((k) => !(document.querySelector(`#kinds input[data-kind="${k}"]`) as HTMLInputElement).checked, kind);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-kind')), kind, 'focus stays on the kind just unticked');
    await page.keyboard.press('Space');
    await page.waitForFunction((k) => (document.querySelector(`#kinds input[data-kind="${k}"]`) as HTMLInputElement).checked, kind);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-kind')), kind, 'and on it again once ticked');

    const type = await page.$eval('#relation-types input[data-relation-type]', (input) => input.getAttribute('data-relation-type')!);
    await page.focus(`#relation-types input[data-relation-type="${type}"]`);
    await page.keyboard.press('Space');
    await page.waitForFunction((t) => !(document.querySelector(`#relation-types input[data-relation-type="${t}"]`) as HTMLInputElement).checked, type);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-relation-type')), type, 'focus stays on the relation type just unticked');
    await page.keyboard.press('Space');
    await page.waitForFunction((t) => (document.querySelector(`#relation-types input[data-relation-type="${t}"]`) as HTMLInputElement).checked, type);
    await setOpen(false);
  });

  it('filters by kind and hides hubs, keeps both in the address through a reload, Back and Forward', async () => {
    await page.click('.kind-filter summary');
    const kinds = await hook<Record<string, string | null>>(page, 'kinds');
    const kind = [...new Set(Object.values(kinds).filter((k): k is string => k !== null))].sort()[0]!;
    assert.ok(kind, 'the view holds entities with a kind');
    await page.uncheck(`input[data-kind="${kind}"]`);
    const ofKind = Object.keys(kinds).filter((id) => kinds[id] === kind).sort();
    assert.deepEqual((await hook<string[]>(page, 'hiddenNodes')).sort(), ofKind);

    // Hide the 2 most connected nodes: the centre is never one of them.
    await page.fill('#hub-count', '2');
    await page.check('#hide-hubs');
    const centre = await hook<string>(page, 'centre');
    const degree = new Map<string, number>();
    for (const e of await hook<{ source: string; target: string }[]>(page, 'edges')) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const ranked = [...degree].filter(([id]) => id !== centre).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const hubs = ranked.slice(0, 2).map(([id]) => id);
    const hidden = new Set(await hook<string[]>(page, 'hiddenNodes'));
    for (const hub of hubs) assert.ok(hidden.has(hub), `${hub} (${degree.get(hub)} relations) is hidden as a hub`);
    assert.ok(!hidden.has(centre), 'the centre stays');
    assert.match((await page.textContent('#hub-hidden')) ?? '', /^Hidden: /);
    const address = new URL(page.url());
    assert.deepEqual([address.searchParams.get('hide-kinds'), address.searchParams.get('hubs')], [kind, '2']);

    await page.reload();
    await page.waitForFunction((id) => (window as any).__explorer.centre() === id, centre);
    assert.equal(await page.isChecked('#hide-hubs'), true);
    assert.equal(await page.inputValue('#hub-count'), '2');
    await page.click('.kind-filter summary');
    assert.equal(await page.isChecked(`input[data-kind="${kind}"]`), false);
    assert.deepEqual(new Set(await hook<string[]>(page, 'hiddenNodes')), hidden, 'the reloaded view hides the same nodes');

    await page.goBack();
    await page.waitForFunction((id) => (window as any).__explorer.centre() !== id, centre);
    const back = new URL(page.url());
    assert.deepEqual([back.searchParams.get('hide-kinds'), back.searchParams.get('hubs')], [kind, '2'], 'Back keeps the filters');
    const backKinds = await hook<Record<string, string | null>>(page, 'kinds');
    const backHidden = await hook<string[]>(page, 'hiddenNodes');
    for (const id of Object.keys(backKinds).filter((id) => backKinds[id] === kind)) assert.ok(backHidden.includes(id), `${id} stays hidden after Back`);
    await page.goForward();
    await page.waitForFunction((id) => (window as any).__explorer.centre() === id, centre);
    assert.equal(new URL(page.url()).searchParams.get('hubs'), '2');

    await page.check(`input[data-kind="${kind}"]`);
    await page.uncheck('#hide-hubs');
    assert.deepEqual(await hook(page, 'hiddenNodes'), []);
    const cleared = new URL(page.url());
    assert.deepEqual([cleared.searchParams.get('hide-kinds'), cleared.searchParams.get('hubs')], [null, null]);
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
  });

  it('never hides the selected node as a hub, names kinds once, and fades undated events under a date filter', async () => {
    await pickSuggestion(page, '#search', 'Chinese Communist Party', 'org/ccp');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'org/ccp');
    await page.waitForFunction(() => !(window as any).__explorer.layoutRunning());
    // The most connected node after the centre, selected, then hubs hidden.
    const degree = new Map<string, number>();
    for (const e of await hook<{ source: string; target: string }[]>(page, 'edges')) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const hub = [...degree].filter(([id]) => id !== 'org/ccp').sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    await page.locator('#in-view').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.click(`#in-view-list button[data-id="${hub}"]`);
    await page.waitForFunction((id) => (window as any).__explorer.selected().node === id, hub);
    await page.fill('#hub-count', '2');
    await page.check('#hide-hubs');
    const hidden = await hook<string[]>(page, 'hiddenNodes');
    assert.ok(hidden.length > 0 && !hidden.includes(hub), `the selected hub ${hub} stays drawn (hidden: ${hidden.join(', ')})`);
    await page.uncheck('#hide-hubs');
    await page.fill('#hub-count', '3');

    // Kinds: "youth organization", not "youth organization organization".
    await page.locator('.kind-filter').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const kinds = await page.$$eval('#kinds label', (labels) => labels.map((label) => label.textContent ?? ''));
    assert.ok(kinds.some((kind) => kind.startsWith('youth organization')), `the party's view holds a youth organization: ${kinds.join(' | ')}`);
    for (const kind of kinds) assert.doesNotMatch(kind, /\b(\w+) \1\b/, `${kind} repeats a word`);

    // Undated events stay under a date range, drawn faded and counted apart.
    const undated = 'event/forced-organ-harvesting';
    assert.ok((await hook<string[]>(page, 'nodes')).includes(undated), `${undated} (undated) is in the party's view`);
    const plain = await hook<{ color: string; own: string }>(page, 'nodeLook', undated);
    assert.equal(plain.color, plain.own, 'without a range it has its type colour');
    await page.fill('#date-from', '2005');
    await page.fill('#date-to', '2005');
    await page.click('#date-apply');
    const faded = await hook<{ color: string; own: string; hidden: boolean }>(page, 'nodeLook', undated);
    assert.ok(!faded.hidden && faded.color !== faded.own, `drawn, in a faded colour: ${JSON.stringify(faded)}`);
    assert.match((await page.textContent('#date-count')) ?? '', /undated events? shown faded/);
    await page.locator('.stage').screenshot({ path: join(SCREENSHOTS, 'explorer-undated-faded.png') });
    await page.click('#date-clear');
    assert.equal((await hook<{ color: string; own: string }>(page, 'nodeLook', undated)).color, plain.own);
  });

  it("passes axe-core's WCAG 2.2 AA rules on every view, with lists, a relation and paths open, and at 400px", async () => {
    const problems: string[] = [];
    const check = async (state: string) => problems.push(...(await axeViolations(page)).map((v) => `${state}: ${v}`));
    await page.click('#tab-graph');
    await pickSuggestion(page, '#search', 'Chinese Communist Party', 'org/ccp');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'org/ccp');
    // The lists beside the canvas are checked open, with their buttons.
    await page.$$eval('#in-view, #relations-in-view, .kind-filter, .relation-filter', (boxes) => boxes.forEach((box) => ((box as HTMLDetailsElement).open = true)));
    await page.check('#hide-hubs');
    await check('graph with lists open and hubs hidden');
    await page.uncheck('#hide-hubs');
    // A relation in the details panel: its From and To are targets of their own.
    // One whose ends have short names: a name that wraps makes its link tall enough by chance.
    const short = await page.$$eval('#relations-in-view-list li', (items) =>
      items.find((li) => Array.from(li.querySelectorAll('button[data-id]')).every((b) => (b.textContent ?? '').length < 24))?.getAttribute('data-edge'),
    );
    assert.ok(short, 'a relation in view joins two short names');
    await page.click(`#relations-in-view-list li[data-edge="${short}"] button.sources-of`);
    await page.waitForSelector('#details .fields dt:text-is("From")');
    await check('graph with a relation in the details');
    // Paths listed, one entity avoided.
    await pickSuggestion(page, '#path-from', 'Jiang Zemin', 'person/jiang-zemin');
    await pickSuggestion(page, '#path-to', 'Rong Yi', 'person/rong-yi');
    await page.check('#path-avoid-hubs');
    await page.click('#path-find');
    await page.waitForSelector('#path-alternatives button[data-index="2"]');
    await page.locator('#path-steps button.path-avoid-node').first().click();
    await page.waitForSelector('#path-avoided .avoided-node button');
    await page.waitForSelector('#path-steps li');
    await check('graph with paths listed');
    await page.setViewportSize({ width: 400, height: 860 });
    await check('graph at 400px');
    await page.setViewportSize({ width: 1400, height: 860 });
    await page.click('#path-clear');
    await page.uncheck('#path-avoid-hubs');
    for (const tab of ['stats', 'events']) {
      await page.click(`#tab-${tab}`);
      await check(tab);
    }
    await page.click('#tab-graph');
    assert.deepEqual(problems, []);
  });

  it('stacks its panels in a 400px window', async () => {
    await page.click('#tab-graph');
    await page.setViewportSize({ width: 400, height: 860 });
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 400, `page is ${overflow}px wide`);
    const controls = await page.locator('.controls').boundingBox();
    const graph = await page.locator('#graph').boundingBox();
    assert.ok(controls && graph && graph.y >= controls.y + controls.height - 1, 'the graph sits below the tools');
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1400, height: 860 });
  });

  it('shows the events and figures tables as one card per row at 400px, each cell under its column name, with no sideways scroll', async () => {
    await openExplorer(page, server.origin);
    await page.setViewportSize({ width: 400, height: 860 });
    try {
      for (const tab of ['events', 'stats']) {
        await page.click(`#tab-${tab}`);
        const wrap = `#${tab}-table-wrap`;
        await page.waitForSelector(`${wrap} tbody tr`);
        const widths = await page.evaluate((selector) => {
          const box = document.querySelector(selector)!;
          return { wrap: [box.scrollWidth, box.clientWidth], page: [document.documentElement.scrollWidth, document.documentElement.clientWidth] };
        }, wrap);
        assert.ok(widths.wrap[0]! <= widths.wrap[1]!, `${tab}: the table scrolls sideways (${widths.wrap.join(' > ')})`);
        assert.ok(widths.page[0]! <= widths.page[1]!, `${tab}: the page scrolls sideways (${widths.page.join(' > ')})`);
        // Each card names its fields after the table's own headers, in their order.
        const headers = await page.$$eval(`${wrap} thead th`, (cells) => cells.map((th) => th.textContent ?? ''));
        const named = await page.$$eval(`${wrap} tbody tr:first-child td`, (cells) => cells.map((td) => getComputedStyle(td, '::before').content));
        assert.deepEqual(named, headers.map((title) => JSON.stringify(title)), `${tab}: card labels`);
        if (tab === 'events') {
          await page.locator(wrap).evaluate((box) => box.scrollIntoView());
          await page.screenshot({ path: join(SCREENSHOTS, 'events-narrow.png') });
        }
      }
    } finally {
      await page.setViewportSize({ width: 1400, height: 860 });
      await page.click('#tab-graph');
    }
  });

  it('keeps every legend and filter label inside its box at 400px', async () => {
    await openExplorer(page, server.origin);
    await page.click('#tab-graph');
    await page.setViewportSize({ width: 400, height: 860 });
    try {
      await page.$$eval('.relation-filter', (boxes) => boxes.forEach((box) => ((box as HTMLDetailsElement).open = true)));
      await page.waitForSelector('#legend li label');
      const cut = await page.$$eval('#legend li label, #relation-types li label, #kinds li label', (labels) =>
        labels.flatMap((label) => {
          const box = label.getBoundingClientRect();
          const item = label.parentElement!.getBoundingClientRect();
          return label.scrollWidth > label.clientWidth || box.right > item.right + 0.5 ? [`${label.textContent} (${label.scrollWidth} in ${label.clientWidth})`] : [];
        }),
      );
      assert.deepEqual(cut, [], 'labels that overflow their box');
      await page.locator('#legend').evaluate((list) => list.closest('.tool')!.scrollIntoView());
      await page.locator('#legend').screenshot({ path: join(SCREENSHOTS, 'legend-narrow.png') });
    } finally {
      await page.$$eval('.relation-filter', (boxes) => boxes.forEach((box) => ((box as HTMLDetailsElement).open = false)));
      await page.setViewportSize({ width: 1400, height: 860 });
    }
  });

  it('names a relation as such in the details, and shows the path there, not a relation off it, once a path is drawn', async () => {
    await openExplorer(page, server.origin);
    await page.click('#tab-graph');
    await page.locator('#relations-in-view').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const { body } = await server.gql(
      `query($avoid: [ID!]) { shortestPaths(fromId: "person/jiang-zemin", toId: "person/rong-yi", maxLength: 6, avoid: $avoid, first: 1) { nodes { id name } edges { id } } }`,
      { avoid: (await server.gql(`{ graphStats(mostConnected: 3) { mostConnected { entity { id } } } }`)).body.data.graphStats.mostConnected.map((hub: any) => hub.entity.id) },
    );
    const path = body.data.shortestPaths[0] as { nodes: { id: string; name: string }[]; edges: { id: string }[] };
    const onPath = new Set(path.edges.map((edge) => edge.id));
    const edge = await page.$$eval('#relations-in-view-list li[data-edge]', (items) => items.map((li) => li.getAttribute('data-edge')!));
    const off = edge.find((id) => !onPath.has(id))!;
    await page.click(`#relations-in-view-list li[data-edge="${off}"] button.sources-of`);
    await page.waitForFunction((id) => (window as any).__explorer.detailsShowing() === id, off);
    await page.waitForSelector('#details .fields dt:text-is("From")');
    assert.equal(await page.textContent('#details .type-chip'), 'Relation', 'the badge of a relation');

    await pickSuggestion(page, '#path-from', 'Jiang Zemin', 'person/jiang-zemin');
    await pickSuggestion(page, '#path-to', 'Rong Yi', 'person/rong-yi');
    await page.check('#path-avoid-hubs');
    await page.click('#path-find');
    await page.waitForSelector('#path-steps li');
    await page.waitForSelector('#details .path-summary');
    assert.notEqual(await hook(page, 'detailsShowing'), off, 'the relation off the path is no longer in the details');
    assert.equal(await page.textContent('#details-title'), `Path from ${path.nodes[0]!.name} to ${path.nodes.at(-1)!.name}`);
    const listed = await page.$$eval('#details .path-summary button[data-id]', (buttons) => buttons.map((b) => b.getAttribute('data-id')));
    assert.deepEqual(listed, path.nodes.map((node) => node.id), 'the entities of the path, in order');
    await page.locator('#details').screenshot({ path: join(SCREENSHOTS, 'details-path.png') });
    // An entity of the path opens from there.
    await page.click(`#details .path-summary button[data-id="${path.nodes[1]!.id}"]`);
    await page.waitForFunction((id) => (window as any).__explorer.detailsShowing() === id, path.nodes[1]!.id);
    await page.click('#path-clear');
    await page.uncheck('#path-avoid-hubs');
  });

  it('exports the current view as a PNG image and as GEXF that a GEXF parser reads back', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const image = readFileSync((await png.path())!);
    assert.deepEqual([...image.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    // Decoded by the browser: as large as the page said, a legend swatch of each type drawn in its
    // colour, and a title (dark pixels) in the band above the drawing.
    const layout = await hook<{ width: number; height: number; swatches: { x: number; y: number; color: string; shape: string }[] }>(page, 'pngLayout');
    const decoded = await page.evaluate(
      async ({ base64, swatches }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const hex = (x: number, y: number) => '#' + [...context.getImageData(x, y, 1, 1).data.slice(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
        const title = context.getImageData(0, 0, bitmap.width, Math.round(bitmap.height * 0.04)).data;
        let dark = 0;
        for (let i = 0; i < title.length; i += 4) if (title[i]! < 100 && title[i + 1]! < 100 && title[i + 2]! < 100) dark++;
        // 5px right of and below a mark's centre is inside a square (half-side 6px) but outside a
        // diamond or hexagon of the same radius: the legend draws each type's own shape.
        const corners = swatches.map((s) => hex(s.x + 5, s.y + 5));
        return { width: bitmap.width, height: bitmap.height, swatches: swatches.map((s) => hex(s.x, s.y)), corners, dark };
      },
      { base64: image.toString('base64'), swatches: layout.swatches },
    );
    assert.deepEqual([decoded.width, decoded.height], [layout.width, layout.height]);
    assert.ok(layout.swatches.length >= 2, 'the legend names the types drawn');
    assert.deepEqual(decoded.swatches, layout.swatches.map((s) => s.color.toLowerCase()));
    const told = ['square', 'diamond', 'hexagon'];
    const probes = layout.swatches.flatMap((s, i) => (told.includes(s.shape) ? [[s.shape, decoded.corners[i]]] : []));
    const shapes = layout.swatches.flatMap((s) => (told.includes(s.shape) ? [[s.shape, s.shape === 'square' ? s.color.toLowerCase() : '#ffffff']] : []));
    assert.deepEqual(probes, shapes, 'squares fill the corner probe, diamonds and hexagons leave it white');
    assert.equal(probes.length, 3, 'the view holds organizations, events and reports');
    assert.ok(decoded.dark > 50, 'the title is written');
    writeFileSync(join(SCREENSHOTS, 'export.png'), image);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const exported = parseGexf(MultiDirectedGraph, readFileSync((await gexf.path())!, 'utf8'));
    assert.deepEqual(new Set(exported.nodes()), new Set(await hook<string[]>(page, 'nodes')));
    assert.equal(exported.size, (await hook<unknown[]>(page, 'edges')).length);
    // Kinds, aliases and sources as the server's exports name them; graphology-gexf reads the
    // liststring values back as arrays.
    const centre = await hook<string>(page, 'centre');
    const written = exported.getNodeAttributes(centre);
    assert.deepEqual(
      { type: written['type'], kind: written['kind'], aliases: written['aliases'] ?? [], sources: written['sources'] ?? [] },
      await viewedEntity(server, centre),
    );
    const relation = exported.edges().find((edge) => exported.getEdgeAttribute(edge, 'sources'));
    assert.ok(relation, 'relations carry their sources');
    assert.ok((exported.getEdgeAttribute(relation, 'sources') as string[]).every((source) => source.startsWith('report/')));
    assert.match(String(exported.getEdgeAttribute(relation, 'type')), /^[A-Z_]+$/);
  });

  it("writes the view's GEXF so that networkx reads its positions, colours, kinds, aliases and sources (the viz namespace is right)", { skip: NETWORKX_MISSING }, async () => {
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const { stdout } = await run(DEBIAN_PYTHON, [join(ROOT, 'ci', 'python', 'read_export.py'), 'networkx-gexf', (await gexf.path())!], { maxBuffer: 64 * 1024 * 1024 });
    const read = JSON.parse(stdout) as { nodes: { id: string; attributes: Record<string, { value: any }> }[] };
    assert.deepEqual(new Set(read.nodes.map((node) => node.id)), new Set(await hook<string[]>(page, 'nodes')));
    for (const node of read.nodes) {
      const viz = node.attributes['viz']?.value;
      assert.ok(viz?.position && Number.isFinite(viz.position.x) && viz.color, `networkx read the position and colour of ${node.id}`);
    }
    const centre = await hook<string>(page, 'centre');
    const attributes = read.nodes.find((node) => node.id === centre)!.attributes;
    const value = (name: string) => attributes[name]?.value;
    // networkx gives a liststring as the string written: the values joined with "|".
    const list = (name: string) => (value(name) === undefined ? [] : String(value(name)).split('|'));
    assert.deepEqual(
      { type: value('type'), kind: value('kind'), aliases: list('aliases'), sources: list('sources') },
      await viewedEntity(server, centre),
      `networkx read the kind, aliases and sources of ${centre}`,
    );
  });

  it("downloads the server's GraphML of the centre's neighbourhood, with our ids as attributes", async () => {
    const centre = await hook<string>(page, 'centre');
    const depth = Number(await page.inputValue('#depth'));
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-server-export="graphml"]')]);
    assert.equal(file.suggestedFilename().endsWith('.graphml'), true, file.suggestedFilename());
    const graph = parseGraphml(MultiDirectedGraph, readFileSync((await file.path())!, 'utf8'));
    const entityIds = graph.mapNodes((_node, attributes) => attributes['entityId']);
    const { body } = await server.gql(`{ export(format: GRAPHML, center: "${centre}", depth: ${depth}) { nodeCount edgeCount } }`);
    assert.deepEqual([graph.order, graph.size], [body.data.export.nodeCount, body.data.export.edgeCount]);
    assert.ok(entityIds.includes(centre), `the file holds the centre ${centre}`);
    assert.equal(graph.getAttribute('center'), centre);
  });

  it('says when the API cannot be reached, and works again once it can', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.fill('#search', '');
    await page.locator('#search').pressSequentially('Rong Yi', { delay: 15 });
    await page.waitForSelector('#search-list li.error:text("cannot be reached")');
    await page.unroute('**/graphql');
    await pickSuggestion(page, '#search', 'Rong Yi', 'person/rong-yi');
    await page.waitForFunction(() => (window as any).__explorer.centre() === 'person/rong-yi');
  });

  it('opens a 5,000-node file, draws it before its layout is done, improves it in steps, and answers a click', async () => {
    // The file goes in by path, as a user's would (the page reads it lazily, so it is removed after).
    const dir = mkdtempSync(join(tmpdir(), 'explorer-'));
    const file = join(dir, 'synthetic.json');
    writeFileSync(file, syntheticGraph(5000));
    const before = (await hook<unknown[]>(page, 'draws')).length;
    await page.setInputFiles('#import-file', file);
    await page.waitForFunction(() => (window as any).__explorer.nodes().length === 5000 && !(window as any).__explorer.importing(), undefined, {
      timeout: 60_000,
      polling: 100,
    });
    rmSync(dir, { recursive: true, force: true });
    // The import yields to the browser between its steps: the graph is on screen unlaid-out first,
    // then redrawn as the layout moves it, rather than appearing once at the end of one long task.
    const draws = (await hook<{ order: number }[]>(page, 'draws')).slice(Math.max(0, before - 50)).filter((draw) => draw.order === 5000);
    assert.ok(draws.length >= 2, `the 5,000 nodes were drawn ${draws.length} time(s); expected a first draw and at least one after layout`);
    // A click on a node still selects it and shows its details.
    const target = 'synthetic/1234';
    await clickNode(page, target);
    await page.waitForFunction(() => {
      const selected = (window as any).__explorer.selected().node;
      return selected && document.getElementById('details-title')?.textContent === `Synthetic ${selected.split('/')[1]}`;
    });
  });
});
