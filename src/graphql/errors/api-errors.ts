/**
 * The errors the API reports to clients, each with a stable `extensions.code`.
 * They are GraphQLErrors so Apollo passes code and message through untouched.
 */
import { GraphQLError, type ASTNode } from 'graphql';

export type ApiErrorCode = 'BAD_REQUEST' | 'BAD_USER_INPUT' | 'LIMIT_EXCEEDED' | 'NOT_FOUND' | 'STORE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

/** A request this API does not answer at all (a mutation, say); the message says what it does answer. */
export class BadRequestError extends GraphQLError {
  constructor(message: string, nodes?: readonly ASTNode[]) {
    super(message, { nodes, extensions: { code: 'BAD_REQUEST' satisfies ApiErrorCode, http: { status: 400 } } });
    this.name = 'BadRequestError';
  }
}

/** An argument value the API cannot accept; the message always names the argument. */
export class BadUserInputError extends GraphQLError {
  constructor(readonly argument: string, reason: string, nodes?: readonly ASTNode[]) {
    super(`Argument "${argument}" is invalid: ${reason}`, {
      nodes,
      extensions: { code: 'BAD_USER_INPUT' satisfies ApiErrorCode, argument, http: { status: 400 } },
    });
    this.name = 'BadUserInputError';
  }
}

/** A request beyond one of the configured limits; the message names the limit and its maximum. */
export class LimitExceededError extends GraphQLError {
  constructor(readonly limit: string, readonly maximum: number, message: string) {
    super(message, {
      extensions: { code: 'LIMIT_EXCEEDED' satisfies ApiErrorCode, limit, maximum, http: { status: 400 } },
    });
    this.name = 'LimitExceededError';
  }
}
