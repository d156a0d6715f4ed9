/**
 * graphql-js's ValuesOfCorrectTypeRule, with each error restated to name the argument (and the
 * input field inside it) and to carry BAD_USER_INPUT:
 * `Argument "filter.from" is invalid: Expected value of type "PartialDate", found "2005-13"; ...`.
 * It replaces the stock rule (see limits/request-checks.ts), so each bad value is reported once.
 */
import { ValuesOfCorrectTypeRule, visitInParallel, type ASTVisitor, type GraphQLError, type ValidationContext } from 'graphql';
import { BadUserInputError } from './api-errors';

export function NamedArgumentValuesRule(context: ValidationContext): ASTVisitor {
  const path: string[] = [];
  const naming: ValidationContext = Object.create(context);
  naming.reportError = (error: GraphQLError) => {
    context.reportError(path.length > 0 ? new BadUserInputError(path.join('.'), error.message, error.nodes) : error);
  };
  const tracker: ASTVisitor = {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
  };
  return visitInParallel([tracker, ValuesOfCorrectTypeRule(naming)]);
}
