/**
 * Paragraph numbers may be cited only for articles (reports with a source file), and only up to the
 * article's paragraph count: the text itself never enters the project, so seed:check can check the
 * numbers against the count, and the fidelity test (test/dataset/fidelity.test.ts) against the text.
 */
import type { CheckedRecord } from './check-fields';
import { numberOf, textOf } from './checked-values';
import { issueAt, type DatasetIssue } from './issue';

export function checkEvidence(checked: readonly CheckedRecord[], issues: DatasetIssue[]): void {
  const articles = new Map<string, number | undefined>();
  for (const record of checked) {
    if (record.spec.holds === 'Report' && record.id !== undefined && textOf(record.values, 'sourceFile') !== undefined) {
      articles.set(record.id, numberOf(record.values, 'paragraphCount'));
    }
  }
  const check = (record: CheckedRecord, field: string, report: string, paragraphs: readonly number[]) => {
    if (!articles.has(report)) {
      // An unknown report id is reported by the reference check.
      if (checked.some((other) => other.id === report)) {
        issues.push(issueAt({ ...record.origin, field }, `cites paragraphs of ${report}, which is not an article (no "sourceFile"); cite it without paragraphs`));
      }
      return;
    }
    const count = articles.get(report);
    const outside = count === undefined ? [] : paragraphs.filter((n) => n > count);
    if (outside.length > 0) {
      issues.push(issueAt({ ...record.origin, field }, `cites paragraph ${outside.join(', ')} of ${report}, which has ${count} paragraphs`));
    }
  };
  for (const record of checked) {
    for (const [report, paragraphs] of record.facts.evidence) check(record, 'sources', report, paragraphs);
    const statisticSource = record.spec.holds === 'Statistic' ? textOf(record.values, 'source') : undefined;
    const paragraphs = record.values.get('paragraphs');
    if (statisticSource !== undefined && Array.isArray(paragraphs)) check(record, 'paragraphs', statisticSource, paragraphs as number[]);
  }
}
