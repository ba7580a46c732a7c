// Counts agree in number in the core's messages: 1 takes the singular in English, 0 and 1 in French.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { goalText, streakText, type GoalProgress } from '../../src/core/progress/dailyGoal';
import { formatPercentIn, setCoreUiLanguage, takesSingular } from '../../src/core/uiLanguage';

const FRENCH = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;

function progress(kind: GoalProgress['goal']['kind'], done: number, target: number, streak = 0): GoalProgress {
  return { goal: { kind, target }, today: { done, target, met: done >= target }, streak, freezeUsedThisWeek: false, recent: [] };
}

describe('counts agree in number', () => {
  afterEach(() => {
    l10n.config({ contents: {} });
    setCoreUiLanguage('en');
  });

  it('takes the singular for 1 in English, for 0 and 1 in French', () => {
    assert.deepEqual([0, 1, 2, 1.5].map((n) => takesSingular(n, 'en')), [false, true, false, false]);
    assert.deepEqual([0, 1, 2, 1.5].map((n) => takesSingular(n, 'fr')), [true, true, false, true]);
    assert.deepEqual([0, 1, 2].map((n) => takesSingular(n, 'fr-CA')), [true, true, false]);
    assert.deepEqual([0, 1, 2].map((n) => takesSingular(n, 'de')), [false, true, false], 'another language counts as English');
    setCoreUiLanguage('fr');
    assert.equal(takesSingular(0), true, 'the core’s interface language by default');
  });

  it('the daily goal agrees with its target, in English', () => {
    assert.deepEqual([0, 1, 2].map((t) => goalText(progress('reviews', 0, t))), ['0 / 0 reviews', '0 / 1 review', '0 / 2 reviews']);
    assert.deepEqual([1, 2].map((t) => goalText(progress('newWords', 1, t))), ['1 / 1 new word', '1 / 2 new words']);
  });

  it('the daily goal and the streak agree in French', () => {
    l10n.config({ contents: FRENCH });
    setCoreUiLanguage('fr');
    assert.deepEqual([0, 1, 2].map((t) => goalText(progress('reviews', 0, t))), ['0 / 0 révision', '0 / 1 révision', '0 / 2 révisions']);
    assert.deepEqual([1, 2].map((t) => goalText(progress('newWords', 1, t))), ['1 / 1 mot nouveau', '1 / 2 mots nouveaux']);
    assert.deepEqual([1, 2].map((s) => streakText(progress('reviews', 1, 1, s))), ['série de 1 jour', 'série de 2 jours']);
  });

  it('writes a share the same way for the host and the pages: a narrow no-break space before % in French', () => {
    assert.deepEqual([0.625, 0.004, 1].map((s) => formatPercentIn(s, 'fr')), ['63\u202f%', '0\u202f%', '100\u202f%']);
    assert.equal(formatPercentIn(0.625, 'fr-CA'), '63\u202f%');
    assert.equal(formatPercentIn(0.625, 'en'), '63%');
  });

  it('a lesson’s known share agrees in French: « 1 % connu », « 62 % connus »', () => {
    // The two messages src/vscode/lessonTree.ts chooses between, as VS Code's l10n looks them up.
    l10n.config({ contents: FRENCH });
    const one = l10n.t({ message: '{0}% known', args: [1], comment: 'one percent or less' });
    assert.equal(one, '1\u202f% connu');
    assert.equal(l10n.t('{0}% known', 62), '62\u202f% connus');
  });
});
