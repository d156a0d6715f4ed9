import { describe, it } from 'node:test';
import { assertIssues, goodFiles, recordIn, recordsOf } from './support';

const ARTICLE = 'report/harbor-gazette-lantern-walk';

describe('LOCATED_IN cycles among places', () => {
  it('rejects two places that are each other\'s parent', () => {
    const files = goodFiles();
    recordIn(files, 'places.json', 'place/eastmarch').parent = 'place/brightwater';
    assertIssues(files, {
      file: 'places.json',
      record: 'place/brightwater',
      field: 'parent',
      message: /^LOCATED_IN cycle among places: place\/brightwater -> place\/eastmarch -> place\/brightwater$/,
    });
  });

  it('rejects a place that is its own parent', () => {
    const files = goodFiles();
    recordIn(files, 'places.json', 'place/eastmarch').parent = 'place/eastmarch';
    assertIssues(files, { file: 'places.json', record: 'place/eastmarch', field: 'parent', message: /cycle among places: place\/eastmarch -> place\/eastmarch$/ });
  });

  it('finds a cycle closed by a LOCATED_IN line of relations.json', () => {
    const files = goodFiles();
    recordsOf(files, 'places.json').push({
      id: 'place/old-quay',
      name: 'Old Quay',
      kind: 'DISTRICT',
      description: 'Made-up quarter of the harbor city.',
      parent: 'place/brightwater',
      sources: [ARTICLE],
    });
    recordsOf(files, 'relations.json').push({ type: 'LOCATED_IN', from: 'place/eastmarch', to: 'place/old-quay', sources: [ARTICLE] });
    assertIssues(files, {
      file: 'places.json',
      record: 'place/brightwater',
      field: 'parent',
      message: /cycle among places: place\/brightwater -> place\/eastmarch -> place\/old-quay -> place\/brightwater$/,
    });
  });

  it('accepts a place inside two places that are not inside each other', () => {
    const files = goodFiles();
    recordsOf(files, 'places.json').push({ id: 'place/north-coast', name: 'North Coast', kind: 'REGION', description: 'Made-up region.', parent: 'place/eastmarch', sources: [ARTICLE] });
    recordsOf(files, 'relations.json').push({ type: 'LOCATED_IN', from: 'place/brightwater', to: 'place/north-coast', sources: [ARTICLE] });
    assertIssues(files);
  });
});
