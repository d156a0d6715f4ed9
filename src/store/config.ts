/**
 * Which store to run, read from the environment: Neo4j when NEO4J_URI is set, else the embedded store.
 */
export interface Neo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export type StoreConfig = { readonly kind: 'memory' } | { readonly kind: 'neo4j'; readonly neo4j: Neo4jConfig };

export type Environment = Readonly<Record<string, string | undefined>>;

export class StoreConfigError extends Error {
  readonly code = 'BAD_STORE_CONFIG';
  constructor(readonly variable: string, message: string) {
    super(message);
    this.name = 'StoreConfigError';
  }
}

const DEFAULT_USER = 'neo4j';
const DEFAULT_DATABASE = 'neo4j';

export function storeConfigFrom(env: Environment): StoreConfig {
  const uri = nonBlank(env['NEO4J_URI']);
  if (uri === undefined) return { kind: 'memory' };
  const password = env['NEO4J_PASSWORD'];
  if (password === undefined) {
    throw new StoreConfigError('NEO4J_PASSWORD', `NEO4J_URI is set to "${uri}" but NEO4J_PASSWORD is not; set it, or unset NEO4J_URI to use the embedded store.`);
  }
  return {
    kind: 'neo4j',
    neo4j: {
      uri,
      user: nonBlank(env['NEO4J_USER']) ?? DEFAULT_USER,
      password,
      database: nonBlank(env['NEO4J_DATABASE']) ?? DEFAULT_DATABASE,
    },
  };
}

/** An empty variable counts as unset, as `NEO4J_URI= npm start` means "no Neo4j". */
function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
