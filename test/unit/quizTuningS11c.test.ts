// The faults of tuning round s11c (test/eval/quiz-review-tuning-s11c.tsv, two 2016/05 and three 2016/12
// Wikinews articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { negationProblems } from '../../src/core/quiz/frenchCheck';
import { negate } from '../../src/core/quiz/generators/comprehension';
import { sameMeaning } from '../../src/core/quiz/paraphrase';
import { expressionProbe } from './helpers/expressionMatches';
import { tokenReader } from './helpers/tokenReadings';

describe('quiz: the faults of tuning round s11c', function () {
  this.timeout(120000);

  it('says « plusieurs » another way only where it is a determiner, not before « des » (item 129: « a modifié un certain nombre de des positions »)', () => {
    const partOf = sameMeaning("Depuis son entrée en campagne, Manuel Valls a modifié plusieurs des positions qu'il défendait étant Premier ministre.");
    assert.ok(!partOf.some((r) => /un certain nombre de des/u.test(r.statement)), JSON.stringify(partOf));
    const determiner = sameMeaning('Le pouvoir syrien a subi plusieurs revers dans sa tentative.');
    assert.ok(determiner.some((r) => /un certain nombre de revers/u.test(r.statement)), JSON.stringify(determiner));
  });

  it('keeps the article of an attribute after a negated copula (item 60: « n\'est pas devenu de symbole médiatique »)', () => {
    assert.equal(
      negate('La cité antique de Palmyre est devenu un symbole médiatique en mai 2015.'),
      "La cité antique de Palmyre n'est pas devenu un symbole médiatique en mai 2015.",
    );
    assert.equal(negate('Le ministre a été un soutien constant du projet.'), "Le ministre n'a pas été un soutien constant du projet.");
    assert.equal(negate('Elle est restée une figure respectée du parti.'), "Elle n'est pas restée une figure respectée du parti.");
    // An object still takes « de » under the negation.
    assert.equal(negate('Le gouvernement a fait des préparatifs pour la visite.'), "Le gouvernement n'a pas fait de préparatifs pour la visite.");
  });

  it('reads « des » after a quantifier as « de » + « les » under a negation (the validity test: « n\'a pas modifié plusieurs des positions »)', () => {
    assert.deepEqual(negationProblems("Manuel Valls n'a pas modifié plusieurs des positions qu'il défendait."), []);
    assert.deepEqual(negationProblems("Le ministre n'a pas rencontré certains des ambassadeurs convoqués."), []);
    assert.notDeepEqual(negationProblems("Manuel Valls n'a pas modifié des positions qu'il défendait."), []);
  });

  describe('a noun and verb homograph after a subject noun phrase and before « de » + an infinitive is the verb (item 90: « le pouvoir syrien tente de reprendre », hint « tent »)', () => {
    const { reading } = tokenReader();
    const rows: [string, string, string][] = [
      ["Largement affaibli, le pouvoir syrien tente de reprendre la main avec l'intervention russe.", 'tente', 'tenter/VERB'],
      ['Le ministre français tente de calmer le jeu.', 'tente', 'tenter/VERB'],
      ["L'ONU demande d'ouvrir un couloir humanitaire.", 'demande', 'demander/VERB'],
      ['Il a dormi sous une tente de camping.', 'tente', 'tente/NOUN'],
      ['Ils ont monté une grande tente de fortune.', 'tente', 'tente/NOUN'],
      ["Sa demande d'asile a été rejetée.", 'demande', 'demande/NOUN'],
    ];
    for (const [text, form, want] of rows) it(`« ${text} »: ${form} is ${want}`, () => assert.equal(reading(text, form), want));
  });

  describe('glosses that taught a sense the text does not use (items 116, 126)', () => {
    const { analyze } = expressionProbe();
    const { token } = tokenReader();
    it('« concourir à » is also to compete in (a contest, an election), not only to contribute to', () => {
      const gloss = analyze('La liste des candidats autorisés à concourir à la primaire sera connue samedi.').expressions.find((e) => e.lemma === 'concourir à')?.gloss ?? '';
      assert.match(gloss, /compete in/u, gloss);
      assert.match(gloss, /contribute/u, gloss);
    });
    it('« droitier » is also right-wing (in politics), not only right-handed', () => {
      const gloss = token("Il veut adoucir son image « droitière » au sein du Parti socialiste.", 'droitière').gloss ?? '';
      assert.match(gloss, /right-wing/u, gloss);
    });
  });
});
