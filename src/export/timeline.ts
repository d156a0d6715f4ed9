/**
 * The days a node is on Gephi's timeline: an event from the earliest day its start can mean to the
 * latest day its end (or start) can mean; a report over the day range of its publication date.
 * GEXF's `date` time format takes whole xsd:date days, so partial dates ("2018", "2018-03") are
 * widened to the whole year or month rather than guessed to a day.
 */
import { spanOf, type DayRange } from '../model';
import type { NodeAttributes } from './attributes';

export function nodeSpan(attributes: NodeAttributes): DayRange | undefined {
  if (attributes.publishedOn !== undefined) return spanOf(attributes.publishedOn);
  return spanOf(attributes.startDate, attributes.endDate);
}
