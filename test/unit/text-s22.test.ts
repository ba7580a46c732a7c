// Faults the blind review of session 21 left (test/eval/dispatch-review-s21/blind/), each tested as a
// general rule through the real analyzer and the shipped data.
import { strict as assert } from 'node:assert';
import { tokenReader } from './helpers/tokenReadings';

describe('analysis: faults the blind review left (session 22)', function () {
  this.timeout(60000);
  const { token, reading } = tokenReader();

  it('a sentence’s A without its accent is à before a name, an article, a number or a pronoun', () => {
    assert.equal(reading('A Paris, les syndicats ont manifesté jeudi.', 'A'), 'à/ADP');
    assert.equal(reading("A l'issue de la réunion, il a parlé.", 'A'), 'à/ADP');
    assert.equal(reading('A 15 ans, elle a quitté l’école.', 'A'), 'à/ADP');
    assert.equal(reading('A elle seule, la France pèse lourd.', 'A'), 'à/ADP');
    assert.equal(reading('« A Kiev, la situation reste tendue », a-t-il dit.', 'A'), 'à/ADP');
    // Before a pronoun the hyphen ties to it, it is avoir; inside a sentence, a is avoir as ever.
    assert.equal(reading('A-t-il raison ?', 'A'), 'avoir/VERB');
    assert.equal(reading('A-t-on le droit de manifester ?', 'A'), 'avoir/VERB');
    assert.equal(reading('Le ministre a parlé.', 'a'), 'avoir/AUX');
  });

  it('the words of a person’s name lose the automatic gloss of the common words they spell', () => {
    for (const [text, names] of [
      ['Claire Fontaine a été élue maire de Lyon.', ['Claire', 'Fontaine']],
      ['Le Premier ministre Manuel Valls a démissionné.', ['Manuel']],
      ['Selon M. Fontaine, la réforme passera.', ['Fontaine']],
      ['Me Claire Blanc a plaidé.', ['Claire', 'Blanc']],
      ['Emmanuel Plante a été réélu.', ['Plante']],
    ] as const) {
      for (const name of names) {
        const t = token(text, name);
        assert.equal(t.upos, 'PROPN', `${name} in « ${text} »`);
        assert.equal(t.gloss, undefined, `${name} in « ${text} »: ${t.gloss}`);
      }
    }
  });

  it('a capitalised common word outside a person’s name keeps its gloss, and an authored name its own', () => {
    assert.equal(token('Le Centre national de la recherche a publié.', 'Centre').gloss, 'centre');
    // France is a given name too, but the country's authored gloss stands, and opens no person's name.
    assert.equal(token('La France a voté.', 'France').gloss, 'France');
    assert.ok(token('Le groupe France Télévisions recrute.', 'Télévisions').gloss);
  });

  it('devoir reads by its tense and its cue: a plan before a day, should in the conditional, will have to in the future', () => {
    const first = (text: string, form: string) => token(text, form).senses?.[0];
    assert.equal(first("Le Conseil de sécurité de l'ONU doit se réunir vendredi.", 'doit'), 'to be due to, to be scheduled to');
    assert.equal(first('Le texte doit être examiné lundi au Sénat.', 'doit'), 'to be due to, to be scheduled to');
    assert.equal(first('Chaque État doit respecter ses engagements.', 'doit'), 'to have to (must)');
    // A rule naming several spellings of the word (_=devrait|devraient) was never applied before.
    assert.equal(first('La croissance devrait ralentir.', 'devrait'), 'should, to be expected to (conditional)');
    assert.equal(first('Les négociations devraient être longues.', 'devraient'), 'should, to be expected to (conditional)');
    assert.equal(first('Le texte devra être voté par le Parlement.', 'devra'), 'will have to (future)');
  });

  it('figurative senses come first where news uses them: a verdict comes out, a concession is wrested, a partner offended', () => {
    const first = (text: string, form: string) => token(text, form).senses?.[0];
    assert.equal(first("Les premières décisions devraient tomber d'ici la fin de l'année.", 'tomber'), 'to come out, to be announced (a decision, figures)');
    assert.equal(first('La neige devrait tomber en abondance.', 'tomber'), 'to fall');
    assert.equal(first('Il a arraché une clause de flexibilité.', 'arraché'), 'to wrest, to secure (a concession)');
    assert.equal(first('Elle risque de froisser ses partenaires.', 'froisser'), 'to offend, to upset');
    assert.equal(first('Elle s’exposerait à des astreintes journalières.', 'astreintes'), 'penalty payment (per day of delay)');
    assert.equal(first("Le médecin est d'astreinte ce week-end.", 'astreinte'), 'on-call duty');
  });

  it('société before a name or a trade is the company; alone it stays society first', () => {
    const first = (text: string) => token(text, 'société').senses?.[0];
    assert.equal(first('La société Nokia a annoncé des suppressions.'), 'company, firm');
    assert.equal(first('Une société pharmaceutique américaine a racheté le laboratoire.'), 'company, firm');
    assert.equal(first('Il a dirigé une société de conseil.'), 'company, firm');
    assert.equal(first('La société française est divisée.'), 'society');
  });
});
