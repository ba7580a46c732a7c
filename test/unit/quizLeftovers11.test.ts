// The leftovers of blind review 11 (test/eval/quiz-review.md, « Review 11 »: pool quiz-review-11),
// each fixed as a general rule and tested on sentences of its kind: the validity check's three
// misreadings of right items, the invalid items' classes, and the quoting of a split expression.
import * as assert from 'node:assert/strict';
import { frameGender, negationProblems, spelledNumberProblems } from '../../src/core/quiz/frenchCheck';
import { BLANK } from '../../src/core/quiz/snippets';

describe('quiz: the leftovers of blind review 11', function () {
  this.timeout(120000);
  const gender = (frame: string): boolean[] => frameGender(frame, frame.indexOf(BLANK), BLANK.length);

  it('reads no rank, place or stage before the gap as a title in apposition (« prend la seconde place, _____ »)', () => {
    assert.deepEqual(gender(`Richard Murray prend la seconde place, ${BLANK} prend la troisième place de l'étape.`), []);
    assert.deepEqual(gender(`Il termine à la quatrième position, ${BLANK} remporte la course.`), []);
    assert.deepEqual(gender(`Après la première étape, ${BLANK} mène le classement.`), []);
    // A person's title still tells: « la présidente du club, _____ », « la seconde épouse, _____ ».
    assert.ok(gender(`La présidente du club, ${BLANK}, a démissionné.`).includes(true));
    assert.deepEqual(gender(`Il a rencontré la seconde épouse, ${BLANK}, lundi.`), [true]);
  });

  it('wants no « de » for an article that starts a clause coordinated after a negated one (« n’a pas dégénéré et du gaz »)', () => {
    assert.deepEqual(negationProblems('La manifestation n’a pas dégénéré et du gaz lacrymogène a été employé contre les manifestants.'), []);
    assert.deepEqual(negationProblems("Le match n'a pas eu lieu et des supporters ont manifesté."), []);
    // The negated verb's own object still wants « de ».
    assert.equal(negationProblems("Les enquêteurs n'ont pas retrouvé des fragments de l'avion.").length, 1);
    assert.equal(negationProblems("La police n'a pas employé du gaz lacrymogène.").length, 1);
  });

  it('reads a number before a plural noun after a name as a quantity, not the name’s number (« en France trois semaines après »)', () => {
    assert.deepEqual(spelledNumberProblems('En 2009, une petite fille avait été retrouvée en France trois semaines après son enlèvement.'), []);
    assert.deepEqual(spelledNumberProblems('Elle a été retrouvée en Hongrie deux jours plus tard.'), []);
    assert.equal(spelledNumberProblems('Le Boeing sept cent trente-sept s’est écrasé.').length, 1);
    assert.equal(spelledNumberProblems('Le vol de Minsk deux a décollé.').length, 1);
  });
});
