// The reader's DOM-free helpers, run in Node: prefs validation, grammar in words, dates.
import assert from 'node:assert/strict';
import { firstSense, grammarLine } from '../../src/webview/grammarWords';
import { clampFontSize, DEFAULT_PREFS, normalizePrefs, samePrefs } from '../../src/webview/prefs';
import { formatDate } from '../../src/webview/render';

describe('reader helpers', () => {
  it('turns whatever a saved state holds into valid prefs', () => {
    assert.deepEqual(normalizePrefs(undefined), DEFAULT_PREFS);
    assert.deepEqual(normalizePrefs('interlinear'), DEFAULT_PREFS);
    assert.deepEqual(normalizePrefs({ mode: 'interlinear', showTranslation: true, fontSize: 21 }), {
      mode: 'interlinear',
      showTranslation: true,
      fontSize: 21,
    });
    assert.deepEqual(normalizePrefs({ mode: 'ruby', showTranslation: 'yes', fontSize: '20' }), DEFAULT_PREFS);
    assert.equal(normalizePrefs({ fontSize: 200 }).fontSize, 32);
    assert.equal(normalizePrefs({ fontSize: 3 }).fontSize, 12);
    assert.equal(clampFontSize(Number.NaN), DEFAULT_PREFS.fontSize);
    assert.equal(clampFontSize(17.6), 18);
    assert.ok(samePrefs(normalizePrefs({}), DEFAULT_PREFS));
    assert.ok(!samePrefs(DEFAULT_PREFS, { ...DEFAULT_PREFS, fontSize: 19 }));
  });

  it('says the grammar in words', () => {
    assert.equal(grammarLine({ pos: 'NOUN', gender: 'm', multiword: true }), 'expression (noun), masculine');
    assert.equal(grammarLine({ pos: 'NOUN', gender: 'm/f', multiword: false }), 'noun, masculine or feminine');
    assert.equal(grammarLine({ pos: 'VERB', multiword: false }), 'verb');
    assert.equal(grammarLine({ pos: 'ADP', multiword: false }), 'preposition');
  });

  it('keeps the first sense for the interlinear line', () => {
    assert.equal(firstSense('Minister of Foreign Affairs; foreign minister'), 'Minister of Foreign Affairs');
    assert.equal(firstSense('heads of state'), 'heads of state');
  });

  it('writes ISO dates out and leaves other dates as they are', () => {
    assert.equal(formatDate('2022-02-04'), '4 February 2022');
    assert.equal(formatDate('février 2022'), 'février 2022');
    assert.equal(formatDate(undefined), undefined);
  });
});
