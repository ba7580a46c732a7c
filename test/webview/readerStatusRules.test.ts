// The reader's status rules, run in Node: which units are tinted, which keys "the rest" holds,
// the card's keys, statuses from the host, and French spacing for the header.
import assert from 'node:assert/strict';
import type { ReaderUnit } from '../../src/core/lesson/model';
import { frenchSpacing } from '../../src/webview/frenchTypography';
import { isTintable, normalizeStatuses, remainingNewKeys, statusForKey } from '../../src/webview/vocabStatus';

type Unit = Pick<ReaderUnit, 'key' | 'pos' | 'multiword'>;
const unit = (key: string, pos: ReaderUnit['pos'], multiword = false): Unit => ({ key, pos, multiword });

describe('reader status rules', () => {
  it('tints content words and expressions, not function words, names or numbers', () => {
    assert.equal(isTintable(unit('réunion|NOUN', 'NOUN')), true);
    assert.equal(isTintable(unit('endiguer|VERB', 'VERB')), true);
    assert.equal(isTintable(unit('en visite|EXPR', 'ADV', true)), true);
    assert.equal(isTintable(unit('pour sa part|EXPR', 'ADP', true)), true, 'an expression headed by a preposition');
    for (const pos of ['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART'] as const) assert.equal(isTintable(unit('x', pos)), false, pos);
    assert.equal(isTintable(unit('Chine|PROPN', 'PROPN')), false);
    assert.equal(isTintable(unit('Wang Yi|EXPR', 'PROPN', true)), false, 'a name of two words is still a name');
    assert.equal(isTintable(unit('deux|NUM', 'NUM')), false);
  });

  it('the rest: keys still new, once each, in reading order, without names, numbers or punctuation', () => {
    const units = [
      unit('le|DET', 'DET'),
      unit('réunion|NOUN', 'NOUN'),
      unit('Chine|PROPN', 'PROPN'),
      unit('deux|NUM', 'NUM'),
      unit('le|DET', 'DET'),
      unit('pays|NOUN', 'NOUN'),
      unit('«|PUNCT', 'PUNCT'),
      unit('en visite|EXPR', 'ADV', true),
    ];
    const known = new Map([['pays|NOUN', 'known' as const]]);
    assert.deepEqual(remainingNewKeys(units, (k) => known.get(k) ?? 'new'), ['le|DET', 'réunion|NOUN', 'en visite|EXPR']);
    assert.deepEqual(remainingNewKeys(units, () => 'ignored'), []);
  });

  it('maps the card keys 1–4, K and X (either case) and nothing else', () => {
    assert.deepEqual(['1', '2', '3', '4', 'k', 'K', 'x', 'X'].map(statusForKey), [
      'learning-1', 'learning-2', 'learning-3', 'learning-4', 'known', 'known', 'ignored', 'ignored',
    ]);
    for (const key of ['0', '5', 'n', 'Enter', ' ', '']) assert.equal(statusForKey(key), undefined, key);
  });

  it('keeps only well-formed statuses from the host', () => {
    const statuses = normalizeStatuses({ 'a|NOUN': 'known', 'b|NOUN': 'learning-5', 'c|NOUN': 3, 'd|NOUN': 'ignored' });
    assert.deepEqual([...statuses], [['a|NOUN', 'known'], ['d|NOUN', 'ignored']]);
    assert.equal(normalizeStatuses(null).size, 0);
    assert.equal(normalizeStatuses('known').size, 0);
  });

  it('makes the spaces before : ; ! ? » and after « non-breaking, keeping those already so', () => {
    assert.equal(frenchSpacing('Chine-Russie : « sans limites » ?'), 'Chine-Russie\u00a0: «\u00a0sans limites\u00a0»\u00a0?');
    assert.equal(frenchSpacing('Pourquoi\u202f? Parce que\u00a0!'), 'Pourquoi\u202f? Parce que\u00a0!');
    assert.equal(frenchSpacing("Wang Yi reçoit Sergueï Lavrov"), 'Wang Yi reçoit Sergueï Lavrov');
  });
});
