// The core's messages in the interface language: with the French bundle configured (as the
// extension host does for depeche.interfaceLanguage = fr), a lesson error, a size limit and the
// import's known share read as French, figures included; with none (the CLI), they stay English.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { knownShareSentence, type ImportedSeries } from '../../src/core/import/importer';
import { LessonParseError } from '../../src/core/lesson/errors';
import { MAX_PARAGRAPH_WORDS, checkParagraphSize } from '../../src/core/lesson/limits';
import { parseLesson } from '../../src/core/lesson/parser';
import { setCoreUiLanguage } from '../../src/core/uiLanguage';

const FRENCH = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;

const BAD_LEVEL = `---
title: Une leçon
level: Z9
series: Atelier
order: 1
---

## Text

Un texte.
`;

function reasonOf(action: () => unknown): string {
  try {
    action();
  } catch (e) {
    assert.ok(e instanceof LessonParseError, String(e));
    return e.reason;
  }
  assert.fail('the lesson was accepted');
}

function series(shares: number[]): ImportedSeries {
  return {
    slug: 's', title: 'S', repairs: [], unresolved: [],
    lessons: shares.map((knownShare, i) => ({ fileName: `${i}.md`, title: 'T', level: 'B1', words: 100, knownShare, markdown: '' })),
  };
}

describe('core messages in the interface language', () => {
  const longParagraph = Array.from({ length: MAX_PARAGRAPH_WORDS + 1 }, () => 'a').join(' ');

  afterEach(() => {
    l10n.config({ contents: {} });
    setCoreUiLanguage('en');
  });

  it('are English when nothing is configured (the CLI)', () => {
    assert.equal(reasonOf(() => parseLesson(BAD_LEVEL, 'x.md')), "Level 'Z9' is not a CEFR level (A1, A2, B1, B2, C1, C2).");
    assert.equal(
      reasonOf(() => checkParagraphSize(longParagraph, 3, 'x.md')),
      'The paragraph starting on this line has 5,001 words, over the limit of 5,000; split it.',
    );
    assert.equal(knownShareSentence(series([0.5, 0.75])), 'You know 63% of the words (lessons: 50%, 75%).');
  });

  it('are French, with French figures and typography, under the French bundle', () => {
    l10n.config({ contents: FRENCH });
    setCoreUiLanguage('fr');
    assert.equal(reasonOf(() => parseLesson(BAD_LEVEL, 'x.md')), 'Le niveau «\u202fZ9\u202f» n’est pas un niveau du CECRL (A1, A2, B1, B2, C1, C2).');
    assert.equal(
      reasonOf(() => checkParagraphSize(longParagraph, 3, 'x.md')),
      'Le paragraphe qui commence à cette ligne a 5\u202f001 mots, au-delà de la limite de 5\u202f000\u202f; coupez-le.',
    );
    assert.equal(knownShareSentence(series([0.5, 0.75])), 'Vous connaissez 63\u202f% des mots (leçons\u202f: 50\u202f%, 75\u202f%).');
  });
});
