// The matcher's key filters (expressions.ts, KeyFilter): a group's map of second or third words is
// asked only when the filter says maybe, so a filter that said no to one of its own keys would lose
// matches silently. It must say maybe to every key it was made of, and no to most others.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { keyFilter, keyHash, mayHave } from '../../src/core/text/expressions';

describe('expression key filters', () => {
  it('say maybe to every key they were made of, whatever the keys and their number', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), { minLength: 1, maxLength: 600 }), (keys) => {
        const filter = keyFilter(keys, keys.length);
        for (const k of keys) assert.ok(mayHave(filter, keyHash(k)), `the filter of ${keys.length} keys says no to its key « ${k} »`);
      }),
      { numRuns: 200 },
    );
  });

  it('say no to most keys they were not made of (eight bits a key)', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `clé${i}`);
    const filter = keyFilter(keys, keys.length);
    let maybe = 0;
    for (let i = 0; i < 10000; i++) if (mayHave(filter, keyHash(`autre${i}`))) maybe++;
    assert.ok(maybe < 2000, `${maybe} of 10,000 other keys pass`);
  });

  it('hash a key to a small integer, the same for equal strings made apart', () => {
    const a = 'relation';
    const b = ['rela', 'tion'].join('');
    assert.equal(keyHash(a), keyHash(b));
    for (const k of ['', 'à', 'l’', "aujourd'hui", '<refl>', 'œuvre']) {
      const h = keyHash(k);
      assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 30, `${k}: ${h}`);
    }
  });
});
