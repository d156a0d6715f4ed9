/**
 * Checks every statement of src/store/neo4j/cypher.ts offline with Neo4j's own parser and semantic
 * analysis (@neo4j-cypher/language-support), against a database schema derived from the model:
 * labels, relation types and their allowed ends, property keys, the statement's own parameters and
 * the procedures we call. Any error or warning fails. Further tests break statements on purpose to
 * show the check bites, and audit that no statement carries a spliced-in value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintCypherQuery, testData, type DbSchema, type Neo4jProcedure } from '@neo4j-cypher/language-support';
import { RELATION_TYPES, RELATION_TYPE_NAMES, ENTITY_TYPES } from '../../src/model';
import { ALL_STATEMENTS, FULLTEXT_INDEX, GRAPH, LIST_ENTITIES, LOOKUPS, PATH_LENGTH_CEILING, PROMOTE_ENTITIES, STAGE_RELATIONS, SCHEMA } from '../../src/store/neo4j/cypher';
import { PROPERTY_KEYS } from '../../src/store/neo4j/rows';
import { CypherIdentifier, CypherTextError, NODE_LABELS, cypher, type Statement } from '../../src/store/neo4j/statement';

const CYPHER_VERSION = 'CYPHER 5';

/** A procedure as Neo4j 5 describes it in SHOW PROCEDURES; the linter resolves CALLs against these. */
function procedure(name: string, mode: Neo4jProcedure['mode'], args: [string, string][], yields: [string, string][]): Neo4jProcedure {
  const describe = ([field, type]: [string, string]) => ({ name: field, type, description: field, isDeprecated: false });
  const signature = `${name}(${args.map(([a, t]) => `${a} :: ${t}`).join(', ')})${yields.length ? ` :: (${yields.map(([y, t]) => `${y} :: ${t}`).join(', ')})` : ''}`;
  return {
    name, description: name, mode, worksOnSystem: false, admin: false, signature,
    argumentDescription: args.map(describe), returnDescription: yields.map(describe), option: { deprecated: false },
  };
}

/** Exactly the procedures the store calls: a CALL to anything else is an error. */
const PROCEDURES: Record<string, Neo4jProcedure> = {
  'db.index.fulltext.queryNodes': procedure('db.index.fulltext.queryNodes', 'READ', [['indexName', 'STRING'], ['queryString', 'STRING'], ['options', 'MAP']], [['node', 'NODE'], ['score', 'FLOAT']]),
  'db.awaitIndexes': procedure('db.awaitIndexes', 'READ', [['timeOutSeconds', 'INTEGER']], []),
};

/** Neo4j 5's built-in functions (APOC excluded: Community ships without it), so a misspelled function is caught. */
const BUILT_IN_FUNCTIONS = Object.fromEntries(
  Object.entries(testData.mockSchema.functions?.[CYPHER_VERSION] ?? {}).filter(([, fn]) => fn.isBuiltIn),
);

/** Every (from label, relation type, to label) the model allows, with the shared :Entity label on either side. */
function graphSchema(): DbSchema['graphSchema'] {
  return RELATION_TYPE_NAMES.flatMap((relType) => {
    const spec = RELATION_TYPES[relType];
    const froms = ['Entity', ...spec.from];
    const tos = ['Entity', ...spec.to];
    return froms.flatMap((from) => tos.map((to) => ({ from, to, relType })));
  });
}

function schemaFor(params: readonly string[]): DbSchema {
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATION_TYPE_NAMES],
    propertyKeys: [...PROPERTY_KEYS],
    parameters: Object.fromEntries(params.map((name) => [name, null])),
    procedures: { [CYPHER_VERSION]: PROCEDURES },
    functions: { [CYPHER_VERSION]: BUILT_IN_FUNCTIONS },
    graphSchema: graphSchema(),
    defaultLanguage: CYPHER_VERSION,
  };
}

