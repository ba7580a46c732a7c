// The leftovers of blind review 12 (test/eval/quiz-review.md, « Review 12 »: pool quiz-review-12),
// each fixed as a general rule and tested on sentences of its kind: figures written out into forms
// no French text uses (82, 99) and a work's title offered as a speaker (29).
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { spelledNumberProblems } from '../../src/core/quiz/frenchCheck';
import { attributionQuestions, whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { numbersIn, sameMeaning } from '../../src/core/quiz/paraphrase';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

const rewrites = (s: string): string[] => sameMeaning(s).map((r) => r.statement);

describe('quiz: the leftovers of blind review 12 (comprehension)', function () {
  this.timeout(120000);

  it('writes out no figure of a clock time, a time zone or a code, and changes none (« vers dix-huit:00 UTC-cinq »)', () => {
    // Review 12's frame: a clock time leaves every figure of the statement a figure.
    assert.deepEqual(rewrites('Dimanche, vers 18:00 UTC-5, quatre passagers ont été expulsés du vol.'), []);
    assert.deepEqual(numbersIn('Dimanche, vers 18:00 UTC-5, quatre passagers ont été expulsés du vol.'), []);
    assert.deepEqual(rewrites('La séance a repris vers 15 heures locales avec 12 élus.'), []);
    assert.deepEqual(rewrites('Le train est parti à 18h30 avec 300 passagers.'), []);
    assert.deepEqual(rewrites("Le match s'est achevé sur le score de 3:1 devant 500 spectateurs."), []);
    assert.deepEqual(numbersIn('Le sommet doit s’ouvrir à 9 heures, heure de Paris.').map((n) => n.value), []);
    // A code names: it stays as it is, and the quantity beside it is still written out.
    assert.ok(rewrites('Le Covid-19 a tué 8 personnes dans la région.').includes('Le Covid-19 a tué huit personnes dans la région.'));
    assert.deepEqual(numbersIn('Le fuseau UTC+3 couvre la ville.'), []);
    // « à 3 heures de route » is a length, not a time of day.
    assert.deepEqual(numbersIn('Le village est à 3 heures de route de la capitale.').map((n) => n.value), [3]);
  });

  it('writes out no figure where another of the statement stays a figure (« de vingt-deux milliards et demi à 21,6 milliards »)', () => {
    // Review 12's frame: « de N milliards à M milliards » with a decimal at either end.
    assert.deepEqual(rewrites('Sa valeur est passée de 22,5 milliards à 21,6 milliards en une journée.').filter((s) => /demi/u.test(s)), []);
    assert.deepEqual(rewrites("Les ventes sont passées de 4,5 millions à 30 millions d'exemplaires.").filter((s) => /demi|trente/u.test(s)), []);
    assert.deepEqual(rewrites('Le groupe a perdu 1,8 milliard et fermé 3 usines.').filter((s) => /trois usines/u.test(s)), []);
    // « 1 500 000 » is one figure, a million or more: never « mille cinq cents 000 », and the 3 beside it stays a figure.
    assert.deepEqual(rewrites('La ville compte 1 500 000 habitants et 3 universités.'), []);
    assert.deepEqual(numbersIn('La ville compte 1 500 000 habitants.').map((n) => n.value), [1_500_000]);
    // Alone, or beside a year, a figure is still written out.
    assert.ok(rewrites('Le budget atteint 2,5 milliards d’euros.').includes('Le budget atteint deux milliards et demi d’euros.'));
    assert.ok(rewrites('En 2016, 5 villages ont été évacués.').includes('En 2016, cinq villages ont été évacués.'));
  });

  it('writes out only what French news writes in words: two to ten, no percentage (« cent soixante-six », « quinze heures »)', () => {
    const inWords = /cent soixante|quinze|huit pour cent|trois villages/u;
    assert.deepEqual(rewrites('Le séisme a fait 166 morts et des centaines de blessés.').filter((s) => inWords.test(s)), []);
    assert.deepEqual(rewrites('Les deux parties ont négocié pendant 15 heures sans résultat.').filter((s) => inWords.test(s)), []);
    assert.deepEqual(rewrites('Le parti a obtenu 8 % des voix.').filter((s) => inWords.test(s)), []);
    // A figure above ten keeps the small one beside it a figure too.
    assert.deepEqual(rewrites('Le séisme a fait 166 morts dans 3 villages.').filter((s) => inWords.test(s)), []);
    assert.ok(rewrites('Le séisme a fait 6 morts dans 3 villages.').includes('Le séisme a fait six morts dans trois villages.'));
    // A name's number the text gives in words is the text's own: a statement keeping it is no fault
    // (once no figure before it is written out, the check reads it: « la numéro trois mondiale »).
    const text = 'Le groupe compte 22 coureuses, dont la numéro trois mondiale Anna Berg.';
    assert.deepEqual(spelledNumberProblems('Le groupe compte 11 coureuses, dont la numéro trois mondiale Anna Berg.', text), []);
    assert.equal(spelledNumberProblems('Le Boeing sept cent trente-sept s’est écrasé.', 'Le Boeing 737 s’est écrasé.').length, 1);
    // A false statement still changes such a figure: it stays a quantity.
    assert.deepEqual(numbersIn('Le séisme a fait 166 morts.').map((n) => n.value), [166]);
  });

  it('offers no work’s title as a person or a speaker (« réalisant notamment … El Otro Cristobal »)', async () => {
    const source = await quizSourceOfText(
      [
        'Le cinéaste Marc Lebrun est mort mardi à Lyon, à l’âge de 88 ans, selon sa famille.',
        'Il se tourne ensuite vers le cinéma, réalisant notamment Le Grand Départ, La Nuit blanche (primé à Venise) et Pedro Almeida (tourné au Brésil).',
        'En 1990, il signe aussi un opéra intitulé Lucia Ferri, donné à Milan devant le ministre Paul Girard.',
        '« C’était un homme libre », a écrit Hélène Vidal dans un message publié mercredi.',
        'Le documentaire de Claire Morel sur sa vie avait été diffusé l’an dernier, a indiqué le ministre Paul Girard.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const names = entities.people.map((p) => p.name);
    assert.ok(!names.includes('Pedro Almeida') && !names.includes('Lucia Ferri'), names.join(', '));
    // A speaker after a quotation, a film's maker and a titled person stay people.
    for (const kept of ['Marc Lebrun', 'Hélène Vidal', 'Paul Girard', 'Claire Morel']) assert.ok(names.includes(kept), `${kept} in ${names.join(', ')}`);
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of [...whoQuestions(source, entities, createRng(seed)), ...attributionQuestions(source, entities, createRng(seed))]) {
        if ('choices' in item) for (const c of item.choices) assert.doesNotMatch(c, /Pedro Almeida|Lucia Ferri/u, item.prompt);
      }
    }
  });
});
