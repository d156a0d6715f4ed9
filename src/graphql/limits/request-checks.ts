/**
 * Everything checked before a request runs: GraphQL validation (with argument errors that name
 * the argument), variables (likewise), then depth, aliases and cost against the limits.
 * Validation, and limits for operations without variables, depend only on the document, so they
 * are cached per parsed document (Apollo reuses the parsed document of a repeated query).
 */
import {
  GraphQLError,
  Kind,
  ValuesOfCorrectTypeRule,
  getVariableValues,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { BadRequestError, BadUserInputError, LimitExceededError } from '../errors/api-errors';
import { NamedArgumentValuesRule } from '../errors/named-argument-values.rule';
import { LIMIT_SUBJECTS, type ApiLimits } from './api-limits';
import { CostModel, type CostContext } from './complexity';
import { aliasCount, operationDepth } from './operation-shape';

const RULES = specifiedRules.map((rule) => (rule === ValuesOfCorrectTypeRule ? NamedArgumentValuesRule : rule));

export interface CheckedRequest {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode | undefined;
  readonly operationName: string | undefined;
  readonly variables: Record<string, unknown> | undefined;
}

function limitError(limit: keyof ApiLimits, actual: number, maximum: number): LimitExceededError {
  return new LimitExceededError(limit, maximum, `The ${LIMIT_SUBJECTS[limit]} of this operation is ${actual}, above the maximum of ${maximum}.`);
}

/** Which argument each variable feeds, so a bad variable is reported under the argument's name. */
function argumentsByVariable(operation: OperationDefinitionNode): Map<string, string> {
  const names = new Map<string, string>();
  let argument: string | undefined;
  visit(operation, {
    Argument: { enter: (node) => void (argument = node.name.value), leave: () => void (argument = undefined) },
    Variable: (node) => {
      if (argument && !names.has(node.name.value)) names.set(node.name.value, argument);
    },
  });
  return names;
}

/** The first __schema or __type field anywhere in the document (__typename is always allowed). */
function introspectionField(document: DocumentNode): FieldNode | undefined {
  let found: FieldNode | undefined;
  visit(document, {
    Field(node) {
      if (!found && (node.name.value === '__schema' || node.name.value === '__type')) found = node;
    },
  });
  return found;
}

/** What the checks found: the errors that stop the operation (none when it may run) and its cost. */
export interface CheckOutcome {
  readonly errors: readonly GraphQLError[];
  readonly cost: number;
}

const REFUSED = (errors: readonly GraphQLError[]): CheckOutcome => ({ errors, cost: 0 });

export class RequestChecks {
  private readonly validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  private readonly introspecting = new WeakMap<DocumentNode, FieldNode | null>();
  private readonly shaped = new WeakMap<DocumentNode, Map<string, CheckOutcome>>();

  private readonly costs: CostModel;

  private readonly graphSize: CostContext['graphSize'];

  private readonly introspection: boolean;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: ApiLimits,
    options: { readonly graphSize: CostContext['graphSize']; readonly introspection: boolean },
  ) {
    this.costs = new CostModel(schema, { limits, graphSize: options.graphSize });
    this.graphSize = options.graphSize;
    this.introspection = options.introspection;
  }

  /** What stops this operation from running (nothing when it may run), and what it costs. */
  check(request: CheckedRequest): CheckOutcome {
    const unsupported = request.document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query',
    );
    if (unsupported) {
      return REFUSED([new BadRequestError(`This API answers queries only; ${unsupported.operation} operations are not supported.`, [unsupported])]);
    }
    const invalid = this.validation(request.document);
    if (invalid.length > 0 || !request.operation) return REFUSED(invalid);
    if (!this.introspection) {
      let asked = this.introspecting.get(request.document);
      if (asked === undefined) this.introspecting.set(request.document, (asked = introspectionField(request.document) ?? null));
      if (asked) return REFUSED([new BadRequestError(`Introspection is turned off on this server; "${asked.name.value}" cannot be asked.`, [asked])]);
    }
    const variables = this.variableErrors(request.operation, request.variables);
    if (variables.length > 0) return REFUSED(variables);
    // Without variables the cost depends on the document and the graph's size alone (exports cost
    // by the graph they can write), so repeated queries reuse it until a reload changes the size.
    if (request.operation.variableDefinitions?.length) return this.limitErrors(request, request.operation);
    const size = this.graphSize();
    const key = `${request.operation.name?.value ?? ''}\n${size.entities}:${size.relations}`;
    let byOperation = this.shaped.get(request.document);
    if (!byOperation) this.shaped.set(request.document, (byOperation = new Map()));
    let outcome = byOperation.get(key);
    if (!outcome) byOperation.set(key, (outcome = this.limitErrors(request, request.operation)));
    return outcome;
  }

  private validation(document: DocumentNode): readonly GraphQLError[] {
    let errors = this.validated.get(document);
    if (!errors) {
      errors = validate(this.schema, document, RULES);
      this.validated.set(document, errors);
    }
    return errors;
  }

  private variableErrors(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): GraphQLError[] {
    if (!operation.variableDefinitions?.length) return [];
    const coerced = getVariableValues(this.schema, operation.variableDefinitions, variables ?? {});
    if (!coerced.errors) return [];
    const argumentOf = argumentsByVariable(operation);
    return coerced.errors.map((error) => {
      const variable = /^Variable "\$(\w+)"/.exec(error.message)?.[1];
      const argument = variable ? argumentOf.get(variable) : undefined;
      return argument ? new BadUserInputError(argument, error.message, error.nodes) : error;
    });
  }

  private limitErrors(request: CheckedRequest, operation: OperationDefinitionNode): CheckOutcome {
    const { maxDepth, maxAliases, maxComplexity } = this.limits;
    const depth = operationDepth(request.document, operation);
    if (depth > maxDepth) return REFUSED([limitError('maxDepth', depth, maxDepth)]);
    const aliases = aliasCount(request.document);
    if (aliases > maxAliases) return REFUSED([limitError('maxAliases', aliases, maxAliases)]);
    const cost = this.costs.operationCost(request.document, request.operationName, request.variables);
    if (cost > maxComplexity) return { errors: [limitError('maxComplexity', cost, maxComplexity)], cost };
    return { errors: [], cost };
  }
}