/** `line:column message` for each diagnostic, 1-based, as an editor shows them. */
function lint(text: string, params: readonly string[] = []): string[] {
  return lintCypherQuery(text, schemaFor(params)).diagnostics.map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`,
  );
}

const statements: readonly Statement[] = Object.values(ALL_STATEMENTS);

describe('every Cypher statement passes Neo4j 5 parsing and semantic analysis', () => {
  for (const statement of statements) {
    it(`${statement.name} has no error or warning`, () => {
      const diagnostics = lint(statement.text, statement.params);
      assert.deepEqual(diagnostics, [], `${statement.name}:\n${statement.text}\n\n${diagnostics.join('\n')}`);
    });
  }

  it('covers one entity statement per entity type and one relation statement per relation type', () => {
    assert.equal(Object.keys(PROMOTE_ENTITIES).length, ENTITY_TYPES.length);
    assert.equal(Object.keys(STAGE_RELATIONS).length, RELATION_TYPE_NAMES.length);
    for (const type of RELATION_TYPE_NAMES) assert.equal(ALL_STATEMENTS[STAGE_RELATIONS[type].name], STAGE_RELATIONS[type]);
    assert.equal(new Set(statements.map((s) => s.name)).size, statements.length, 'statement names are unique');
  });

  it('uses every parameter it declares (the linter already rejects undeclared ones)', () => {
    for (const statement of statements) {
      for (const param of statement.params) {
        assert.match(statement.text, new RegExp(`\\$${param}\\b`), `${statement.name} declares $${param} but never uses it`);
      }
    }
  });

  it('keeps the constants the code relies on in step with the Cypher text', () => {
    assert.match(SCHEMA.ENTITY_NAMES_FULLTEXT.text, new RegExp(`FULLTEXT INDEX ${FULLTEXT_INDEX} `));
    assert.match(SCHEMA.ENTITY_NAMES_FULLTEXT.text, /'standard-folding'/);
    assert.ok(GRAPH.SHORTEST_PATHS.text.includes(`[*..${PATH_LENGTH_CEILING}]`), 'shortestPath is bounded by PATH_LENGTH_CEILING');
  });
});

describe('no statement carries a spliced-in value', () => {
  /** Quoted literals allowed in statements: configuration names, never data. */
  const ALLOWED_LITERALS = new Set(["'standard-folding'"]);

  it('interpolates only labels and relation types the model defines', () => {
    for (const statement of statements) {
      for (const part of statement.interpolated) {
        assert.ok(part instanceof CypherIdentifier, `${statement.name} interpolates something that is not an identifier`);
        const known: readonly string[] = part.kind === 'label' ? NODE_LABELS : RELATION_TYPE_NAMES;
        assert.ok(known.includes(part.text), `${statement.name} interpolates unknown ${part.kind} ${part.text}`);
      }
    }
  });

  it('holds no string literal but configuration names, and pages only by parameters', () => {
    for (const statement of statements) {
      const literals = statement.text.match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
      assert.deepEqual(literals.filter((l) => !ALLOWED_LITERALS.has(l)), [], `${statement.name} contains a string literal`);
      for (const clause of statement.text.match(/\b(?:SKIP|LIMIT)\s+\S+/g) ?? []) {
        assert.match(clause, /\s\$\w+$/, `${statement.name}: ${clause} must take a parameter`);
      }
    }
  });

  it('refuses to build a statement around a value', () => {
    const userText = "x'}) DETACH DELETE (n) //";
    assert.throws(() => cypher`MATCH (n:Entity {id: '${userText as unknown as CypherIdentifier}'}) RETURN n`, CypherTextError);
    assert.throws(() => cypher`MATCH (n) RETURN n LIMIT ${10 as unknown as CypherIdentifier}`, CypherTextError);
    assert.throws(() => CypherIdentifier.relationshipType('MEMBER_OF]->() DETACH DELETE ()<-[:X'), CypherTextError);
    assert.throws(() => CypherIdentifier.label('Entity:Admin'), CypherTextError);
  });
});

describe('the lint check bites', () => {
  /** Breaks a real statement and returns what the linter says about it. */
  function lintBroken(statement: Statement, from: string, to: string): string[] {
    assert.ok(statement.text.includes(from), `${statement.name} contains ${from}`);
    return lint(statement.text.replace(from, to), statement.params);
  }

  const found = (diagnostics: string[], pattern: RegExp) =>
    assert.ok(diagnostics.some((d) => pattern.test(d)), `expected ${pattern} among:\n${diagnostics.join('\n')}`);

  it('catches a misspelled label', () => {
    found(lintBroken(LOOKUPS.GET_ENTITIES, 'MATCH (n:Entity)', 'MATCH (n:Entty)'), /warning: Label Entty is not present in the database/);
  });

  // Labels, types and keys that a statement writes are not checked (writing new ones is legal
  // Cypher); the loader's are guarded by CypherIdentifier instead. Reads are checked, as here.
  it('catches an unknown relationship type', () => {
    found(lintBroken(LIST_ENTITIES.ID_ASC_FORWARD, '[:TOOK_PLACE_IN]', '[:TOOK_PLACE]'), /warning: Relationship type TOOK_PLACE is not present/);
  });

  it('catches an undefined variable', () => {
    found(lintBroken(LOOKUPS.GET_ENTITIES, 'RETURN n {.*}', 'RETURN m {.*}'), /error: Variable `m` not defined/);
  });

  it('catches a syntax error', () => {
    found(lintBroken(GRAPH.SEARCH, 'YIELD node, score', 'YIELD node score'), /error: Invalid input/);
  });

  it('catches a misspelled property key', () => {
    found(lintBroken(LOOKUPS.GET_ENTITIES, 'n.id IN', 'n.idd IN'), /warning: idd is not present in the database/);
  });

  it('catches a parameter the statement does not declare', () => {
    found(lintBroken(LOOKUPS.GET_ENTITIES, '$ids', '$idz'), /error: Parameter \$idz is not defined/);
  });

  it('catches a misspelled function and an unknown procedure', () => {
    found(lintBroken(GRAPH.SHORTEST_PATHS, 'length(p)', 'lenght(p)'), /error: Function lenght is not present/);
    found(lintBroken(GRAPH.SEARCH, 'db.index.fulltext.queryNodes', 'db.index.fulltext.queryNode'), /error: Procedure db.index.fulltext.queryNode is not present/);
  });

  it('catches a relation between entity types the model does not allow', () => {
    found(lint('MATCH (p:Place)-[:TOOK_PLACE_IN]->(e:Event) RETURN p, e'), /warning: .*TOOK_PLACE_IN/);
  });

  it('catches deprecated Neo4j 4 syntax', () => {
    found(lint('MATCH (n:Entity) WHERE exists(n.name) RETURN n'), /error: The property existence syntax/);
  });
});
