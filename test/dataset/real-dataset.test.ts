import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetValidationError, DEFAULT_SEED_DIR, formatIssue, readDataset, summarize } from '../../src/dataset';
import { ENTITY_TYPES } from '../../src/model';

describe('the real dataset in seed/data', () => {
  it('passes every check', async () => {
    try {
      await readDataset();
    } catch (error) {
      if (error instanceof DatasetValidationError) assert.fail(`seed/data is not valid:\n${error.issues.map(formatIssue).join('\n')}`);
      throw error;
    }
  });

  it('is read from <project root>/seed/data by default', () => {
    assert.match(DEFAULT_SEED_DIR, /[\\/]seed[\\/]data$/);
  });

  it('holds entities of every type, relations and statistics', async () => {
    const summary = summarize(await readDataset());
    for (const type of ENTITY_TYPES) assert.ok((summary.entitiesByType[type] ?? 0) > 0, `no ${type} in seed/data`);
    assert.ok(summary.relations > 0, 'no relations in seed/data');
    assert.ok(summary.statistics > 0, 'no statistics in seed/data');
  });

  it('names the article file of every report that has one', async () => {
    const { entities } = await readDataset();
    const articles = entities.filter((entity) => entity.type === 'Report' && entity.sourceFile !== undefined);
    assert.ok(articles.length > 0, 'no report names its sourceFile');
  });
});
