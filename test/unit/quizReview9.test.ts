// The quiz-side faults of blind review 9 (test/eval/quiz-review-9.tsv), each fixed at its cause and
// tested on sentences of its kind, not only the judged one.
import * as assert from 'node:assert/strict';
import { findEntities, isDemonym } from '../../src/core/quiz/entities';
import { attributionQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
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

  it('asks « reported or a fact? » only to contrast with reported words (review 9: 5 of 10 items « comme un fait » on a race report)', async () => {
    const race = [
      "Le Sud-Africain Henri Schoeman prend la tête de la course dès la sortie de l'eau, devant Fernando Alarza.",
      "Mario Mola remporte sa seconde victoire d'étape et conforte son positionnement de leader du championnat.",
      "Kristian Blummenfelt termine troisième de l'épreuve après une belle remontée dans la partie course à pied.",
      "Andrea Hewitt garde le contrôle du peloton pendant toute la partie vélo malgré la pluie battante.",
      "Flora Duffy faisait son retour sur le circuit après deux étapes manquées à cause d'une blessure.",
    ].join('\n\n');
    const drafts = attributionQuestions(await quizSourceOfText(race), findEntities(await quizSourceOfText(race)), createRng(19501));
    assert.equal(drafts.length, 1, drafts.map((d) => d.prompt).join('\n'));
    // With one reported statement, one fact to contrast with it.
    const reported = `${race}\n\n« Je suis très heureux de cette victoire devant mon public », a déclaré Mario Mola après la course.`;
    const source = await quizSourceOfText(reported);
    const withSpeech = attributionQuestions(source, findEntities(source), createRng(19501));
    const facts = withSpeech.filter((d) => d.choices[d.answer]?.startsWith('comme un fait'));
    assert.equal(withSpeech.length - facts.length, 1, withSpeech.map((d) => d.prompt).join('\n'));
    assert.equal(facts.length, 1);
  });
});
