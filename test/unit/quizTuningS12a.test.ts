// The faults of tuning round s12a (test/eval/quiz-review-tuning-s12a.tsv, five 2016/07 Wikinews
// articles), each fixed at its cause as a general rule and tested on texts of its kind.
import * as assert from 'node:assert/strict';
import { detectDateline } from '../../src/core/import/dateline';
import { glossesOverlap } from '../../src/core/quiz/distractors';
import { findEntities } from '../../src/core/quiz/entities';
import { draftItems } from '../../src/core/quiz/generate';
import { teacherProblems } from '../../src/core/quiz/quality';
import { quizSourceOfText } from './quizDispatches';
import { testRank, testReadings } from './quizInputs';

describe('quiz: the faults of tuning round s12a', function () {
  this.timeout(120000);

  it('finds a Wikinews date line below a « Sur le même sujet » box of related headlines (item 5: a when-item on the bare date « _____. »)', () => {
    const paragraphs = [
      'Cyclisme : les résultats de la deuxième étape',
      'Sur le même sujet Cyclisme 2016',
      'Cyclisme 2016 : un coureur remporte le contre-la-montre de la 13e étape',
      // A headline of eighteen words, longer than a headline above a dateline may be.
      'Cyclisme 2016 : un autre coureur remporte la 12e étape, le leader garde son maillot jaune sur décision des commissaires de course',
      'Cyclisme 2016 : un troisième remporte la 11e étape',
      'Cyclisme 2016 : un quatrième remporte la 10e étape',
      'Cyclisme 2016 : un cinquième remporte l\'étape-reine',
      '4 juillet 2016. –',
      'Après plus de 183 kilomètres, les coureurs sont arrivés au bout de cette étape vallonnée.',
    ];
    const { dateline, paragraphs: text } = detectDateline(paragraphs);
    assert.equal(dateline?.date, '2016-07-04');
    assert.ok(!text.some((p) => /juillet 2016/u.test(p)), JSON.stringify(text));
    assert.equal(text.length, paragraphs.length - 1);
    // Without the box, a date line as far down is still not taken for the article's own: a date in
    // the body (a line of a list, a quoted headline) is no dateline.
    const noBox = ['Titre', 'Un.', 'Deux.', 'Trois.', 'Quatre.', 'Cinq.', '4 juillet 2016. –', 'Texte.'];
    assert.equal(detectDateline(noBox).dateline, undefined);
  });

  it('takes a near sense given as one alternative of a gloss for a second fair answer (item 73: « as things stand, at present » against « for the time being »)', () => {
    assert.ok(glossesOverlap(['as things stand, at present'], ['for the time being']));
    assert.ok(glossesOverlap(['for the time being'], ['as things stand, at present']));
    // Alternatives of no near-sense group still compare by their words only.
    assert.ok(!glossesOverlap(['as things stand, at present'], ['at the same time, simultaneously']));
  });

  it('asks no who/where/when question whose sentence is the blank alone (item 5: « quel moment complète la phrase ? « _____. » »)', async () => {
    // A date line the importer did not recognise, left as a paragraph of its own.
    const source = await quizSourceOfText('Cyclisme : les résultats de la deuxième étape\n\n4 juillet 2016.\n\nLe 3 juillet, les coureurs sont partis de Saint-Lô. Le 5 juillet, ils arriveront à Angers. Le 6 juillet, ils iront à Pau.');
    const entities = findEntities(source);
    const bare: string[] = [];
    const framed: string[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      for (const [, drafts] of draftItems(source, { seed, generatedComprehension: true, rank: testRank(), readings: testReadings() }, entities)) {
        for (const item of drafts) {
          if (!/quel moment/u.test(item.prompt)) continue;
          const ok = teacherProblems(item, source.text, entities).length === 0;
          if (/«\s*_____\.\s*»/u.test(item.prompt)) bare.push(`${ok}`);
          else framed.push(`${ok}`);
        }
      }
    }
    assert.ok(bare.length > 0, 'the bare date line is drafted');
    assert.deepEqual([...new Set(bare)], ['false']);
    // A date in a sentence is still asked.
    assert.ok(framed.includes('true'));
  });
});

