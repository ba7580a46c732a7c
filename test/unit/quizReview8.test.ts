// A quiz-side fault of blind review 8 (test/eval/quiz-review-8.tsv: six unseen French Wikinews
// articles of 2017/01, pool quiz-review-8), fixed at its cause and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { trueFalseQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

describe('quiz: the faults of blind review 8 on unseen real news (Wikinews 2017/01)', function () {
  this.timeout(120000);

  it('changes no figure under a bound or an approximation in a false statement (« plus de 100 morts » → « plus de cinquante » is still true)', async () => {
    const source = await quizSourceOfText(
      [
        'Une mutinerie dans une prison de Manaus a fait plus de 100 morts la semaine dernière, selon les autorités.',
        'Au moins 12 détenus se sont évadés pendant la nuit.',
        'La police a arrêté 40 personnes après les émeutes.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const falseOnes = Array.from({ length: 40 }, (_, i) => trueFalseQuestions(source, entities, createRng(i + 1)))
      .flat()
      .filter((d) => d.kind === 'comprehension' && d.choices?.[d.answer] === 'Faux');
    for (const d of falseOnes) {
      assert.doesNotMatch(d.prompt, /plus de (?!100 )[\p{L}\d]+ morts/u, d.prompt);
      assert.doesNotMatch(d.prompt, /Au moins (?!12 )[\p{L}\d]+ détenus/u, d.prompt);
    }
    // A figure with no bound is still changed: « 40 personnes » → another figure, a false statement.
    assert.ok(falseOnes.some((d) => /arrêté (?!40 )[\p{L}\d-]+ personnes/u.test(d.prompt)), falseOnes.map((d) => d.prompt).join('\n'));
  });
});
