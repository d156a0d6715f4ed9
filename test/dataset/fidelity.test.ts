/**
 * Every paragraph a record cites says what the record says: an entity's paragraphs mention it by
 * name or alias, a relation's paragraphs mention both its ends, a statistic's paragraphs give its
 * figure. Run against the article texts, which stay outside the project (../shared/seeds, or
 * ARTICLES_DIR); without them the check is skipped, with the reason.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { articlesDirectory } from '../../src/dataset/article-text';
import { checkFidelity } from '../../src/dataset/check-fidelity';
import type { Dataset } from '../../src/model';
import { seedDataset } from '../store/helpers/seed-dataset';

const dir = articlesDirectory();
const skip = dir === undefined ? 'the article texts are not on this machine (../shared/seeds, or set ARTICLES_DIR)' : undefined;

describe('fidelity of paragraph citations to the article texts', { skip }, () => {
  let dataset: Dataset;
  before(async () => {
    dataset = await seedDataset();
  });

  it('finds every cited paragraph saying what the record says', () => {
    const { failures, checked } = checkFidelity(dataset, dir!);
    assert.deepEqual(failures, []);
    assert.ok(checked > 0, 'some paragraphs are cited');
    console.log(`fidelity: ${checked} paragraph citations checked against the article texts`);
  });

  it('names the citation when one paragraph number is changed', () => {
    const statistic = dataset.statistics.find((s) => (s.paragraphs?.length ?? 0) > 0 && s.value !== undefined);
    const relation = dataset.relations.find((r) => Object.keys(r.evidence ?? {}).length > 0);
    assert.ok(statistic && relation, 'the dataset cites paragraphs for statistics and relations');
    const wrongParagraph = (n: number) => (n === 1 ? 2 : 1);
    const broken: Dataset = {
      ...dataset,
      statistics: dataset.statistics.map((s) => (s === statistic ? { ...s, paragraphs: [wrongParagraph(s.paragraphs![0]!)] } : s)),
    };
    const { failures } = checkFidelity(broken, dir!);
    assert.ok(failures.some((line) => line.startsWith(`${statistic.id}: paragraph ${wrongParagraph(statistic.paragraphs![0]!)} of ${statistic.source}`)), failures.join('\n'));
  });
});
