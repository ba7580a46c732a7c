// The quiz's leftovers of blind review 13 (test/eval/quiz-review.md, « Review 13 »: pool quiz-review-13),
// each fixed as a general rule and tested on sentences of its kind: a figure pair or a measure written out
// (132) and a name's particle elided by the quiz and flagged by the validity check (139).
import * as assert from 'node:assert/strict';
import { elisionProblems } from '../../src/core/quiz/frenchCheck';
import { elideAll, numbersIn, sameMeaning } from '../../src/core/quiz/paraphrase';
import { teacherProblems } from '../../src/core/quiz/quality';
import type { ComprehensionItem } from '../../src/core/quiz/types';

const rewrites = (s: string): string[] => sameMeaning(s).map((r) => r.statement);
const inWords = /(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?![\p{L}])/iu;

describe('quiz: the leftovers of blind review 13 (quiz)', () => {
  it('writes out neither of two figures side by side, and changes neither (« la hauteur de six dix mètres »)', () => {
    // Review 13's frame: « 6,10 m » with its decimal comma lost.
    assert.deepEqual(rewrites('Le fleuve reste sous la hauteur de 6 10 mètres atteinte en juin.').filter((s) => inWords.test(s)), []);
    assert.deepEqual(numbersIn('Le fleuve reste sous la hauteur de 6 10 mètres atteinte en juin.'), []);
    assert.deepEqual(rewrites('Le code 4 7 a été affiché à 3 reprises.').filter((s) => inWords.test(s)), []);
    // A thousands group is one figure, still a quantity.
    assert.deepEqual(numbersIn('La ville compte 1 500 habitants.').map((n) => n.value), [1500]);
  });

  it('writes out no figure before a unit’s word, yet a false statement may still change it (« dix mètres »)', () => {
    for (const s of [
      'La crue a atteint 5 mètres à Paris.',
      'Le coureur a parcouru 8 kilomètres en tête.',
      'Le colis pesait 4 kilogrammes et 3 agents l’ont ouvert.',
      'Le billet coûte 6 euros depuis mars.',
      'La température a baissé de 7 degrés.',
      'La digue mesure entre 3 et 4 mètres.',
    ]) {
      assert.deepEqual(rewrites(s).filter((r) => inWords.test(r)), [], s);
      assert.ok(numbersIn(s).length > 0, s);
    }
    // A count of things is still written out.
    assert.ok(rewrites('Le séisme a fait 6 morts dans 3 villages.').includes('Le séisme a fait six morts dans trois villages.'));
  });

  it('never elides the particle of a name (« Maëlys d’Araujo »), and still elides « de » before a name as a preposition', () => {
    assert.equal(elideAll('Il a vu la jeune Inès de Almeida durant la fête.'), 'Il a vu la jeune Inès de Almeida durant la fête.');
    assert.equal(elideAll('Manoel de Oliveira a tourné le film.'), 'Manoel de Oliveira a tourné le film.');
    assert.equal(elideAll('Il est arrivé juste derrière de Anne Martin.'), "Il est arrivé juste derrière d'Anne Martin.");
    assert.equal(elideAll('Près de Avignon, la route est coupée.'), "Près d'Avignon, la route est coupée.");
    // Through the rewrite that calls it: « pendant » -> « durant » leaves the name as it is.
    assert.ok(rewrites('Le suspect a enlevé la fille Inès de Almeida pendant la nuit.').includes('Le suspect a enlevé la fille Inès de Almeida durant la nuit.'));
  });

  it('the validity check reads a name’s particle as part of the name, and still rejects « de » before a full name', () => {
    assert.deepEqual(elisionProblems('Le suspect a avoué avoir tué Inès de Almeida.', new Map(), false), []);
    assert.deepEqual(elisionProblems('Le coureur était suivi de Adam Yates.', new Map(), false), ['a missing elision: « de Adam »']);
    assert.deepEqual(elisionProblems('Près de Avignon, la route est coupée.', new Map(), false), ['a missing elision: « de Avignon »']);
    const tf = (statement: string): ComprehensionItem => ({
      id: 'x', kind: 'comprehension', focus: 'truefalse', format: 'truefalse', prompt: `Vrai ou faux ?\u00a0«\u00a0${statement}\u00a0»`,
      choices: ['Vrai', 'Faux'], answer: 0, evidence: { start: 0, end: 1 }, explanation: 'x', keys: [],
    });
    const none = { people: [], organisations: [], places: [], times: [] };
    assert.deepEqual(teacherProblems(tf('Le suspect a avoué avoir tué Inès de Almeida.'), 'x', none), []);
    assert.ok(teacherProblems(tf('Le coureur était suivi de Adam Yates.'), 'x', none).some((p) => p.includes('elision')));
  });
});
