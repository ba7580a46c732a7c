// The quiz-side faults of blind review 10 (test/eval/quiz-review-10.tsv), each fixed at its cause and
// tested on sentences of its kind, not only the judged one.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { whenQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

describe('quiz: the faults of blind review 10', function () {
  this.timeout(120000);

  it('asks no weekday that another day of a night or range fixes (review 10, items 55, 59: « la nuit de vendredi à _____ 1er avril »)', async () => {
    const source = await quizSourceOfText(
      [
        'La ville a été frappée dans la nuit de vendredi à samedi 1er avril par la crue soudaine de trois fleuves.',
        'Les magasins resteront ouverts du lundi au jeudi pendant toute la durée des travaux, selon la mairie.',
        'Les négociations se tiendront entre mardi et mercredi dans la préfecture, a annoncé le ministre.',
        'Le suspect a été arrêté dimanche à Brest, puis placé en garde à vue, avant son procès prévu vendredi.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const items = Array.from({ length: 10 }, (_, i) => whenQuestions(source, entities, createRng(i + 1))).flat();
    assert.ok(items.some((d) => /arrêté _____|prévu _____/u.test(d.prompt)), `the unpaired days are still asked: ${items.map((d) => d.prompt).join('\n')}`);
    for (const d of items) {
      assert.doesNotMatch(d.prompt, /nuit de _____ à samedi|nuit de vendredi à _____|du _____ au jeudi|du lundi au _____|entre _____ et mercredi|entre mardi et _____/u, d.prompt);
    }
  });
});
