// The quiz's leftovers of blind review 17 (test/eval/quiz-review.md, « Review 17 »: pool quiz-review-17),
// each fixed as a general rule and tested on sentences of our own in the review's frames.
import * as assert from 'node:assert/strict';
import { elide, elidesBefore } from '../../src/core/quiz/french';
import { elisionProblems } from '../../src/core/quiz/frenchCheck';

describe('quiz: the leftovers of blind review 17 (fix17)', function () {
  this.timeout(120000);

  it('elides before a vowel under any diacritic, in the writer and the check alike (« d\'Álvaro », 19)', () => {
    for (const name of ['Álvaro', 'Íñigo', 'Óscar', 'Úrsula', 'Ähtäri', 'Ümit', 'Ølstykke', 'ángel']) {
      assert.ok(elidesBefore(name), name);
      assert.equal(elide('de', name), `d'${name}`);
      assert.ok(elisionProblems(`les propos de ${name} Ruiz`, new Map(), true).length > 0, `de ${name}`);
      assert.deepEqual(elisionProblems(`les propos d'${name} Ruiz`, new Map(), true), [], `d'${name}`);
    }
    for (const name of ['Čapek', 'Šimon', 'Ñuñez']) assert.ok(!elidesBefore(name), name);
  });
});
