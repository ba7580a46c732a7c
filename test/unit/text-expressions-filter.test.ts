// The matcher's key filters (expressions.ts, KeyFilter): a group's map of second or third words is
// asked only when the filter says maybe, so a filter that said no to one of its own keys would lose
// matches silently. It must say maybe to every key it was made of, and no to most others.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { keyFilter, keyHash, mayHave, PairFilter } from '../../src/core/text/expressions';

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

  it('the pair filter says maybe to every pair it holds, whatever the pairs, and no to most others', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ minLength: 1, maxLength: 10 })), { minLength: 1, maxLength: 400 }),
        (pairs) => {
          const filter = new PairFilter();
          for (const [a, b] of pairs) filter.add(keyHash(a), keyHash(b));
          for (const [a, b] of pairs) assert.ok(filter.mayHave(keyHash(a), keyHash(b)), `says no to its pair « ${a} » « ${b} »`);
        },
      ),
      { numRuns: 200 },
    );
    // 40,000 pairs, as many as the groups of a long text bring: a pair held one way is not held the
    // other way round, and few pairs never added pass.
    const filter = new PairFilter();
    for (let i = 0; i < 40000; i++) filter.add(keyHash(`premier${i % 2000}`), keyHash(`second${i}`));
    let reversed = 0;
    let other = 0;
    for (let i = 0; i < 10000; i++) {
      if (filter.mayHave(keyHash(`second${i}`), keyHash(`premier${i % 2000}`))) reversed++;
      if (filter.mayHave(keyHash(`premier${i % 2000}`), keyHash(`autre${i}`))) other++;
    }
    assert.ok(reversed < 1000 && other < 1000, `of 10,000 pairs never added, ${reversed} reversed and ${other} others pass`);
  });
});
