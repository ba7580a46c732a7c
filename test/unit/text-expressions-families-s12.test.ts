// The entries of 58-s12-families.tsv (issue 11: expression families made whole), each through the
// real analyzer and the shipped entries, in its inflected and discontinuous forms (a plural noun, a
// conjugated or pronominal verb, an object between the verb and its complement, a fused du/des/aux),
// on sentences written for this test, one family pattern per block.
import { expectMatches, expressionProbe } from './helpers/expressionMatches';

describe('expression families, session 12 (issue 11)', function () {
  this.timeout(60000);
  const probe = expressionProbe();

  it('finds the nominalisation of a verbal expression, singular and plural', () => {
    expectMatches(probe, [
      ['La mise aux enchères du tableau a rapporté deux millions.', 'mise aux enchères = mise aux enchères'],
      ['Les mises aux enchères de biens saisis se sont multipliées.', 'mise aux enchères = mises aux enchères'],
      ['Le vote a suivi la mise aux voix de la motion.', 'mise aux voix = mise aux voix'],
      ['La mise sur orbite du satellite est prévue jeudi.', 'mise sur orbite = mise sur orbite'],
      ['La mise en veilleuse du projet a déçu les élus.', 'mise en veilleuse = mise en veilleuse'],
      ['Sa mise sur la touche a surpris les supporters.', 'mise sur la touche = mise sur la touche'],
      ["La remise sur les rails de l'entreprise prendra des années.", 'remise sur les rails = remise sur les rails'],
      ['La mise en exergue de ces chiffres par le ministre a fait réagir.', 'mise en exergue = mise en exergue'],
      ['Le rapport fait une mise en parallèle des deux crises.', 'mise en parallèle = mise en parallèle'],
    ]);
  });

  it('finds the verbal member of a family, conjugated and with its object between', () => {
    expectMatches(probe, [
      ["L'usine a mis au chômage trois cents ouvriers.", 'mettre au chômage = mis au chômage'],
      ['Le détenu a été mis au secret pendant dix jours.', 'mettre au secret = mis au secret'],
      ['La police a mis la voiture en fourrière.', 'mettre en fourrière = mis en fourrière'],
      ["L'État met sous perfusion les banques du pays.", 'mettre sous perfusion = met sous perfusion'],
      ['Le suspect a été mis sous écrou hier soir.', 'mettre sous écrou = mis sous écrou'],
      ['Le nouveau patron a repris en main la rédaction.', 'reprendre en main = repris en main'],
      ['Le nouveau patron a repris la rédaction en main.', 'reprendre en main = repris en main'],
      ['La banque a remis en circulation les anciens billets.', 'remettre en circulation = remis en circulation'],
      ['Le nouveau maire a remis en ordre les finances de la ville.', 'remettre en ordre = remis en ordre'],
      ['Les députés veulent mettre en débat cette réforme.', 'mettre en débat = mettre en débat'],
      // Before its verbal entry, the participle took the noun's lemma (mis en isolement: mise en isolement).
      ['Le détenu a été mis en isolement.', 'mettre en isolement = mis en isolement'],
      ['La société a été mise en liquidation.', 'mettre en liquidation = mise en liquidation'],
      ["Les élèves ont été remis à niveau pendant l'été.", 'remettre à niveau = remis à niveau'],
    ]);
  });

  it('finds the nominalisations of placer, passer, sortir and arriver, singular and plural', () => {
    expectMatches(probe, [
      ['Le placement en garde à vue du maire a surpris la ville.', 'placement en garde à vue = placement en garde à vue'],
      ['Le juge a ordonné son placement en détention provisoire.', 'placement en détention provisoire = placement en détention provisoire'],
      ['Les placements en rétention ont doublé cette année.', 'placement en rétention = placements en rétention'],
      ["L'entreprise a demandé son placement en redressement judiciaire.", 'placement en redressement judiciaire = placement en redressement judiciaire'],
      ["Son passage aux aveux a relancé l'enquête.", 'passage aux aveux = passage aux aveux'],
      ["Les deux partis cherchent une sortie de l'impasse.", "sortie de l'impasse = sortie de l' impasse"],
      ['Le placement sous surveillance électronique a été décidé.', 'placement sous surveillance électronique = placement sous surveillance électronique'],
    ]);
  });

  it('finds the pronominal member of a family, with the reflexive as a part', () => {
    expectMatches(probe, [
      ['Les entreprises ont deux ans pour se mettre en conformité.', 'se mettre en conformité = se mettre en conformité'],
      ['Elles se sont rapidement mises en conformité avec la directive.', 'se mettre en conformité = se mises en conformité'],
      ['Les ouvriers se sont remis au travail lundi.', 'se remettre au travail = se remis au travail'],
      ["Il s'est remis à écrire après dix ans de silence.", "se remettre à = s' remis à"],
      // se remettre à takes an infinitive: handing oneself over to the police is no starting again.
      ["Le suspect s'est remis à la justice hier.", '!se remettre à'],
      ["Le pays se met à l'heure européenne.", "se mettre à l'heure = se met à l' heure"],
      ["L'économie se remet lentement en marche.", 'se remettre en marche = se remet en marche'],
      ["Le parti s'est mis en sommeil après sa défaite.", "se mettre en sommeil = s' mis en sommeil"],
      ['Les sauveteurs se sont mis en danger pour le sauver.', 'se mettre en danger = se mis en danger'],
      ['Ces jeunes se prennent en charge très tôt.', 'se prendre en charge = se prennent en charge'],
      ['Il ne se prend pas au sérieux.', 'se prendre au sérieux = se prend au sérieux'],
      ["Elle s'est prise de passion pour la politique.", "se prendre de passion pour = s' prise de passion pour"],
      ["L'équipe doit se reprendre en main avant la finale.", 'se reprendre en main = se reprendre en main'],
      ['Les pompiers se sont portés au secours des victimes.', 'se porter au secours de = se portés au secours des'],
    ]);
  });

  it('finds the complex prepositions of a family, with a fused article', () => {
    expectMatches(probe, [
      ['Aux approches de la capitale, les chars ont ralenti.', 'aux approches de = Aux approches de'],
      ['À l\'annonce des résultats, la foule a explosé de joie.', "à l'annonce de = À l' annonce des"],
      ['À la nouvelle de sa mort, le pays a pris le deuil.', 'à la nouvelle de = À la nouvelle de'],
      ['Le juge a agi dans l\'intérêt des enfants.', "dans l'intérêt de = dans l' intérêt des"],
      ['Chacun donnera dans la mesure de ses moyens.', 'dans la mesure de = dans la mesure de'],
      ['Il a choisi ce nom en référence au traité de 1905.', 'en référence à = en référence au'],
    ]);
  });

  it('finds the support verbs with a fixed noun, conjugated and with an adverb between', () => {
    expectMatches(probe, [
      ['Une infirmière a lancé l\'alerte dès 2019.', "lancer l'alerte = lancé l' alerte"],
      ['Bruxelles a finalement donné son aval au projet.', 'donner son aval = donné son aval'],
      ['Ces rumeurs ont beaucoup porté tort à sa campagne.', 'porter tort à = porté tort à'],
      ['La foule a livré passage aux ambulances.', 'livrer passage = livré passage'],
      ['Le ministre a joué l\'apaisement face aux syndicats.', "jouer l'apaisement = joué l' apaisement"],
      ['Ce penalty a donné l\'avantage aux visiteurs.', "donner l'avantage à = donné l' avantage aux"],
      ['Ces chiffres donnent du crédit à la thèse du ministre.', 'donner du crédit à = donnent du crédit à'],
      ['Prudente, la banque a encore joué la prudence.', 'jouer la prudence = joué la prudence'],
      ["Les médecins ont lancé un cri d'alarme.", "lancer un cri d'alarme = lancé un cri d' alarme"],
      ["Les États-Unis n'ont pas levé l'embargo.", "lever l'embargo = levé l' embargo"],
    ]);
  });

  it('finds the set compounds in the singular and the plural', () => {
    expectMatches(probe, [
      ["Il a demandé l'asile politique en France.", 'asile politique = asile politique'],
      ["Les trafics d'armes ont augmenté dans la région.", "trafic d'armes = trafics d' armes"],
    ]);
  });
});
