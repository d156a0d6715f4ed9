/**
 * graphql-codegen: typed documents for the real-client suite (test/clients), from the committed
 * schema. `npm run codegen` writes test/clients/generated.ts; a test checks it is up to date.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

export const CODEGEN_OUTPUT = 'test/clients/generated.ts';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/clients/operations.graphql'],
  generates: {
    [CODEGEN_OUTPUT]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // The server's PartialDate is an ISO date string of a year, month or day.
        scalars: { PartialDate: 'string' },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
