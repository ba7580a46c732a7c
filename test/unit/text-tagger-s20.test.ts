// Faults a learner's own dispatch showed (session 20: a Security Council report written for the
// test, not from any evaluation set), each tested as a general rule through the real analyzer and
// the shipped data.
import { strict as assert } from 'node:assert';
import { tokenReader } from './helpers/tokenReadings';

describe('tagger: faults a learner’s dispatch showed (session 20)', function () {
  this.timeout(60000);
  const { token, reading } = tokenReader();
  const cases = (rows: [string, string, string][]): void => {
    for (const [text, form, want] of rows) it(`« ${text} »: ${form} is ${want}`, () => assert.equal(reading(text, form), want));
  };

  describe('after que and its subject, a word that ends the clause and is also a finite verb is the verb', () => {
    cases([
      ['Le gouvernement accuse le Rwanda de soutenir les rebelles, ce que Kigali dément.', 'dément', 'démentir/VERB'],
      ['Il parle de fraude, ce que la Russie dément ; Kiev insiste.', 'dément', 'démentir/VERB'],
      ['Les rebelles affirment que le ministre dément.', 'dément', 'démentir/VERB'],
      // No que before the subject: a clause may have no verb (a title, a list), and the adjective stays.
      ['Un projet dément.', 'dément', 'dément/ADJ'],
      ["C'est un projet dément.", 'dément', 'dément/ADJ'],
    ]);
  });

  describe('after a finite verb and its negation, a finite form that is also a noun is the noun', () => {
    cases([
      ['La Russie a fait valoir que le texte ne tenait pas compte des préoccupations de Kinshasa.', 'compte', 'compte/NOUN'],
      ['Le ministre ne rend jamais compte de ses décisions.', 'compte', 'compte/NOUN'],
      ['Il tient compte des faits.', 'compte', 'compte/NOUN'],
      // At the clause's end it may be the main verb, after a subject clause.
      ['Ce que je ne dis pas compte.', 'compte', 'compter/VERB'],
    ]);
  });

  describe('a quotation that starts or ends between avoir and its participle leaves avoir the auxiliary', () => {
    cases([
      ["Le tribunal a estimé que l'ex-chef de l'État avait « sciemment » accepté des fonds.", 'avait', 'avoir/AUX'],
      ["Le tribunal a estimé que l'ex-chef de l'État avait « sciemment » accepté des fonds.", 'accepté', 'accepter/VERB'],
      ["Il a affirmé qu'il n'avait « jamais touché un centime ».", 'avait', 'avoir/AUX'],
      // No participle after the quotation: avoir is the verb.
      ['Il avait « une idée ».', 'avait', 'avoir/VERB'],
    ]);
  });

  describe('right after a verb, en and a finite form that is also a noun are the preposition and the noun', () => {
    cases([
      ['Ils ont mis en place un dispositif.', 'place', 'place/NOUN'],
      ['Ils ont mis en place un dispositif.', 'en', 'en/ADP'],
      ['Le juge a pris en compte ces éléments.', 'compte', 'compte/NOUN'],
      ['Le rapport a mis en cause le ministre.', 'cause', 'cause/NOUN'],
      ['« Nous ne sommes pas au bout du chemin », a toutefois mis en garde sa présidente.', 'garde', 'garde/NOUN'],
      // The clitic before its own verb stays the pronoun, and so does en before an infinitive.
      ['Il en garde un bon souvenir.', 'garde', 'garder/VERB'],
      ['Il en garde un bon souvenir.', 'en', 'en/PRON'],
      ['Il est venu en chercher.', 'en', 'en/PRON'],
    ]);
  });

  describe('after a proportion (un Français sur deux), a noun that is also a finite verb is the verb', () => {
    cases([
      ['Selon un sondage, un Français sur deux juge la peine trop sévère.', 'juge', 'juger/VERB'],
      ['Un salarié sur quatre travaille le dimanche.', 'travaille', 'travailler/VERB'],
      // A noun that is no verb stays the noun.
      ['Le score est de trois sur quatre matchs.', 'matchs', 'match/NOUN'],
    ]);
  });

  describe('an adjective of a people or a place the Lefff lists as a noun only is read as the adjective after a noun', () => {
    cases([
      ['Le président sénégalais est arrivé mardi à Paris.', 'sénégalais', 'sénégalais/ADJ'],
      ['Les membres du Conseil ont salué le gouvernement népalais.', 'népalais', 'népalais/ADJ'],
      // The people themselves stay nouns, and a common noun gains no adjective reading (le même sujet).
      ['Les Sénégalais votent dimanche.', 'Sénégalais', 'sénégalais/NOUN'],
      ['Sur le même sujet, il a parlé.', 'sujet', 'sujet/NOUN'],
    ]);
  });

  describe('after a verb and de, an infinitive that is also a noun is the verb', () => {
    cases([
      ["Seul un dialogue inclusif permettrait de sortir de l'impasse.", 'sortir', 'sortir/VERB'],
      ['Il a décidé de devenir médecin.', 'devenir', 'devenir/VERB'],
      // The nouns of pouvoir, savoir and devoir head set phrases there as often.
      ["Il parle de pouvoir d'achat.", 'pouvoir', 'pouvoir/NOUN'],
    ]);
  });

  describe('a heading with no verb opens on the noun a participle also spells', () => {
    cases([
      ["Communiqué du ministère de l'Europe et des Affaires étrangères", 'Communiqué', 'communiqué/NOUN'],
      ['Communiqué de la présidence : le sommet est reporté.', 'Communiqué', 'communiqué/NOUN'],
      ['Arrêté du 12 mars 2024', 'Arrêté', 'arrêté/NOUN'],
      // With a verb of its own, the sentence opens on the participle.
      ['Communiqué à la presse, le texte a été publié.', 'Communiqué', 'communiquer/VERB'],
    ]);
  });

  describe('a participle read as an adjective takes the English participle of each verb its sense names', () => {
    const glosses: [string, string, string][] = [
      ['Il est fiché par la police.', 'fiché', 'filed, put on record'],
      ['Un objet égaré.', 'égaré', 'mislaid'],
      ["C'est une occasion manquée.", 'manquée', 'missed; failed, would-be'],
    ];
    // First: a participle the tagger reads as its verb (égarer) gives its English participle before the verb's senses.
    for (const [text, form, want] of glosses) it(`« ${text} »: ${form} reads ${want}`, () => assert.ok(token(text, form).gloss?.startsWith(want), token(text, form).gloss));
  });

  describe('words of the justice pages have their gloss and the sense the sentence calls for', () => {
    const senses: [string, string, RegExp][] = [
      ["À la sortie de l'audience, l'intéressé a dénoncé un acharnement.", 'intéressé', /^person concerned/],
      ['Ses partisans ont scandé son nom.', 'scandé', /^to chant/],
      ['Le parquet avait requis sept ans ferme.', 'ferme', /^non-suspended/],
      ['Il a été condamné à deux ans de prison ferme.', 'ferme', /^non-suspended/],
      ["Il n'avait « jamais touché un centime ».", 'touché', /^to receive \(money\)/],
      ["Le joueur touche un salaire de deux millions d'euros.", 'touche', /^to receive \(money\)/],
      ["Le parquet n'a pas fait savoir s'il comptait lui aussi interjeter appel.", 'comptait', /^to intend/],
      ['Des milliers de déplacés vivent dans des camps, privés d\u2019eau potable.', 'privés', /^deprived of/],
      ['Selon un sondage, près d\u2019un Français sur deux juge la peine trop sévère.', 'près', /^nearly/],
      ['Il habite près d\u2019un lac sur la colline.', 'près', /^near/],
      // Without the cue, the first sense.
      ['Une position ferme.', 'ferme', /^firm/],
      ['Il a touché le ballon.', 'touché', /^to touch/],
    ];
    for (const [text, form, want] of senses) it(`« ${text} »: ${form} reads ${want}`, () => assert.match(token(text, form).gloss ?? '', want));
  });
});
