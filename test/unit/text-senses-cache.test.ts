// The sense selector caches what a gloss's text alone decides (its senses, its reflexive sense) and
// the ordering each rule makes of each gloss: a selector that has seen many sentences must order
// every token's senses exactly as a fresh one does.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseSenseRows, SenseSelector } from '../../src/core/text/senses';
import type { AnalyzedToken, Upos } from '../../src/core/text/types';

const RULES = parseSenseRows(
  [
    'plus\tADV\tno longer\tne … _\t',
    'plus\tADV\tno more\tne … _ de\t',
    'plus\tADV\tmore than\t_ de NUM\t',
    'assurer\tVERB\tto assert\t_ que\t',
    'assurer\tVERB\tto ensure\t_ DET\t',
    'présenter\tVERB\tto stand (for election)\tse … _ à|aux\t',
    'quitte\t*\teven if it means\t_=quitte à VERB\t',
  ].join('\n'),
);

/** A small vocabulary whose words the rules name, with glosses that share senses and hold reflexive ones. */
const WORDS: Array<[string, string, Upos, string | undefined]> = [
  ['plus', 'plus', 'ADV', 'more; most; no more'],
  ['plus', 'plus', 'ADV', 'more; no longer'],
  ['assure', 'assurer', 'VERB', 'to ensure; to insure; to assert'],
  ['assuré', 'assurer', 'VERB', 'to ensure; to assure'],
  ['présente', 'présenter', 'VERB', 'to present; to introduce; se présenter = to stand (for election)'],
  ['égarée', 'égarer', 'VERB', "to mislay; s'égarer = to go astray"],
  ['envole', 'envoler', 'VERB', 'to fly off; to soar (s\'envoler)'],
  ['quitte', 'quitter', 'VERB', 'to leave; to quit'],
  ['quitte', 'quitte', 'ADJ', 'quits; free of'],
  ["n'", 'ne', 'ADV', undefined],
  ['ne', 'ne', 'ADV', undefined],
  ['a', 'avoir', 'AUX', undefined],
  ["s'", 'se', 'PRON', undefined],
  ['se', 'se', 'PRON', undefined],
  ['est', 'être', 'AUX', undefined],
  ['de', 'de', 'ADP', 'of; from'],
  ['à', 'à', 'ADP', 'to; at'],
  ['aux', 'à', 'ADP', 'to the; at the'],
  ['que', 'que', 'SCONJ', 'that'],
  ['la', 'le', 'DET', 'the'],
  ['trois', 'trois', 'NUM', 'three'],
  ['pouvoirs', 'pouvoir', 'NOUN', 'power; powers'],
  [',', ',', 'PUNCT', undefined],
];

function tokensOf(picks: number[]): AnalyzedToken[] {
  return picks.map((k) => {
    const [form, lemma, upos, gloss] = WORDS[k]!;
    return { form, lemma, upos, gloss, start: 0, end: 0, kind: upos === 'PUNCT' ? 'punct' : 'word' } as AnalyzedToken;
  });
}

const view = (tokens: AnalyzedToken[]): Array<[string | undefined, string[] | undefined]> => tokens.map((t) => [t.gloss, t.senses && [...t.senses]]);

describe('senses: the selector caches', () => {
  it('order every token as a fresh selector does, however many sentences it has seen', () => {
    const shared = new SenseSelector(RULES);
    const sentence = fc.array(fc.integer({ min: 0, max: WORDS.length - 1 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (sentences) => {
        for (const picks of sentences) {
          const cached = tokensOf(picks);
          shared.apply(cached);
          const fresh = tokensOf(picks);
          new SenseSelector(RULES).apply(fresh);
          assert.deepEqual(view(cached), view(fresh));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives tokens of one gloss and one rule the same senses, untouched by later tokens', () => {
    const selector = new SenseSelector(RULES);
    const first = tokensOf([9, 11, 0, 15, 21]);
    selector.apply(first);
    assert.deepEqual(first[2]!.senses, ['no more', 'more', 'most']);
    const second = tokensOf([0, 15, 20, 10, 11, 0, 15, 21]);
    selector.apply(second);
    assert.deepEqual(second[0]!.senses, ['more than', 'more', 'most', 'no more']);
    assert.deepEqual(second[5]!.senses, ['no more', 'more', 'most']);
    assert.deepEqual(first[2]!.senses, ['no more', 'more', 'most']);
    assert.equal(first[2]!.gloss, 'no more; more; most');
  });
});
