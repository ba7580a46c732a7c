// The quiz-side faults of blind review 9 (test/eval/quiz-review-9.tsv), each fixed at its cause and
// tested on sentences of its kind, not only the judged one.
import * as assert from 'node:assert/strict';
import { findEntities, isDemonym } from '../../src/core/quiz/entities';
import { quizSourceOfText } from './quizDispatches';

describe('quiz: the faults of blind review 9', function () {
  this.timeout(120000);

  it('takes no demonym before a name into the name (review 9, items 31, 33, 37, 40: « le Sud-Africain Henri Schoeman »)', async () => {
    const source = await quizSourceOfText(
      [
        "La partie course à pied est emmenée tout d'abord par le Sud-Africain Henri Schoeman et le Hongrois Gabor Faldum, puis Fernando Alarza reprend le contrôle de l'épreuve.",
        "L'Espagnol Mario Mola remporte sa seconde victoire d'étape devant le Norvégien Kristian Blummenfelt et la Néo-Zélandaise Andrea Hewitt.",
        "La Bermudienne Flora Duffy faisait son retour, a rappelé l'Américaine Katie Zaferes au micro du Britannique Jonathan Brownlee.",
        "Damien Saillier et Martin Schulz ont salué la course, selon Jordan Bardella.",
      ].join('\n\n'),
    );
    const names = findEntities(source).people.map((p) => p.name);
    for (const name of ['Henri Schoeman', 'Gabor Faldum', 'Fernando Alarza', 'Mario Mola', 'Kristian Blummenfelt', 'Andrea Hewitt', 'Katie Zaferes', 'Jonathan Brownlee', 'Damien Saillier', 'Martin Schulz', 'Jordan Bardella']) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
    assert.ok(!names.some((n) => /Africain|Hongrois|Espagnol|Norvégien|Zélandaise|Bermudienne|Américaine|Britannique/u.test(n)), names.join(', '));
  });

  it('tells a demonym by its ending and a country stem, and a first name from one', () => {
    for (const w of ['Sud-Africain', 'Nord-Coréen', 'Néo-Zélandais', 'Américain', 'Française', 'Espagnol', 'Norvégienne', 'Marocaine', 'Yéménite', 'Allemand', 'Ivoirien', 'Mexicain']) assert.ok(isDemonym(w), w);
    for (const w of ['Henri', 'Damien', 'Sébastien', 'Christine', 'Valentin', 'Mario', 'sud-africain']) assert.ok(!isDemonym(w), w);
  });
});
