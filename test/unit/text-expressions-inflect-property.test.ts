// Property over the shipped entries (issue 11, « every member may inflect »): for a scored entry
// drawn at random, the inflected variants that test/eval/mweInflect.ts generates in the families the
// matcher handles without exception are all found, spanning exactly their members. The whole lexicon
// is run by `tsx test/eval/mweInflect.ts`; this samples it on every test run (fixed seed).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { Lexicon } from '../../src/core/text/lexicon';
import type { Analyzer } from '../../src/core/text/types';
import { checkVariant, entryVariants, scoredEntries, type Entry } from '../eval/mweInflect';
import { analysisDataDir } from './helpers/analysisData';

/** The families with no miss over all the entries (mweInflect.ts's report). */
const SOLID_FAMILIES = new Set([
  'future 3sg',
  'infinitive after a modal',
  'passé composé (avoir)',
  'noun plural: -x',
]);

describe('expression variants over the shipped entries (property, fixed seed)', function () {
  // The analyzer and its data load in before() (slow on a loaded machine); the property runs in a few seconds.
  this.timeout(120000);
  let analyzer: Analyzer;
  let lexicon: Lexicon;
  let entries: Entry[];

  before(() => {
    const dataDir = analysisDataDir();
    lexicon = new Lexicon(dataDir);
    analyzer = createAnalyzer({ dataDir, lexicon });
    entries = scoredEntries().filter((e) => e.upos === 'VERB' || e.upos === 'NOUN');
  });

  it('finds every variant of an entry whose base sentence it finds, in the families it handles', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const entry = entries[n % entries.length]!;
        const [base, ...variants] = entryVariants(entry, lexicon);
        if (!base || checkVariant(analyzer, base).outcome !== 'exact') return;
        for (const v of variants.filter((x) => SOLID_FAMILIES.has(x.family))) {
          const { outcome, found } = checkVariant(analyzer, v);
          assert.equal(outcome, 'exact', `${v.entry} (${v.family}): ${v.sentence} -> ${JSON.stringify(found)}`);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
