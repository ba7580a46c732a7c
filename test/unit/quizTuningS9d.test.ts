// The faults of tuning round s9d (test/eval/quiz-review-tuning-s9d.tsv, five 2016/07 Wikinews
// articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { findEntities } from '../../src/core/quiz/entities';
import { draftItems } from '../../src/core/quiz/generate';
import { teacherProblems } from '../../src/core/quiz/quality';
import { buildQuizSource } from '../../src/core/quiz/source';
import { trueFalseQuestions, whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { importedLessons, quizSourceOfText, WIKINEWS_DIR } from './quizDispatches';
import { testRank, testReadings } from './quizInputs';

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

describe('quiz: the faults of tuning round s9d', function () {
  this.timeout(120000);

  it('takes no English place or body for a person (items 57, 61, 62, 76, 79: « Utah Beach », « World Triathlon Corporation »)', async () => {
    const source = await quizSourceOfText(
      [
        'Après 188 kilomètres entre Le Mont-Saint-Michel et Utah Beach, le vainqueur est Mark Cavendish, suivi de Marcel Kittel.',
        "L'épreuve du circuit international de la World Triathlon Corporation fêtait son anniversaire, a dit Peter Sagan.",
        'Au classement général, Mark Cavendish est premier, devant Peter Sagan et Marcel Kittel.',
      ].join('\n\n'),
    );
    const people = findEntities(source).people.map((p) => p.name);
    assert.ok(people.includes('Mark Cavendish'), people.join(', '));
    assert.deepEqual(people.filter((n) => /Beach|Corporation|World/u.test(n)), []);
  });

  it('reads « la Suissesse » as no part of the name (items 90, 98, 99, 101, 105: « Suissesse Daniela Ryf »)', async () => {
    const source = await quizSourceOfText(
      [
        'La tenante du titre la Suissesse Daniela Ryf ne renouvelle pas sa performance et termine sa course prématurément.',
        "L'Australienne Melissa Hauschildt devance largement les Allemandes Katja Konschak et Daniela Sämmler.",
      ].join('\n\n'),
    );
    const people = findEntities(source).people.map((p) => p.name);
    assert.ok(people.includes('Daniela Ryf'), people.join(', '));
    assert.deepEqual(people.filter((n) => /Suissesse/u.test(n)), []);
  });

  it('reads the gender of a demonym that opens the sentence (« L\'Allemand Andreas Böcherer », « L\'Australienne … »)', async () => {
    const source = await quizSourceOfText(
      [
        "L'Allemand Andreas Böcherer termine quatrième de la course.",
        "L'Australienne Melissa Hauschildt devance largement le reste du peloton.",
      ].join('\n\n'),
    );
    const people = findEntities(source).people;
    assert.equal(people.find((p) => p.name === 'Andreas Böcherer')?.feminine, false, people.map((p) => `${p.name}: ${p.feminine}`).join(', '));
    assert.equal(people.find((p) => p.name === 'Melissa Hauschildt')?.feminine, true, people.map((p) => `${p.name}: ${p.feminine}`).join(', '));
  });

  it('offers no woman after « l\'Allemand _____ » and swaps in no man after « l\'Australienne » (items 88, 91)', async () => {
    const source = await quizSourceOfText(
      [
        "La course était contestée par l'Allemande Kristin Möller, l'Australienne Melissa Hauschildt et l'Allemande Katja Konschak.",
        "Chez les hommes, parmi les favoris, l'Allemand Sebastian Kienle et l'Espagnol Victor Del Corral étaient attendus.",
        "Côté français, le triathlète Bertrand Billard visait un bon résultat.",
        "Son compatriote, l'Espagnol Eneko Llanos, termine troisième devant l'Allemand Andreas Böcherer.",
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const women = new Set(['Kristin Möller', 'Melissa Hauschildt', 'Katja Konschak']);
    let asked = 0;
    for (const seed of SEEDS) {
      for (const item of whoQuestions(source, entities, createRng(seed))) {
        const right = item.choices[item.answer] as string;
        if (!/l'Allemand _____/u.test(item.prompt)) continue;
        asked++;
        assert.equal(women.has(right), false);
        assert.deepEqual(item.choices.filter((c) => women.has(c)), [], item.prompt);
      }
      for (const item of trueFalseQuestions(source, entities, createRng(seed))) {
        assert.doesNotMatch(item.prompt, /l'Australienne (?:Sebastian Kienle|Victor Del Corral|Bertrand Billard|Eneko Llanos|Andreas Böcherer)/u);
        assert.doesNotMatch(item.prompt, /l'Allemand (?:Kristin Möller|Melissa Hauschildt|Katja Konschak)/u);
      }
    }
    assert.ok(asked > 0, 'no who-question on « l\'Allemand _____ »');
  });

  it('offers one person spelt two ways as no choice (items 114, 115: « Sebastian » and « Sebastien Kienle »)', async () => {
    const source = await quizSourceOfText(
      [
        "Le champion du monde, l'Allemand Sebastian Kienle, n'a pas manqué son rendez-vous avec le titre européen.",
        "Il est pris en chasse par son compatriote Andreas Böcherer, qui ne lâchera rien, devant Jan Frodeno et Eneko Llanos.",
        "Au bout d'un effort intense, Sebastien Kienle remporte l'épreuve et s'écroule après la ligne d'arrivée.",
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    let asked = 0;
    for (const seed of SEEDS) {
      for (const item of whoQuestions(source, entities, createRng(seed))) {
        asked++;
        const kienles = item.choices.filter((c) => /Kienle/u.test(c));
        assert.ok(kienles.length <= 1, item.choices.join(' | '));
      }
    }
    assert.ok(asked > 0);
  });
});

describe('quiz safety net: the sentence a true/false statement was made from (tuning s9d)', function () {
  this.timeout(240000);

  it('ends on the evidence\'s own full stop, so the next sentence\'s people are not taken as replaced', async () => {
    const file = path.join(WIKINEWS_DIR, '07/2016_07_04-003.txt');
    const problems: string[] = [];
    for (const inputs of await importedLessons(file)) {
      const source = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis, testRank(), testReadings());
      const entities = findEntities(source);
      for (const seed of SEEDS) {
        for (const [, drafts] of draftItems(source, { seed, generatedComprehension: true, rank: testRank(), readings: testReadings() }, entities)) {
          for (const item of drafts) problems.push(...teacherProblems(item, source.text, entities).filter((p) => /swapped in for/u.test(p)).map((p) => `${item.prompt}: ${p}`));
        }
      }
    }
    assert.deepEqual([...new Set(problems)], []);
  });
});

describe('engine: the gender of a compound with an article inside (tuning s9d, items 63, 124)', function () {
  this.timeout(120000);

  it('reads « le contre-la-montre » as masculine, not as « montre » (f)', async () => {
    const source = await quizSourceOfText('Tom Dumoulin remporte le contre-la-montre de la 13e étape du Tour de France.');
    const token = source.tokens.find((t) => t.form === 'contre-la-montre');
    assert.ok(token, 'no token « contre-la-montre »');
    assert.notEqual(token.gender, 'f');
    const entry = source.vocab.find((e) => e.lemma === 'contre-la-montre');
    if (entry) assert.notEqual(entry.gender, 'f');
  });
});
