// The level estimate on the labelled set of test/eval/level: the figures npm run eval reports
// hold, and wire or diplomatic prose of long sentences is not taken for C2 literature.
import { strict as assert } from 'node:assert';
import { importDepsFromData } from '../../src/core/import/deps';
import type { ImportDeps } from '../../src/core/import/importer';
import { estimateLevel } from '../../src/core/import/level';
import { labelledTexts, measureLevelAgreement } from '../eval/levelAgreement';
import { analysisDataDir } from './helpers/analysisData';

describe('import: level estimate against the labelled set', function () {
  this.timeout(60000);
  let deps: ImportDeps;
  before(() => {
    deps = importDepsFromData(analysisDataDir());
  });

  it('agrees with the held-out graded texts: at least 10 of 12 exactly, all within one level', () => {
    const a = measureLevelAgreement(deps.analyzer, deps.ranks, labelledTexts('held-out'));
    const misses = a.rows.filter((r) => r.gold !== r.estimate).map((r) => `${r.id} ${r.gold}->${r.estimate}`).join(', ');
    assert.ok(a.exact >= 10, `exact ${a.exact}/${a.total}: ${misses}`);
    assert.equal(a.withinOne, a.total, misses);
  });

  it('agrees with the tuning set at the figures the README gives (29 of 36 exactly, 35 within one)', () => {
    const a = measureLevelAgreement(deps.analyzer, deps.ranks, labelledTexts('tuning'));
    assert.ok(a.exact >= 29 && a.withinOne >= 35, `exact ${a.exact}, within one ${a.withinOne} of ${a.total}`);
  });

  it('rates no routine political or diplomatic prose C2, however long its sentences', () => {
    const prose = [...labelledTexts('tuning'), ...labelledTexts('held-out')].filter((t) => t.level !== 'C2');
    for (const t of prose) {
      const level = estimateLevel(t.paragraphs.map((p) => deps.analyzer.analyze(p)), deps.ranks);
      assert.notEqual(level, 'C2', t.id);
    }
  });
});
