// The faults of tuning round s9c (test/eval/quiz-review-tuning-s9c.tsv, five 2016/11 Wikinews
// articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { attributionQuestions, whenQuestions, whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { backgroundCue } from '../../src/core/quiz/generators/structure';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

describe('quiz: the faults of tuning round s9c', function () {
  this.timeout(120000);

  it('takes no name after a place word, a located « à » or a bare article for a person (items 59, 92–99: « Grand Rapids », « Independence Hall », « le Moyen Orient »)', async () => {
    const source = await quizSourceOfText(
      [
        'De son côté, Donald Trump était à Grand Rapids dans le Michigan, un territoire habituellement démocrate.',
        'Après un rassemblement devant le lieu historique Independence Hall à Philadelphie, Hillary Clinton a tenu son dernier discours.',
        'Les FARDC et les FDLR utiliseraient leur réseau au Burundi pour commercer avec le Moyen Orient.',
        'Le président a rendu hommage à Michelle Obama dans la soirée, devant Bruce Springsteen et Bernie Sanders.',
      ].join('\n\n'),
    );
    const people = findEntities(source).people.map((p) => p.name);
    for (const place of ['Grand Rapids', 'Independence Hall', 'Moyen Orient']) assert.ok(!people.includes(place), `${place} taken for a person: ${people.join(', ')}`);
    // A person after a dative « à » and a lower-case « dans la soirée » stays one.
    for (const person of ['Donald Trump', 'Hillary Clinton', 'Michelle Obama', 'Bruce Springsteen', 'Bernie Sanders']) assert.ok(people.includes(person), `${person} lost: ${people.join(', ')}`);
  });

  it('gives a who-question only choices of the gender the predicate after the gap shows (item 73: « _____ faisait figure de favorite »)', async () => {
    const source = await quizSourceOfText(
      [
        'Chez les démocrates, Hillary Clinton faisait figure de favorite depuis l\'annonce de sa candidature.',
        'Donald Trump a critiqué la campagne de Barack Obama et de Bill Clinton pendant des mois.',
        'Bernie Sanders a séduit les jeunes électeurs avec ses idées de justice sociale.',
        'Au Congo, Denis Sassou-Nguesso a été réélu dès le premier tour à la tête de la République.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const items = Array.from({ length: 10 }, (_, i) => whoQuestions(source, entities, createRng(i + 1))).flat();
    assert.ok(items.some((d) => /a séduit les jeunes/u.test(d.prompt)), items.map((d) => d.prompt).join('\n'));
    // A masculine participle is also the unmarked form: names of unknown gender stay fair choices.
    assert.ok(items.some((d) => /_____ a été réélu/u.test(d.prompt)), items.map((d) => d.prompt).join('\n'));
    // The text names no other woman: no question on the favourite, rather than men as choices.
    assert.deepEqual(items.filter((d) => /figure de favorite/u.test(d.prompt)).map((d) => d.choices.join(' | ')), []);
  });

  it('offers for the second day of a pair only later days (item 5: « la répression des 11 et _____ »)', async () => {
    const source = await quizSourceOfText(
      [
        'Les opposants ont été tués lors de la répression des 11 et 12 décembre 2016 dans la capitale du pays.',
        'Les élections auront lieu les 3 et 17 mars dans toutes les provinces, a annoncé la commission électorale.',
        'Le 27 et 28 août, nous participerons au Gravity Tour Italie, pour promouvoir la station à tous les publics.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const items = Array.from({ length: 10 }, (_, i) => whenQuestions(source, entities, createRng(i + 1))).flat();
    // Near the month's end the next days of the month are offered (« Le 27 et _____ » keeps its question).
    const pairs: [RegExp, number][] = [[/des 11 et _____/u, 11], [/les 3 et _____/u, 3], [/Le 27 et _____/u, 27]];
    for (const [frame, first] of pairs) {
      const asked = items.filter((d) => frame.test(d.prompt));
      assert.ok(asked.length > 0, `no question on ${frame}: ${items.map((d) => d.prompt).join('\n')}`);
      for (const d of asked) for (const c of d.choices) assert.ok(Number(/^\d+/u.exec(c)?.[0]) > first, `${c} for ${d.prompt}`);
    }
  });

  it('names in a background explanation the recall words the text uses (item 51: « Pour rappel », not « rappelle-t-on »)', () => {
    assert.equal(backgroundCue('Pour rappel, le colonel Désiré Uwamahoro est inscrit sur la liste du 30 septembre émise par le conseil.'), '« Pour rappel »');
    assert.equal(backgroundCue('Le colonel avait, rappelle-t-on, été limogé après une longue enquête sur le trafic.'), '« rappelle-t-on »');
  });

  it('offers as a wrong speaker of a fact nobody its paragraph gives as a source (item 3: the sentence before « Selon Florent Geel… »)', async () => {
    const source = await quizSourceOfText(
      [
        "La nouvelle stratégie des services de sécurité est donc d'exfiltrer hors de la ville les individus arrêtés. Selon Florent Geel, directeur du bureau Afrique de la FIDH, il est difficile de connaître l'ampleur de ces crimes.",
        'Le ministre Pierre Nkurunziza a rencontré Marie-Claudette Kwizera et Jean-Marie Dupont à Bujumbura au mois de décembre.',
        'Le directeur Florent Geel a donné une longue interview à la radio allemande la semaine dernière.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    assert.ok(entities.people.some((p) => p.name === 'Florent Geel'), entities.people.map((p) => p.name).join(', '));
    const items = Array.from({ length: 10 }, (_, i) => attributionQuestions(source, entities, createRng(i + 1))).flat();
    const facts = items.filter((d) => /stratégie des services/u.test(d.prompt));
    assert.ok(facts.length > 0, items.map((d) => d.prompt).join('\n'));
    for (const d of facts) for (const c of d.choices) assert.doesNotMatch(c, /Florent Geel/u, d.prompt);
  });
});
