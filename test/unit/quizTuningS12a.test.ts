// The faults of tuning round s12a (test/eval/quiz-review-tuning-s12a.tsv, five 2016/07 Wikinews
// articles), each fixed at its cause as a general rule and tested on texts of its kind.
import * as assert from 'node:assert/strict';
import { detectDateline } from '../../src/core/import/dateline';
import { glossesOverlap } from '../../src/core/quiz/distractors';

describe('quiz: the faults of tuning round s12a', () => {
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
});
