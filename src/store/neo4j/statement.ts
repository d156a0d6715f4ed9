/**
 * Named, parameterized Cypher statements. Text is written with the `cypher` tag, which accepts
 * only schema identifiers from the model's closed enums and other `cypher` fragments: a value
 * (a string, a number) cannot be spliced into a statement, by the type checker or at run time.
 * Values travel as `$parameters`; each statement lists the ones it takes, so the executor's
 * types demand exactly those and the lint test declares exactly those to Neo4j's analyzer.
 */
import { ENTITY_TYPES, RELATION_TYPE_NAMES } from '../../model';

/** A node label or relationship type the model defines; the only text `cypher` lets through. */
export class CypherIdentifier {
  private constructor(
    readonly kind: 'label' | 'relationshipType',
    readonly text: string,
  ) {}

  static label(name: string): CypherIdentifier {
    if (!NODE_LABELS.includes(name)) throw new CypherTextError(`label ${JSON.stringify(name)} is not one the model defines`);
    return new CypherIdentifier('label', name);
  }

  static relationshipType(name: string): CypherIdentifier {
    if (!(RELATION_TYPE_NAMES as readonly string[]).includes(name)) {
      throw new CypherTextError(`relationship type ${JSON.stringify(name)} is not one the model defines`);
    }
    return new CypherIdentifier('relationshipType', name);
  }
}

/**
 * Every node label the store writes: the shared Entity label, one per entity type, and Statistic
 * for the graph readers see; StagedEntity, StagedStatistic and Retired for a load in progress
 * (graph-load.ts); GraphVersion for the one node naming the graph's version.
 */
export const NODE_LABELS: readonly string[] = ['Entity', ...ENTITY_TYPES, 'Statistic', 'StagedEntity', 'StagedStatistic', 'Retired', 'GraphVersion'];

export class CypherTextError extends Error {
  readonly code = 'CYPHER_TEXT';
  constructor(reason: string) {
    super(`cypher: ${reason}`);
    this.name = 'CypherTextError';
  }
}

/** Cypher text plus a record of what was interpolated into it (for the lint test to audit). */
export class CypherText {
  constructor(
    readonly text: string,
    readonly interpolated: readonly CypherIdentifier[],
  ) {}
}

export type CypherPart = CypherIdentifier | CypherText;

/** Template tag for Cypher: interpolates identifiers and fragments only, and throws on anything else. */
export function cypher(strings: TemplateStringsArray, ...parts: CypherPart[]): CypherText {
  let text = strings[0]!;
  const interpolated: CypherIdentifier[] = [];
  parts.forEach((part, i) => {
    if (part instanceof CypherIdentifier) {
      interpolated.push(part);
      text += part.text;
    } else if (part instanceof CypherText) {
      interpolated.push(...part.interpolated);
      text += part.text;
    } else {
      throw new CypherTextError(`refusing to interpolate ${JSON.stringify(part)}: pass values as $parameters`);
    }
    text += strings[i + 1]!;
  });
  return new CypherText(text, interpolated);
}

export interface Statement<P extends string = string> {
  /** Stable name, used in logs and error messages. */
  readonly name: string;
  readonly text: string;
  /** Every `$parameter` the text uses. */
  readonly params: readonly P[];
  /** Identifiers spliced in from the model's enums; never values. */
  readonly interpolated: readonly CypherIdentifier[];
}

/** The parameters a statement takes, each required (null stands for "no filter"). */
export type StatementParams<P extends string> = { readonly [K in P]: unknown };

export function defineStatement<P extends string>(name: string, params: readonly P[], body: CypherText): Statement<P> {
  if (!(body instanceof CypherText)) throw new CypherTextError(`statement ${name} must be written with the cypher tag`);
  return { name, text: dedent(body.text), params, interpolated: body.interpolated };
}

/** Strips the indentation the statements carry in source so that logs show them flush left. */
function dedent(text: string): string {
  // Leading blank lines (a fragment may open a statement) and trailing space carry no meaning.
  const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
