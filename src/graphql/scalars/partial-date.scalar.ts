/**
 * A date as precise as its source: "2004", "2018-03" or "2018-03-10". Input is checked with the
 * model's parser, so impossible days such as 2021-02-30 are refused before any resolver runs.
 * Parse errors are thrown as plain errors so graphql-js attaches the location of the bad value.
 */
import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { formatPartialDate, parsePartialDate } from '../../model';

const parse = (value: unknown): string => formatPartialDate(parsePartialDate(value));

export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description:
    'A date given to the precision its source gives: a year, a month or a day, in ISO 8601 calendar form ("2004", "2018-03" or "2018-03-10"), matching ^\\d{4}(-\\d{2}(-\\d{2})?)?$; impossible days (2021-02-30) and year 0000 are refused.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize: (value) => value as string,
  parseValue: parse,
  parseLiteral: (ast, variables) => parse(valueFromASTUntyped(ast, variables)),
});
