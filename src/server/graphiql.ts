/**
 * GraphiQL served by the app itself, scripts and styles included, so the IDE works offline:
 * React 18 UMD builds and graphiql's bundle are read from node_modules once and kept in memory.
 * The page holds no inline script or style, so its Content-Security-Policy can forbid both: the
 * start-up code is an asset of its own, and its settings a JSON data block it reads.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const GRAPHIQL_PATH = '/graphiql';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

type Asset = { readonly file: string; readonly type: string } | { readonly text: string; readonly type: string };

/** Starts GraphiQL with the settings the page carries in #graphiql-config. */
const BOOT_SCRIPT = `(() => {
  const config = JSON.parse(document.getElementById('graphiql-config').textContent);
  const fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: config.defaultQuery, defaultEditorToolsVisibility: true }),
  );
})();
`;

const PAGE_STYLE = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

const ASSETS: Readonly<Record<string, Asset>> = {
  'boot.js': { text: BOOT_SCRIPT, type: 'text/javascript' },
  'page.css': { text: PAGE_STYLE, type: 'text/css' },
  'react.js': { file: join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

export const DEFAULT_QUERY = `# Welcome to the Tuidang knowledge graph.
# Press the play button (or Ctrl-Enter) to run this query.
query PublicWithdrawalsIn2005 {
  events(filter: { kinds: [PUBLIC_WITHDRAWAL], from: "2005", to: "2005" }, first: 10) {
    totalCount
    edges {
      node {
        name
        startDate
        participants { name }
        sources { name publishedOn }
      }
    }
  }
}
`;

const loaded = new Map<string, Buffer>();

/** The asset under /graphiql/<name>, or undefined for a name that is not one. */
export function graphiqlAsset(name: string): { body: Buffer; type: string } | undefined {
  const asset = ASSETS[name];
  if (!asset) return undefined;
  let body = loaded.get(name);
  if (!body) {
    body = 'text' in asset ? Buffer.from(asset.text) : readFileSync(asset.file);
    loaded.set(name, body);
  }
  return { body, type: asset.type };
}

export function graphiqlPage(endpoint: string): string {
  // A JSON data block is never run as script; "<" is escaped so no value can close the element.
  const config = JSON.stringify({ endpoint, defaultQuery: DEFAULT_QUERY }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tuidang knowledge graph: GraphiQL</title>
  <link rel="stylesheet" href="${GRAPHIQL_PATH}/graphiql.css">
  <link rel="stylesheet" href="${GRAPHIQL_PATH}/page.css">
</head>
<body>
  <div id="graphiql">Loading GraphiQL...</div>
  <script type="application/json" id="graphiql-config">${config}</script>
  <script src="${GRAPHIQL_PATH}/react.js"></script>
  <script src="${GRAPHIQL_PATH}/react-dom.js"></script>
  <script src="${GRAPHIQL_PATH}/graphiql.js"></script>
  <script src="${GRAPHIQL_PATH}/boot.js"></script>
</body>
</html>
`;
}
