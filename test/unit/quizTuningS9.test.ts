// The faults of tuning round s9 (test/eval/quiz-review-tuning-s9.tsv, four 2016/09 Wikinews
// articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { isPageFurniture } from '../../src/core/import/furniture';
import { findEntities } from '../../src/core/quiz/entities';
import { fold } from '../../src/core/quiz/french';
import { negate, whenQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

describe('quiz: the faults of tuning round s9', function () {
  this.timeout(120000);

  it('teaches no expression whose verb the text uses pronominally (items 47, 53: « se fera avec » is no « faire avec »)', async () => {
    const source = await quizSourceOfText(
      [
        "L'ouverture du festival se fera avec l'acteur Daniel Radcliffe et le président du jury sera l'ancien ministre.",
        "L'hommage au cinéaste se fera dimanche avec la diffusion de son dernier film sur la plage.",
        'Les habitants doivent faire avec les coupures de courant depuis le début de la semaine, selon la mairie.',
      ].join('\n\n'),
    );
    const occurrences = source.vocab.filter((e) => fold(e.lemma) === fold('faire avec')).flatMap((e) => e.occurrences.map((o) => source.text.slice(o.sentence.start, o.span.end)));
    assert.deepEqual(occurrences.filter((o) => /se fera/u.test(o)), []);
  });

  it('reads a word after a determiner and an adjective as no verb (item 63: « un remarquable triplé » is no « tripler »)', async () => {
    const source = await quizSourceOfText(
      "Chez les femmes, la dynamique américaine réalise un remarquable triplé en prenant toutes les places sur le podium de l'épreuve.",
    );
    assert.ok(!source.vocab.some((e) => e.pos === 'VERB' && fold(e.lemma) === 'tripler'), source.vocab.map((e) => `${e.lemma}/${e.pos}`).join(', '));
  });

  it('asks no day or date of a night whose other day fixes it, linked by « et du » (items 1, 5: « la nuit du mercredi 31 août et du jeudi 1er septembre »)', async () => {
    const source = await quizSourceOfText(
      [
        "Des violences ont eu lieu dans la nuit du mercredi 31 août et du jeudi 1er septembre à Libreville, selon la police.",
        'Le président a été réélu le 27 août, puis il a reçu son rival mardi au palais, selon la présidence.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const prompts = Array.from({ length: 10 }, (_, i) => whenQuestions(source, entities, createRng(i + 1))).flat().map((d) => d.prompt);
    assert.ok(prompts.some((p) => /réélu le _____|rival _____/u.test(p)), prompts.join('\n'));
    for (const p of prompts) assert.doesNotMatch(p, /nuit du _____|et du jeudi _____|nuit du mercredi _____|et du _____ 1er/u, p);
  });

  it('negates no verb of a « lorsque » or « quand » clause (item 15): the main clause is the statement', () => {
    assert.equal(
      negate('Lorsque les manifestants sont arrivés près du palais, les policiers ont tiré des gaz lacrymogènes.'),
      'Lorsque les manifestants sont arrivés près du palais, les policiers n\'ont pas tiré de gaz lacrymogènes.',
    );
    assert.equal(negate('Quand la police est arrivée, le suspect avait fui vers la gare.'), "Quand la police est arrivée, le suspect n'avait pas fui vers la gare.");
  });

  it('takes no minister\'s portfolio into the name after it (item 41: « le ministre de la Culture Frédéric Mitterrand »)', async () => {
    const source = await quizSourceOfText(
      [
        "L'ouverture se fera avec Daniel Radcliffe et le président du jury sera l'ancien ministre de la Culture Frédéric Mitterrand.",
        "Le ministre de l'Intérieur Bernard Cazeneuve a parlé avec Marie Curie et la ministre du Travail Myriam Durand.",
      ].join('\n\n'),
    );
    const people = findEntities(source).people.map((p) => p.name);
    for (const name of ['Frédéric Mitterrand', 'Bernard Cazeneuve', 'Myriam Durand', 'Daniel Radcliffe']) assert.ok(people.includes(name), `${name} not in ${people.join(', ')}`);
    assert.ok(!people.some((p) => /^(?:Culture|Intérieur|Travail)\s/u.test(p)), people.join(', '));
  });

  it("takes Wikinews' day category line for page furniture (item 80: « Évènements du 3 septembre 2016 »)", () => {
    assert.equal(isPageFurniture('Évènements du 3 septembre 2016'), true);
    assert.equal(isPageFurniture('Evénements du 1er mars 2017'), true);
    assert.equal(isPageFurniture('Les évènements du 3 septembre 2016 ont marqué la ville.'), false);
  });
});
