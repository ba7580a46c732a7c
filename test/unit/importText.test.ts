import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { detectDateline } from '../../src/core/import/dateline';
import { repairText, type WordChecker } from '../../src/core/import/repair';
import { htmlToText, markdownToText, sourceToParagraphs } from '../../src/core/import/sourceText';
import { countWords, splitIntoLessons } from '../../src/core/import/split';
import { frenchTypography } from '../../src/core/import/typography';
import { SEED_DISPATCH } from './helpers/shared';

const SEED = SEED_DISPATCH;

/** A few real French words: the repairer asks the lexicon whether a candidate spelling exists. */
const words: WordChecker = {
  isKnownWord: (w) => ['réunion', 'été', 'déclaré', 'près', 'coopération', 'très'].includes(w.toLowerCase()),
};

describe('import: source text', () => {
  it('strips HTML tags, scripts and entities, keeping paragraphs', () => {
    const html = '<html><head><title>x</title></head><body><script>alert(1)</script><p>Le pr&eacute;sident&nbsp;:</p><p>« <b>Non</b> »</p></body></html>';
    assert.deepEqual(sourceToParagraphs(html, 'html'), ['Le président\u00a0:', '« Non »']);
    assert.equal(htmlToText('<style>p{}</style>a&#233;&#x00e8;'), 'aéè');
  });

  it('keeps the prose of Markdown', () => {
    assert.equal(markdownToText('---\ntitle: x\n---\n# Titre\n**Gras** et [lien](http://x) et *em*'), 'Titre\nGras et lien et em');
  });
});

describe('import: dateline', () => {
  it("reads Xinhua's update line and drops it from the text", () => {
    const paragraphs = sourceToParagraphs(fs.readFileSync(SEED, 'utf8'), 'text');
    const { dateline, paragraphs: rest } = detectDateline(paragraphs, 2022);
    assert.equal(dateline?.source, 'Xinhua');
    assert.equal(dateline?.date, '2022-02-04');
    assert.equal(rest.length, paragraphs.length - 1);
    assert.match(rest[0]!, /^Le Conseiller d'Etat/);
  });

  it('reads a wire opening "PLACE, day month (AGENCY) -"', () => {
    const { dateline, paragraphs } = detectDateline(['PARIS, 3 mars 2022 (AFP) - Le ministre a déclaré…']);
    assert.deepEqual(dateline, { raw: 'PARIS, 3 mars 2022 (AFP) -', place: 'PARIS', source: 'AFP', date: '2022-03-03' });
    assert.deepEqual(paragraphs, ['Le ministre a déclaré…']);
  });

  it('leaves text without a dateline alone', () => {
    assert.deepEqual(detectDateline(['Un texte.']), { paragraphs: ['Un texte.'] });
  });
});

describe('import: repairs', () => {
  it('repairs the seed dispatch: Sergue? -> Sergueï, la tache primaire -> la tâche, Etat -> État', () => {
    const paragraphs = sourceToParagraphs(fs.readFileSync(SEED, 'utf8'), 'text');
    const { paragraphs: fixed, repairs } = repairText(paragraphs, words);
    const text = fixed.join('\n');
    assert.match(text, /Sergueï Lavrov/);
    assert.match(text, /la tâche primaire/);
    assert.match(text, /chefs d'État/);
    assert.doesNotMatch(text, /Etat|\?\s*Lavrov/);
    assert.deepEqual(repairs.map((r) => `${r.kind}:${r.from}>${r.to}`).sort(), [
      'accent:Etat>État', 'confusion:tache>tâche', 'encoding:Sergue?>Sergueï',
    ]);
    assert.ok(repairs.every((r) => r.why.length > 20));
  });

  it('repairs UTF-8 read as Latin-1, and a lost character the lexicon can restore', () => {
    const { paragraphs, repairs } = repairText(['La rÃ©union a Ã©tÃ© reportÃ©e.', 'La r\uFFFDunion.'], words);
    assert.deepEqual(paragraphs, ['La réunion a été reportée.', 'La réunion.']);
    assert.deepEqual(repairs.map((r) => `${r.from}>${r.to}`), ['Ã©>é', 'r\uFFFDunion>réunion']);
  });

  it('keeps real question marks and flags what it cannot repair', () => {
    const { paragraphs, repairs, unresolved } = repairText(['Pourquoi? Parce que. Et quoi?', 'Le mot xq\uFFFDzt.'], words);
    assert.equal(paragraphs[0], 'Pourquoi? Parce que. Et quoi?');
    assert.equal(repairs.length, 0);
    assert.deepEqual(unresolved, ['xq\uFFFDzt']);
  });

  it('does not touch "tache" as a stain, nor "sur" as a preposition', () => {
    const input = ['Une tache sur la chemise.', 'Bien sur la table.'];
    assert.deepEqual(repairText(input, words).paragraphs, input);
  });
});

describe('import: typography', () => {
  it('turns straight quotes into « » with non-breaking spaces, and spaces high punctuation', () => {
    assert.equal(frenchTypography('"Guidée par les consensus", a déclaré M. Wang : oui !'),
      '«\u00a0Guidée par les consensus\u00a0», a déclaré M. Wang\u00a0: oui\u00a0!');
    assert.equal(frenchTypography('Il a dit "non'), 'Il a dit "non');
    assert.equal(frenchTypography('Vraiment?'), 'Vraiment\u202f?');
  });

  it('adds the space a colon glued to its word lacks, never in a time or an address', () => {
    assert.equal(frenchTypography("l'appel propose:\nla fin"), "l'appel propose\u00a0:\nla fin");
    assert.equal(frenchTypography('Le bilan: trois morts.'), 'Le bilan\u00a0: trois morts.');
    assert.equal(frenchTypography('« Non »: voilà.'), '«\u00a0Non\u00a0»\u00a0: voilà.');
    assert.equal(frenchTypography('à 19:30, voir https://fr.wikinews.org'), 'à 19:30, voir https://fr.wikinews.org');
  });
});

describe('import: split', () => {
  const para = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ') + '.';

  it('groups paragraphs into lessons of 100-200 words at paragraph boundaries', () => {
    const chunks = splitIntoLessons([para(60), para(60), para(90), para(120), para(40)], (p) => [p]);
    assert.deepEqual(chunks.map((c) => c.map(countWords)), [[60, 60], [90], [120, 40]]);
  });

  it('cuts a paragraph longer than the maximum at sentence ends', () => {
    const long = [para(90), para(90), para(90)].join(' ');
    const chunks = splitIntoLessons([long], (p) => p.split(/(?<=\.) /));
    assert.ok(chunks.length >= 2);
    assert.ok(chunks.every((c) => c.every((p) => countWords(p) <= 200)));
    assert.equal(chunks.flat().join(' '), long);
  });

  it('counts elided articles as words', () => {
    assert.equal(countWords("l'amitié honorée par le temps"), 6);
  });
});
