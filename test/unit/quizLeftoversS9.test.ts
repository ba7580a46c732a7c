// The leftovers of tuning round s9 (test/eval/quiz-review.md, session 9: the two 2016/09 articles
// kept out of the validity test), each fixed as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDepsFromData } from '../../src/core/import/deps';
import { importDispatch } from '../../src/core/import/importer';
import { repairText, type WordChecker } from '../../src/core/import/repair';
import { findEntities } from '../../src/core/quiz/entities';
import { fold } from '../../src/core/quiz/french';
import { frameGender } from '../../src/core/quiz/frenchCheck';
import { collocationItems } from '../../src/core/quiz/generators/collocation';
import { whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { BLANK } from '../../src/core/quiz/snippets';
import { analysisDataDir } from './helpers/analysisData';
import { WIKINEWS_DIR, quizSourceOfText } from './quizDispatches';
import { testAnalyzer } from './quizInputs';

describe('quiz: the leftovers of tuning round s9', function () {
  this.timeout(120000);
  let words: WordChecker;
  before(() => {
    words = importDepsFromData(analysisDataDir()).words;
  });
  const fixed = (text: string): string => repairText([text], words).paragraphs[0]!;

  it('repairs an elision the source left out before a vowel (« demandant à ce que Ali Bongo »), and says so', () => {
    assert.equal(fixed('Des émeutes ont éclaté, demandant à ce que Ali Bongo parte du pouvoir.'), "Des émeutes ont éclaté, demandant à ce qu'Ali Bongo parte du pouvoir.");
    assert.equal(fixed('Il a dit que il viendra si il le peut, et que on verra.'), "Il a dit qu'il viendra s'il le peut, et qu'on verra.");
    assert.equal(fixed("Le nombre de avions a baissé, selon l’armée, et je ai vu la armée."), 'Le nombre d’avions a baissé, selon l’armée, et j’ai vu la armée.');
    assert.equal(fixed('Les soldats de la armée et ceux de la école.'), "Les soldats de l'armée et ceux de l'école.");
    const r = repairText(['Ils demandent à ce que Ali Bongo parte.'], words);
    assert.deepEqual(r.repairs.map((x) => `${x.from} > ${x.to}`), ["que Ali > qu'Ali"]);
    assert.match(r.repairs[0]!.why, /vowel/u);
  });

  it('leaves alone what French writes in full before a vowel letter: h, y, « ou » and « i » sounded as consonants, names after « de », a missing word', () => {
    for (const clean of [
      'Le gouvernement de Hollande et le chef du Hamas, selon que Hubert le dit.',
      'Le président de Ouattara et la ville de Ouagadougou, que Yoon connaît.',
      'Les traductions de Emmanuel Régis et le commandement de Ivan Shakhovskiy.',
      'Il créa un magazine, le Eton Candle, avec la une du journal et le un.',
      'Le championnat est la édition de cette année.',
      'Il est ne en 1950, dijo que es bueno.',
      'Il a dit que Iouri viendra, le onze, et que oui.',
    ]) assert.equal(fixed(clean), clean);
  });

  it('imports the article with the elision repaired and a note that quotes the source', async () => {
    const text = fs.readFileSync(path.join(WIKINEWS_DIR, '09', '2016_09_01-003.txt'), 'utf8');
    const series = await importDispatch(text, importDepsFromData(analysisDataDir()), { fileName: '2016_09_01-003.txt' });
    const markdown = series.lessons.map((l) => l.markdown).join('\n');
    assert.match(markdown, /à ce qu['’]Ali Bongo parte/u);
    assert.doesNotMatch(markdown, /ce que Ali/u);
    assert.match(markdown, /the source had \*que Ali\*/u);
  });

  it('blanks no « ce » of « à ce que » as a determiner in a collocation item', async () => {
    const source = await quizSourceOfText(
      [
        'Les manifestants demandent à ce que Bongo parte du pouvoir en laissant la place à son rival.',
        'Des émeutes ont éclaté dans la journée, et la police a tiré sur la foule dans la soirée.',
      ].join('\n\n'),
    );
    assert.ok(source.vocab.some((e) => fold(e.lemma) === fold('demander à ce que')), source.vocab.map((e) => e.lemma).join(', '));
    const items = Array.from({ length: 12 }, (_, i) => collocationItems(source, createRng(i + 1))).flat();
    for (const item of items) assert.doesNotMatch(`${item.before}${BLANK}${item.after}`, new RegExp(`${BLANK}\\s*qu`, 'u'), item.prompt);
  });

  it('matches no pronominal expression on an object pronoun before an infinitive (« Nous sommes tristes de vous annoncer »)', async () => {
    const text = "Nous sommes tristes de vous annoncer que l'édition s'annonce difficile cette année.";
    const found = testAnalyzer().analyze(text).expressions.map((e) => `${e.lemma}: ${e.parts.map((i) => testAnalyzer().analyze(text).tokens[i]!.form).join(' ')}`);
    assert.deepEqual(found.filter((f) => f.startsWith("s'annoncer")), ["s'annoncer: s' annonce"]);
    const source = await quizSourceOfText(`${text} Le festival a été annoncé par la mairie lundi.`);
    assert.ok(!source.vocab.some((e) => e.occurrences.some((o) => /^vous\s/u.test(o.surface))), source.vocab.map((e) => e.occurrences[0]?.surface).join(', '));
  });

  it("reads a minister's portfolio as the title's complement, not the gap's article (« l'ancien ministre de la Culture _____ »)", () => {
    const at = (frame: string): boolean[] => frameGender(frame, frame.indexOf(BLANK), BLANK.length);
    assert.deepEqual(at(`Le président du jury sera l'ancien ministre de la Culture ${BLANK}.`), [false]);
    assert.deepEqual(at(`Le jury sera présidé par la ministre de la Justice ${BLANK}.`), [true]);
    assert.deepEqual(at(`Il a rencontré le ministre des Affaires étrangères ${BLANK} hier.`), [false]);
    assert.deepEqual(at(`Ministre de la Culture ${BLANK} a parlé.`), []);
    assert.deepEqual(at(`Selon la directrice de l'école, ${BLANK} a parlé.`), []);
  });

  it('reads the gender of a person noun in apposition before the gap (item 41: « l\'actrice de La cinquième vague, _____ »)', async () => {
    const at = (frame: string): boolean[] => [...new Set(frameGender(frame, frame.indexOf(BLANK), BLANK.length))];
    assert.deepEqual(at(`La première artiste mise en vedette sera l'actrice de La cinquième vague, ${BLANK} (19 ans), qui apparaît dans le film.`), [true]);
    assert.deepEqual(at(`Le père de la victime, ${BLANK}, a parlé aux journalistes.`), [false]);
    assert.deepEqual(at(`Le festival accueille le chanteur ${BLANK} et sa fille.`), [false]);
    // A clause, a preposition: no apposition.
    assert.deepEqual(at(`La présidente a salué son travail, ${BLANK} a dit merci.`), []);
    assert.deepEqual(at(`Selon sa réalisatrice, ${BLANK} viendra.`), []);
    assert.deepEqual(at(`Selon un témoin, la mère de ${BLANK} a confirmé.`), []);

    const source = await quizSourceOfText(
      [
        "La première artiste mise en vedette, sera l'actrice de La cinquième vague, Chloe Grace Moretz (19 ans), qui apparaît cette année dans le film du festival.",
        'Le premier film sera celui de Brad Furman, avec Bryan Cranston. Le réalisateur Pablo Escobar sera aussi présent, selon le festival.',
        'Le président du jury sera le journaliste Michel Durand, a annoncé la directrice Marie Lefèvre. La maire Anne Dupuis a salué le choix.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const women = new Set(entities.people.filter((p) => p.feminine === true).map((p) => p.name));
    const items = Array.from({ length: 12 }, (_, i) => whoQuestions(source, entities, createRng(i + 1))).flat().filter((d) => /l'actrice de La cinquième vague, _____/u.test(d.prompt));
    assert.ok(items.length > 0);
    for (const d of items) assert.deepEqual(d.choices.filter((c) => c !== 'Chloe Grace Moretz' && !women.has(c)), [], d.prompt);
  });
});
