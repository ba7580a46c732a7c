// The engine leftovers of blind review 16 (test/eval/quiz-review.md, « Review 16 »: pool
// quiz-review-16), each fixed as a general rule and tested on sentences of its kind: an adverbial
// ending on a determiner and its noun is that noun's phrase when an adjective agreeing with the noun
// follows (« avec le temps additionnel nécessaire » is no avec le temps = over time), or when the noun
// starts a compound of its own (« au fil du temps de travail »); a noun that is also a finite verb,
// after a subject (past an apposition) and before de + infinitive (past a prepositional phrase or an
// aside), is the verb (« La Chine, premier pollueur mondial, tente par tous les moyens de réduire »);
// and a verb whose preposition a complex preposition took keeps the sense of the verb with that
// preposition (« s'inscrit dans la lignée des pays voisins » is s'inscrire dans = to be part of).
import * as assert from 'node:assert/strict';
import { expectMatches, expressionProbe } from './helpers/expressionMatches';
import { tokenReader } from './helpers/tokenReadings';

describe('text: the engine leftovers of blind review 16', function () {
  this.timeout(120000);
  const reader = tokenReader();
  const probe = expressionProbe();

  it('does not read an adverbial ending on a noun whose adjective or compound follows (« avec le temps additionnel », « au fil du temps de travail »)', () => {
    expectMatches(probe, [
      ["L'équipe a terminé l'assemblage avec le temps additionnel nécessaire.", '!avec le temps'],
      ['Les artisans travaillent avec le temps disponible, sans se presser.', '!avec le temps'],
      ["Ces techniques sont apparues à l'époque moderne en Europe.", "!à l'époque"],
      ['Au fil du temps de travail, la fatigue des ouvriers augmente.', '!au fil du temps'],
      // The adverbials themselves, and before an adjective that is not the noun's.
      ['Avec le temps, il a compris son erreur.', 'avec le temps = Avec le temps'],
      ['Il a compris avec le temps que rien ne changerait.', 'avec le temps = avec le temps'],
      ['Au fil du temps, la fatigue des ouvriers augmente.', 'au fil du temps = Au fil du temps'],
      ["La réunion, à l'origine prévue le 5 mai, a été reportée.", "à l'origine = à l' origine"],
      ['Le film, à la fois drôle, tendre et cruel, a plu au public.', 'à la fois = à la fois'],
      ['Le projet est à la fois simple et efficace.', 'à la fois = à la fois'],
    ]);
  });

  it('reads a noun that is also a finite verb as the verb after a subject and before de + infinitive, past an apposition or a phrase between (« tente par tous les moyens de »)', () => {
    for (const [text, form, lemma] of [
      ['La Chine, premier pollueur mondial, tente par tous les moyens de réduire ses émissions.', 'tente', 'tenter'],
      ['Le gouvernement tente depuis des années de réformer les retraites.', 'tente', 'tenter'],
      ["L'entreprise, leader du marché, tente encore de séduire les jeunes.", 'tente', 'tenter'],
      ['Le club tente, malgré sa défaite, de rester en première division.', 'tente', 'tenter'],
    ] as const) {
      assert.equal(reader.reading(text, form), `${lemma}/VERB`, text);
    }
    // The noun stays a noun with its determiner, and where no infinitive follows.
    assert.equal(reader.reading('Il a dormi sous une tente par tous les temps.', 'tente'), 'tente/NOUN');
    assert.equal(reader.reading('La tente de camping a brûlé.', 'tente'), 'tente/NOUN');
  });

  it('gives a verb the sense of its entry with a preposition that a complex preposition took (« s\'inscrit dans la lignée des »)', () => {
    expectMatches(probe, [
      ["Le roi s'inscrit dans la lignée des monarques voisins.", "s'inscrire dans = s' inscrit"],
      ["Cette réforme s'inscrit dans le cadre de la loi de 2015.", "s'inscrire dans = s' inscrit"],
      ["Le nouveau président s'inscrit dans la continuité de son prédécesseur.", "s'inscrire dans = s' inscrit"],
      // The complex preposition keeps its words.
      ["Le roi s'inscrit dans la lignée des monarques voisins.", 'dans la lignée de = dans la lignée des'],
      // Without dans, the verb alone.
      ["Elle s'est inscrite à l'université de Lyon.", "s'inscrire = s' inscrite"],
    ]);
    const m = probe.analyze("Le roi s'inscrit dans la lignée des monarques voisins.").expressions.find((e) => e.lemma.startsWith("s'inscrire"));
    assert.match(m?.gloss ?? '', /^to be part of/u);
  });
});
