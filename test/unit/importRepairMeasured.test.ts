// The repair figures `npm run eval` prints, held: seeded damage of French-GSD dev sentences
// (test/eval/repairDamage.ts), recall on the half the rules were tuned on and on the held-out
// half, and no change at all to the sentences that were not damaged.
import { strict as assert } from 'node:assert';
import { importDepsFromData } from '../../src/core/import/deps';
import { repairText } from '../../src/core/import/repair';
import { readConllu } from '../eval/conllu';
import { asLatin1, damageSentence, formatRepairFigures, measureRepairs, seededRng, type RepairFigures } from '../eval/repairDamage';
import { analysisDataDir } from './helpers/analysisData';
import { sharedPath } from './helpers/shared';

describe('import: repairs measured on seeded damage', function () {
  this.timeout(120_000);
  let figures: RepairFigures;
  before(() => {
    const words = importDepsFromData(analysisDataDir()).words;
    figures = measureRepairs(readConllu(sharedPath('eval', 'fr_gsd-ud-dev.conllu')), words);
  });

  it('damages the same way for the same seed, one damage a sentence', () => {
    const text = "À un mois de l'élection, la tâche du nouveau gouvernement est immense.";
    const a = damageSentence(text, seededRng(5));
    assert.deepEqual(a, damageSentence(text, seededRng(5)));
    assert.notEqual(a!.text, text);
    assert.equal(asLatin1('é'), 'Ã©');
  });

  it('makes no change to the sentences that were not damaged', () => {
    const all = [figures.tuning, figures.heldOut, figures.news];
    assert.deepEqual(all.flatMap((s) => s.falses), []);
    assert.ok(figures.tuning.clean > 700 && figures.heldOut.clean > 700);
  });

  it('repairs ≥ 95% of the damage on the tuning half and ≥ 93% on the held-out half', () => {
    console.log(formatRepairFigures(figures).map((l) => `      ${l}`).join('\n'));
    const recall = (s: { repaired: number; damaged: number }): number => s.repaired / s.damaged;
    assert.ok(figures.tuning.damaged > 600 && figures.heldOut.damaged > 600);
    assert.ok(recall(figures.tuning) >= 0.95, `tuning recall ${recall(figures.tuning)}`);
    assert.ok(recall(figures.heldOut) >= 0.93, `held-out recall ${recall(figures.heldOut)}`);
    // The hand-written news is damaged at every site, names and ambiguous words included.
    assert.ok(recall(figures.news) >= 0.9, `news recall ${recall(figures.news)}`);
  });

  it('repairs every damage class of the hand-written news at least once', () => {
    for (const [kind, t] of Object.entries(figures.news.byKind)) assert.ok(t.repaired > 0 && t.damaged > 0, kind);
    // And the repaired news reads exactly as written: each single damage is undone in place.
    const words = importDepsFromData(analysisDataDir()).words;
    assert.equal(repairText(['La tache du nouveau gouvernement est immense.'], words).paragraphs[0], 'La tâche du nouveau gouvernement est immense.');
  });
});
