// The engine leftovers of blind review 15 (test/eval/quiz-review.md, « Review 15 »: pool
// quiz-review-15), each fixed as a general rule and tested on sentences of its kind: a lower-case
// expression does not take a noun capitalised inside the sentence as its inner member (« permettent au
// Centre de prévision… » opens a name); « appeler … à » wants its object in the gap (« appelle donc dans
// son communiqué à une solution » calls for, it calls on nobody); a word coordinated with a noun before
// de is a noun (« cofondateur et directeur de »); an adjective that is a verb's past participle is
// glossed as the participle, not as the noun it spells (« trois personnes tuées »); and « témoin » after
// a noun is the control or test one (« le groupe témoin »). Also: a capitalised infinitive opening a
// sentence or a quotation is the verb, not a name (« Soutenir François Fillon », review 15's 2017 pool).
import * as assert from 'node:assert/strict';
import { expressionProbe } from './helpers/expressionMatches';
import { tokenReader } from './helpers/tokenReadings';

describe('text: the engine leftovers of blind review 15', function () {
  this.timeout(120000);
  const reader = tokenReader();
  const { lemmas } = expressionProbe();

  it('does not read a name capitalised inside the sentence as a lower-case expression\'s inner noun (« au Centre de prévision »)', () => {
    for (const text of [
      "Les données permettent au Centre de prévision des tempêtes d'alerter les compagnies aériennes.",
      "La subvention a été versée au Centre de recherche sur le cancer de Lyon.",
      "Les familles se sont adressées au Centre d'accueil des réfugiés de la ville.",
    ]) {
      assert.ok(!lemmas(text).includes('au centre de'), text);
    }
    // The expression in lower case, at the start of a sentence and after an opening quote.
    for (const text of [
      'La statue se dresse au centre de la place depuis 1850.',
      'Au centre de la polémique, un projet de loi sur les retraites.',
      'Ils ont dit : « Au centre de la ville, rien ne bouge. »',
    ]) {
      assert.ok(lemmas(text).includes('au centre de'), text);
    }
    // An entry's first member may be capitalised: the name is the expression.
    assert.ok(lemmas('Le Conseil des ministres a adopté le projet mercredi.').includes('conseil des ministres'));
  });

  it('reads « appeler … à » only with an object in the gap or before the verb, not across an aside (« appelle donc dans son communiqué à une solution »)', () => {
    for (const text of [
      "L'agence appelle donc dans son communiqué à une solution rapide.",
      'Le syndicat appelle depuis lundi à la grève générale.',
      'Le pape a appelé dans son homélie à la paix au Proche-Orient.',
    ]) {
      assert.ok(!lemmas(text).includes('appeler … à'), text);
    }
    for (const text of [
      'Le secrétaire général appelle les deux camps à la retenue.',
      'Le ministre a appelé, dans un communiqué, les habitants à rester chez eux.',
      'Le gouvernement les appelle dans son message à voter dimanche.',
      "Les électeurs qu'il appelle dans sa lettre à voter ne l'écoutent pas.",
    ]) {
      assert.ok(lemmas(text).includes('appeler … à'), text);
    }
  });

  it('reads a word coordinated with a noun and followed by de as a noun (« cofondateur et directeur de »)', () => {
    for (const [text, form, lemma] of [
      ['Jean Martin, cofondateur et directeur de la société, a démissionné.', 'directeur', 'directeur'],
      ['Jean Martin, cofondateur et directeur de la société, a démissionné.', 'cofondateur', 'cofondateur'],
      ["Sophie Durand, fondatrice et directrice de l'association, a répondu.", 'directrice', 'directrice'],
      ['Le ministre et directeur de campagne du candidat a parlé.', 'directeur', 'directeur'],
    ] as const) {
      assert.equal(reader.reading(text, form), `${lemma}/NOUN`, text);
    }
    assert.match(reader.token('Jean Martin, cofondateur et directeur de la société, a démissionné.', 'directeur').gloss ?? '', /^director/u);
    // An adjective that takes de keeps its reading, and so does an ordinal.
    assert.equal(reader.reading('Il est grand et fier de son fils.', 'fier'), 'fier/ADJ');
    assert.equal(reader.token("Le club, éliminé en coupe d'Europe et troisième du championnat, change d'entraîneur.", 'troisième').upos, 'ADJ');
  });

  it('glosses an adjective that is a verb\'s past participle as the participle, not as the noun (« trois personnes tuées »)', () => {
    for (const text of ['Il y a eu au moins cinq personnes tuées et dix personnes blessées.', 'Les deux soldats tués seront enterrés lundi.', 'On compte trois otages tués et deux journalistes blessés.']) {
      const t = reader.token(text, text.includes('tuées') ? 'tuées' : 'tués');
      // The verb's participle, or the adjective glossed as that participle.
      assert.ok((t.upos === 'VERB' && t.lemma === 'tuer') || (t.upos === 'ADJ' && t.gloss === 'killed'), `${text}: ${t.lemma}/${t.upos} ${t.gloss}`);
    }
    // The noun keeps its gloss.
    assert.match(reader.token('Le bilan provisoire est de trois tués et dix blessés.', 'tués').gloss ?? '', /person killed/u);
  });

  it('reads a capitalised infinitive at the start of a sentence or a quotation as the verb, not a name (« Soutenir François Fillon »)', () => {
    for (const [text, form, lemma] of [
      ['Les affiches « Soutenir Marie Dupont » ont été retirées.', 'Soutenir', 'soutenir'],
      ['Soutenir Marie Dupont, c\'est soutenir le parti.', 'Soutenir', 'soutenir'],
      ['Les manifestants criaient : « Protéger Jean Martin ! »', 'Protéger', 'protéger'],
      ['Son livre « Construire l\'Europe » paraît demain.', 'Construire', 'construire'],
    ] as const) {
      assert.equal(reader.reading(text, form), `${lemma}/VERB`, text);
    }
    // A capitalised infinitive inside the sentence is still a name, and a known name stays one.
    assert.equal(reader.token('Le réseau social Twitter a suspendu le compte.', 'Twitter').upos, 'PROPN');
    assert.equal(reader.reading('« Pierre Dupont a raison », a dit le maire.', 'Pierre'), 'Pierre/PROPN');
  });

  it('gives « témoin » after a noun its sense control, test, show (« le groupe témoin », « l\'appartement témoin »)', () => {
    for (const text of [
      'Les patients ont été comparés au groupe témoin pendant six mois.',
      "L'appartement témoin sera ouvert au public samedi.",
      "Le robot témoin, resté au laboratoire, a permis de tester la réparation.",
    ]) {
      assert.match(reader.token(text, 'témoin').senses?.[0] ?? '', /^control, test/u, text);
    }
    assert.equal(reader.token('Le témoin a été entendu par le juge mardi.', 'témoin').gloss, 'witness');
  });
});
