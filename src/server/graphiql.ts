/**
 * GraphiQL served by the app itself, scripts and styles included, so the IDE works offline:
 * React 18 UMD builds and graphiql's bundle are read from node_modules once and kept in memory.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const GRAPHIQL_PATH = '/graphiql';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

interface Asset {
  readonly file: string;
  readonly type: string;
}

const ASSETS: Readonly<Record<string, Asset>> = {
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
    body = readFileSync(asset.file);
    loaded.set(name, body);
  }
  return { body, type: asset.type };
}

export function graphiqlPage(endpoint: string): string {
  const config = JSON.stringify({ endpoint, defaultQuery: DEFAULT_QUERY }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tuidang knowledge graph: GraphiQL</title>
  <link rel="stylesheet" href="${GRAPHIQL_PATH}/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL...</div>
  <script src="${GRAPHIQL_PATH}/react.js"></script>
  <script src="${GRAPHIQL_PATH}/react-dom.js"></script>
  <script src="${GRAPHIQL_PATH}/graphiql.js"></script>
  <script>
    const config = ${config};
    const fetcher = GraphiQL.createFetcher({ url: config.endpoint });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: config.defaultQuery, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>
`;
}
