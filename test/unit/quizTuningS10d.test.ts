// The faults of tuning round s10d (test/eval/quiz-review-tuning-s10d.tsv, five 2016/01 Wikinews
// articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { negate, trueFalseQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';
import { tokenReader } from './helpers/tokenReadings';
import { expressionProbe } from './helpers/expressionMatches';

describe('quiz: the faults of tuning round s10d', function () {
  this.timeout(120000);

  it('takes a name after « en » for a place, not a person (items 9, 17, 21: « en Sierra Leone » swapped with Mohammed Belhocine)', async () => {
    const source = await quizSourceOfText(
      [
        "Le représentant de l'OMS, Mohammed Belhocine, a annoncé que l'épidémie était terminée en Guinée.",
        'Plus de 28 000 cas ont été recensés, particulièrement en Sierra Leone et au Libéria.',
        'Des cas de réapparition du virus sont survenus en Costa Brava chez des malades.',
        'Le président voit en Jean Dupont un successeur, et les électeurs ont confiance en Marie Durand.',
      ].join('\n\n'),
    );
    const people = findEntities(source).people.map((p) => p.name);
    assert.ok(!people.includes('Sierra Leone'), people.join(', '));
    assert.ok(!people.includes('Costa Brava'), people.join(', '));
    // « voir en X », « avoir confiance en X »: en before a person, who stays one.
    assert.ok(people.includes('Mohammed Belhocine') && people.includes('Jean Dupont') && people.includes('Marie Durand'), people.join(', '));
  });

  describe('a capitalised word inside a sentence whose only common reading is a verb is a name (item 38: « twitter = to tweet » from « le réseau social Twitter »)', () => {
    const { reading } = tokenReader();
    const rows: [string, string, string][] = [
      ["Le Premier ministre l'a déclaré sur le réseau social Twitter.", 'Twitter', 'Twitter/PROPN'],
      ['Il a publié un message sur Twitter hier soir.', 'Twitter', 'Twitter/PROPN'],
      ['Il aime twitter le soir.', 'twitter', 'twitter/VERB'],
    ];
    for (const [text, form, want] of rows) it(`« ${text} »: ${form} is ${want}`, () => assert.equal(reading(text, form), want));
  });

  it('keeps a name\'s last word joined by « al- » (item 46: « Nimr Baqer al-Nimr » swapped as « Nimr Baqer », giving « Mohammed Abdallah al-Nimr »)', async () => {
    const source = await quizSourceOfText(
      [
        'Le muezzin Mohammed Abdallah al-Joubouri a été abattu à proximité de son domicile.',
        "Le pays est soulevé par une vague de manifestations suite à l'exécution de Nimr Baqer al-Nimr en Arabie saoudite samedi dernier.",
        "Les rebelles d'Ahrar al-Cham ont quitté la ville.",
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const people = entities.people.map((p) => p.name);
    assert.ok(people.includes('Nimr Baqer al-Nimr') && people.includes('Mohammed Abdallah al-Joubouri'), people.join(', '));
    assert.ok(!people.includes('Nimr Baqer') && !people.includes('Mohammed Abdallah'), people.join(', '));
    // One word and « al-… » is as often a group or a town: no person.
    assert.ok(!people.includes('Ahrar al-Cham'), people.join(', '));
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      for (const item of trueFalseQuestions(source, entities, createRng(seed))) {
        assert.doesNotMatch(item.prompt, /Mohammed Abdallah al-Nimr|Nimr Baqer al-Joubouri/u, item.prompt);
      }
    }
  });

  it('reads no « pousser à » (to drive to) where à gives an amount (item 72: « qui peut pousser à plus de 4000 m d\'altitude »)', () => {
    const { lemmas } = expressionProbe();
    assert.ok(!lemmas("La pomme de terre péruvienne, qui peut pousser à plus de 4000 m d'altitude, a été choisie.").includes('pousser à'));
    assert.ok(!lemmas('Le blé pousse à 2000 mètres.').includes('pousser à'));
    assert.ok(!lemmas('Les manifestants ont appelé à 3 reprises la police.').includes('appeler à'));
    // The act one is driven to, infinitive or noun, keeps the phrase.
    assert.ok(lemmas('Cette situation pousse à réfléchir.').includes('pousser à'));
    assert.ok(lemmas('Ces propos poussent à la violence.').includes('pousser à'));
  });

  it('takes a name right after « la mosquée », « l\'église », « l\'hôpital »… for the place, not a person (the net flagged « la mosquée sunnite Mohammed Abdallah al-Joubouri » as a person disagreeing with its frame)', async () => {
    const source = await quizSourceOfText(
      [
        'Le muezzin de la mosquée sunnite Mohammed Abdallah al-Joubouri a été abattu à proximité de son domicile.',
        "Les blessés ont été conduits à l'hôpital Georges Pompidou par les secours.",
        "Le ministre Jean Dupont s'est rendu sur place dans la soirée.",
      ].join('\n\n'),
    );
    const people = findEntities(source).people.map((p) => p.name);
    assert.ok(!people.includes('Mohammed Abdallah al-Joubouri') && !people.includes('Georges Pompidou'), people.join(', '));
    assert.ok(people.includes('Jean Dupont'), people.join(', '));
  });

  it('negates no verb that « et » joins to a second verb of the same subject (judgement call 28: « n\'ont pas pris en embuscade un muezzin et l\'ont abattu »)', () => {
    assert.equal(negate('Dans une autre ville, des hommes armés ont pris en embuscade un muezzin et l\'ont abattu.'), undefined);
    assert.equal(negate('Le suspect a volé une voiture et a pris la fuite.'), undefined);
    // « et » joining objects or a clause of another subject leaves the negation.
    assert.equal(negate('Les policiers ont arrêté le conducteur et son passager.'), "Les policiers n'ont pas arrêté le conducteur et son passager.");
  });
});
