// The faults of tuning round s9b (test/eval/quiz-review-tuning-s9b.tsv, five 2016/10 Wikinews
// articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { fold } from '../../src/core/quiz/french';
import { negate, trueFalseQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

/** The sentences (up to the match) where the quiz source would teach the expression. */
async function taughtAt(text: string, lemma: string): Promise<string[]> {
  const source = await quizSourceOfText(text);
  return source.vocab.filter((e) => fold(e.lemma) === fold(lemma)).flatMap((e) => e.occurrences.map((o) => source.text.slice(o.sentence.start, o.span.end)));
}

describe('quiz: the faults of tuning round s9b', function () {
  this.timeout(120000);

  it('negates no verb of a cause or condition clause (item 33: « une simple formalité tant la chambre haute est dominée… »)', () => {
    assert.equal(negate('Le passage au Sénat de la loi devrait être une simple formalité tant la chambre haute est dominée par le parti au pouvoir.'), undefined);
    assert.equal(negate('Le vote sera une formalité car le parti présidentiel a obtenu la majorité des sièges.'), undefined);
    assert.equal(negate('Les secours interviendront si la digue est rompue par la crue.'), undefined);
    // An elided opener too: « Lorsqu'il est arrivé » is the time clause, the main clause is negated.
    assert.equal(
      negate("Lorsqu'il est arrivé à Paris, le président a rencontré les ministres du gouvernement."),
      "Lorsqu'il est arrivé à Paris, le président n'a pas rencontré les ministres du gouvernement.",
    );
    // A main clause before such a clause is still negated.
    assert.equal(negate('Le gouvernement a signé un accord tant la pression était forte.'), "Le gouvernement n'a pas signé d'accord tant la pression était forte.");
  });

  it('takes no « a » before an infinitive for an auxiliary (item 67: « appelle le Burundi a renouer » is no « n\'a pas renouer »)', () => {
    assert.equal(negate("Le secrétaire général de l'ONU Ban Ki-Moon appelle le Burundi a renouer avec les Nations unies."), undefined);
    assert.equal(negate('Le ministre invite les syndicats a négocier, mais les syndicats ont refusé la rencontre.'), "Le ministre invite les syndicats a négocier, mais les syndicats n'ont pas refusé la rencontre.");
    // « va », « peut », « doit » take an infinitive: those are negated as before.
    assert.equal(negate('Le gouvernement va signer un accord avec les chauffeurs.'), "Le gouvernement ne va pas signer d'accord avec les chauffeurs.");
  });

  it('teaches no verb expression whose preposition opens a time phrase (item 53: « basculer dans les 10 dernières minutes »)', async () => {
    const text = [
      "Déjà au coude-à-coude à la mi-temps, la partie a failli basculer dans les 10 dernières minutes quand Toulouse a compté quatre buts d'écart.",
      'Selon les observateurs, le pays pourrait basculer dans la guerre civile si les négociations échouent.',
    ].join('\n\n');
    const taught = await taughtAt(text, 'basculer dans');
    assert.ok(taught.some((o) => /guerre|basculer dans$/u.test(o) && /pays pourrait/u.test(o)), taught.join('\n'));
    assert.deepEqual(taught.filter((o) => /partie a failli/u.test(o)), []);
  });

  it('teaches no « de » + noun expression that complements a number and a noun (item 57: « 4 buts d\'avance » is a lead, not « in advance »)', async () => {
    const text = [
      "Le Fenix a compté jusqu'à 4 buts d'avance, avant d'être remonté par Saran dans les dernières minutes.",
      "Les billets doivent être payés d'avance, a rappelé la direction du club.",
      'Le club a remporté le titre national trois fois de suite depuis sa création.',
    ].join('\n\n');
    const avance = await taughtAt(text, "d'avance");
    assert.ok(avance.some((o) => /payés d'avance$/u.test(o)), avance.join('\n'));
    assert.deepEqual(avance.filter((o) => /buts d'avance/u.test(o)), []);
    // « fois » counts events: « trois fois de suite » keeps its sense (in a row).
    assert.ok((await taughtAt(text, 'de suite')).some((o) => /fois de suite$/u.test(o)));
  });

  it("makes no true/false statement from a sentence whose own agreement is faulty (validity test: the source's « Une grève d'une journée a été déclenché »)", async () => {
    const source = await quizSourceOfText(
      [
        "Une grève d'une journée a été déclenché et près de 2500 chauffeurs ont pris d'assaut le centre-ville de Montréal.",
        'Une entente a été signée entre le gouvernement du Québec et la multinationale Uber pour un projet pilote.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const statements = Array.from({ length: 6 }, (_, i) => trueFalseQuestions(source, entities, createRng(i + 1))).flat().map((d) => d.prompt);
    assert.ok(statements.some((p) => /entente/u.test(p)), statements.join('\n'));
    assert.deepEqual(statements.filter((p) => /grève/u.test(p)), []);
  });
});
