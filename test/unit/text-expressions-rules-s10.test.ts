// The matching rules of issue 11's tenth round, through the real analyzer and the shipped entries:
// the general causes of the tuning half's last three misses (a verb's object with its relative
// clause, a complex preposition whose en is lost, a noun entry written without its article) and of
// false finds of the visible sets, each as a rule.
import { strict as assert } from 'node:assert';
import { expressionProbe } from './helpers/expressionMatches';

/**
 * Sentences written for this round in the style of news dispatches, each with an inflected or
 * discontinuous use of a shipped entry (persons, tenses, passives, plurals, clitics, inserted
 * adverbs and time phrases), and the match it must give: a stand-in for the held-out half.
 */
const NEWS_TABLE: Array<[string, string]> = [
  ['Les réformes annoncées en mars ont finalement été mises en œuvre par le nouveau gouvernement.', 'mettre en œuvre = mises en œuvre'],
  ['Plusieurs milliers de manifestants avaient pris part, samedi, au rassemblement.', 'prendre part à = pris part au'],
  ['Les autorités locales font désormais face à une pénurie d\'eau sans précédent.', 'faire face à = font face à'],
  ['Les élections législatives auront lieu en juin prochain.', 'avoir lieu = auront lieu'],
  ['Le tribunal n\'a pas tenu compte des arguments de la défense.', 'tenir compte de = tenu compte des'],
  ['Le président a décidé de mettre immédiatement fin aux négociations.', 'mettre fin à = mettre fin aux'],
  ['Les blessés ont été rapidement pris en charge par les secours.', 'prendre en charge = pris en charge'],
  ['Le ministre fait depuis deux ans l\'objet d\'une enquête pour corruption.', "faire l'objet d'une enquête = fait l' objet d' une enquête"],
  ['Les deux victimes ont porté plainte contre leur employeur.', 'porter plainte contre = porté plainte contre'],
  ['Des milliers de personnes ont rendu un dernier hommage au chanteur.', 'rendre hommage à = rendu hommage au'],
  ['Un comité de crise sera mis en place dès lundi.', 'mettre en place = mis en place'],
  ['Elle avait pris en 2015 la tête du principal parti d\'opposition.', 'prendre la tête de = pris la tête du'],
  ['Les femmes ont joué un rôle décisif dans ce mouvement.', 'jouer un rôle = joué un rôle'],
  ['Le chef de la diplomatie s\'est rendu mardi à Moscou.', 'se rendre à = s\' rendu à'],
  ['Les manifestants s\'en sont pris aux forces de l\'ordre.', "s'en prendre à = s' en pris aux"],
  ['La mairie a dû faire appel à des entreprises privées.', 'faire appel à = faire appel à'],
  ['Cette décision pourrait donner lieu à de longues procédures.', 'donner lieu à = donner lieu à'],
  ['Plusieurs responsables ont été mis en cause dans le rapport.', 'mettre en cause = mis en cause'],
  ['Les médecins tirent depuis des mois la sonnette d\'alarme.', "tirer la sonnette d'alarme = tirent la sonnette d' alarme"],
  ['Les deux partis se sont enfin mis d\'accord sur un programme commun.', "se mettre d'accord sur = se mis d' accord sur"],
  ['Le rapport fait état de graves violations.', 'faire état de = fait état de'],
  ['Les syndicats ont pris acte de la décision du gouvernement.', 'prendre acte de = pris acte de'],
  ['Ces deux clubs font partie des favoris du championnat.', 'faire partie de = font partie des'],
  ['Le projet a été remis en question par la cour des comptes.', 'remettre en question = remis en question'],
  ['Ces mesures portent gravement atteinte aux libertés publiques.', 'porter atteinte à = portent atteinte aux'],
  ['Le nouveau quotidien a vu le jour en 1944.', 'voir le jour = vu le jour'],
  ['Les sauveteurs ont fait preuve d\'un grand courage.', "faire preuve de = fait preuve d'"],
  ['Le gouvernement a mis l\'accent sur l\'éducation.', "mettre l'accent sur = mis l' accent sur"],
  ['Les nouveaux députés prêteront serment jeudi.', 'prêter serment = prêteront serment'],
  ['Trois suspects ont été placés en garde à vue.', 'placer en garde à vue = placés en garde à vue'],
  ['La loi entrera en vigueur le 1er janvier.', 'entrer en vigueur = entrera en vigueur'],
  ['La police a eu recours aux gaz lacrymogènes.', 'avoir recours à = eu recours aux'],
  ['Onze personnes ont trouvé la mort dans l\'accident.', 'trouver la mort = trouvé la mort'],
  ['Ces efforts commencent enfin à porter leurs fruits.', 'porter ses fruits = porter leurs fruits'],
  ['Le président a pris officiellement ses fonctions dimanche.', 'prendre ses fonctions = pris ses fonctions'],
  ['Ces mesures n\'ont jamais été prises en compte par la direction.', 'prendre en compte = prises en compte'],
  ['Le Premier ministre a mis en garde contre toute escalade.', 'mettre en garde contre = mis en garde contre'],
  ['Le gouvernement met tout en œuvre pour retrouver les otages.', 'mettre tout en œuvre = met tout en œuvre'],
  ['Les organisations de défense des droits de l\'homme ont dénoncé ces arrestations.', "droits de l'homme = droits de l' homme"],
  ['Le président russe a rendu visite à son homologue chinois.', 'rendre visite à = rendu visite à'],
  ['Ces deux pays ne font plus partie de l\'alliance.', 'faire partie de = font partie de'],
  // y stands for the entry's à and its complement (round 11: the clitic's entry wins the tie).
  ['Elle y a pris part en tant qu\'observatrice.', 'prendre part à = pris part'],
  ['Le rapport en fait état à plusieurs reprises.', 'faire état de = fait état'],
  ['Les chefs d\'État africains se sont réunis à Addis-Abeba.', "chef d'État = chefs d' État"],
  ['Nous devons nous rendre à Bruxelles la semaine prochaine.', 'se rendre à = nous rendre à'],
  ['Les deux ministres se sont rendus ensemble à Kiev.', "se rendre à = se rendus à"],
  ['En prenant part au sommet, la Chine a surpris.', 'prendre part à = prenant part au'],
  ['Faisant face à une grève massive, la direction a cédé.', 'faire face à = Faisant face à'],
  ['Le texte, qui entrera en vigueur demain, a été adopté.', 'entrer en vigueur = entrera en vigueur'],
  ['Les enquêteurs ont-ils tenu compte de ces témoignages ?', 'tenir compte de = tenu compte de'],
  ['Le musée a rendu un vibrant hommage aux victimes.', 'rendre hommage à = rendu hommage aux'],
  ['Elle a pris une part active aux négociations.', 'prendre … part à = pris part aux'],
  ['Le député s\'est vivement opposé à ce projet.', "s'opposer à = s' opposé à"],
  ['Ils ont décidé, après de longs débats, de mettre fin à la grève.', 'mettre fin à = mettre fin à'],
  ['Les policiers ont mis plusieurs heures à reprendre le contrôle de la situation.', 'reprendre le contrôle de = reprendre le contrôle de'],
  ["Le sommet s'est tenu à huis clos.", 'à huis clos = à huis clos'],
  ["Aucune décision n'a encore été prise à ce sujet.", 'à ce sujet = à ce sujet'],
  ["Les troupes se sont retirées de la ville après avoir mis le feu aux entrepôts.", 'mettre le feu à = mis le feu aux'],
  ["Le ministre a-t-il pris la mesure de la crise ?", 'prendre la mesure de = pris la mesure de'],
  ["Jamais le pays n'avait fait face à une telle crise.", 'faire face à = fait face à'],
  ["Ils ne se sont pas rendus à la convocation.", 'se rendre à = se rendus à'],
  ["Le suspect a été remis en liberté sous contrôle judiciaire.", 'remettre en liberté = remis en liberté'],
  ["Les négociations ont été menées à bien par les deux délégations.", 'mener à bien = menées à bien'],
  ["Les relations bilatérales se sont nettement améliorées.", 'relation bilatérale = relations bilatérales'],
  ["Les deux pays ont rompu leurs relations diplomatiques en 2017.", 'relation diplomatique = relations diplomatiques'],
  ["La conférence de presse s'est déroulée dans le calme.", 'conférence de presse = conférence de presse'],
  ["Les ministres des Affaires étrangères se retrouveront jeudi.", 'ministre des Affaires étrangères = ministres des Affaires étrangères'],
  ["Les opposants se sont emparés du palais présidentiel.", "s'emparer de = se emparés du"],
  ["Il n'est pas parvenu à convaincre ses partenaires.", 'parvenir à = parvenu à'],
  ["Les autorités ont fait savoir qu'aucune victime n'était à déplorer.", 'faire savoir = fait savoir'],
  ["Le gouvernement entend bien tirer les leçons de cet échec.", 'tirer les leçons de = tirer les leçons de'],
  ["Trois personnes ont perdu la vie dans l'incendie.", 'perdre la vie = perdu la vie'],
  ["La police a ouvert le feu sur les manifestants.", 'ouvrir le feu sur = ouvert le feu sur'],
  ["Le chef de l'État s'est adressé à la nation dimanche soir.", "s'adresser à = s' adressé à"],
  ["Les sanctions prises à l'encontre de Moscou ont été prolongées.", "à l'encontre de = à l' encontre de"],
  ["La question sera de nouveau abordée lors du prochain conseil.", 'de nouveau = de nouveau'],
  ["Le candidat a pris ses distances avec le parti.", 'prendre ses distances = pris ses distances'],
  ["Les prises de position du ministre ont choqué.", 'prise de position = prises de position'],
  ["Plusieurs coups d'État ont eu lieu dans la région.", "coup d'État = coups d' État"],
  ["Les Premiers ministres des deux pays se sont rencontrés.", 'Premier ministre = Premiers ministres'],
  ["Les gardes à vue se sont multipliées.", 'garde à vue = gardes à vue'],
  ["Les hauts fonctionnaires ont été convoqués.", 'haut fonctionnaire = hauts fonctionnaires'],
  ["Les conseillères municipales ont voté contre.", 'conseiller municipal = conseillères municipales'],
  ["Ces pays ne prennent pas part au vote.", 'prendre part à = prennent part au'],
  ["Les rencontres prévues n'ont finalement jamais eu lieu.", 'avoir lieu = eu lieu'],
  ["Le texte a été adopté sans tenir compte des objections.", 'tenir compte de = tenir compte des'],
  ["Aussi a-t-il pris la décision de démissionner.", 'prendre la décision de = pris la décision de'],
  ["Le rôle qu'a joué la France dans ce conflit reste flou.", 'jouer un rôle = rôle joué'],
  ["Les points de vue des deux camps restent éloignés.", 'point de vue = points de vue'],
  ["Les Casques bleus ont été déployés dans le sud du pays.", 'casque bleu = Casques bleus'],
  ["Les mises en examen se sont succédé.", 'mise en examen = mises en examen'],
  ["Le conflit a fait des dizaines de morts.", 'faire … mort = fait morts'],
  ["Les manifestants ont été pris à partie par la police.", 'prendre à partie = pris à partie'],
  ["Elle a été mise au courant de la situation.", 'mettre au courant de = mise au courant de'],
  ["Ces accords ont vu le jour grâce à la médiation du Qatar.", 'voir le jour = vu le jour'],
  ["La ministre s'est entretenue avec son homologue allemand.", "s'entretenir avec = s' entretenue avec"],
  ["Les enquêteurs se sont penchés sur le dossier.", 'se pencher sur = se penchés sur'],
  ["Le ministre s'en est pris violemment à la presse.", "s'en prendre à = s' en pris à"],
  ["Le président s'est rendu sur place pour leur rendre hommage.", 'rendre hommage à = rendre hommage'],
  ["Le ministre a, selon nos informations, pris part à la réunion.", 'prendre part à = pris part à'],
  ["Le plan doit être mis rapidement et efficacement en œuvre.", 'mettre en œuvre = mis en œuvre'],
  ["Le plan n'a pas encore été mis en œuvre.", 'mettre en œuvre = mis en œuvre'],
  ["Le maire a été à plusieurs reprises mis en cause.", 'mettre en cause = mis en cause'],
  ["La mairie fait régulièrement appel à des bénévoles.", 'faire appel à = fait appel à'],
  ["Le rapport met l'accent, dans sa conclusion, sur la prévention.", "mettre l'accent sur = met l' accent sur"],
  ["La victime a porté plainte lundi contre X.", 'porter plainte contre = porté plainte contre'],
  ["Le juge tient notamment compte de son âge.", 'tenir compte de = tient compte de'],
  ["Les syndicats ont tout mis en œuvre pour éviter la grève.", 'mettre tout en œuvre = tout mis en œuvre'],
  ["Le gouvernement a mis en place, en 2015, un dispositif d'aide.", 'mettre en place = mis en place'],
  ["Le texte a finalement été adopté à l'unanimité.", "à l'unanimité = à l' unanimité"],
  ["Les rebelles ont pris le contrôle, dimanche soir, de la ville.", 'prendre le contrôle de = pris le contrôle de'],
  ["Cette affaire a fait, ces derniers jours, la une des journaux.", 'faire la une des journaux = fait la une des journaux'],
  ["Le ministre s'est, une nouvelle fois, rendu à Kiev.", "se rendre à = s' rendu à"],
  ["La police a, semble-t-il, fait usage de gaz lacrymogène.", 'faire usage de = fait usage de'],
  ["Il a mis, selon la police, le feu à sa voiture.", 'mettre le feu à = mis le feu à'],
  ["Le pays a fait, en 2019, face à une grave crise.", 'faire face à = fait face à'],
  ["Les deux pays ont renoué jeudi leurs relations diplomatiques.", 'relation diplomatique = relations diplomatiques'],
  ["Le Parlement a mis un terme jeudi à ces pratiques.", 'mettre un terme à = mis un terme à'],
  ["Elle a pris dès le début part aux discussions.", 'prendre part à = pris part aux'],
  ["La cérémonie eut lieu le 3 mai 1945.", 'avoir lieu = eut lieu'],
  ["Il prit part à la bataille de Verdun.", 'prendre part à = prit part à'],
  ["Le roi fit face à une révolte.", 'faire face à = fit face à'],
  ["Le traité mit fin à la guerre.", 'mettre fin à = mit fin à'],
  ["Le journal vit le jour en 1826.", 'voir le jour = vit le jour'],
  ["Il faut que la réunion ait lieu avant vendredi.", 'avoir lieu = ait lieu'],
  ["Il est essentiel que les pays fassent face à leurs responsabilités.", 'faire face à = fassent face à'],
  ["Le gouvernement tiendra compte de ces remarques.", 'tenir compte de = tiendra compte de'],
  ["La ville verra le jour en 2030.", 'voir le jour = verra le jour'],
  ["Les mesures mises en place par la mairie sont efficaces.", 'mettre en place = mises en place'],
  ["Les moyens mis en œuvre restent insuffisants.", 'mettre en œuvre = mis en œuvre'],
  ["Mettant fin à des mois d'incertitude, le juge a tranché.", 'mettre fin à = Mettant fin à'],
  ["Ils fêtent la fin de la guerre en ayant pris part aux combats.", 'prendre part à = pris part aux'],
  ["Les élections se tiendront le 5 juin.", 'se tenir = se tiendront'],
  ["Le festival se déroulera du 3 au 5 juillet.", 'se dérouler = se déroulera'],
  ["Il ne s'agit pas d'une simple erreur.", "il s'agit de = Il s' agit d'"],
  ["S'agit-il d'une erreur ?", "il s'agit de = S' agit -il d'"],
  ["Ils ont fini par se mettre d'accord.", "se mettre d'accord = se mettre d' accord"],
  ["Le projet, longtemps mis de côté, a été relancé.", 'mettre de côté = mis de côté'],
  ["Elle a fait l'objet de vives critiques.", "faire l'objet de = fait l' objet de"],
  ["Le dossier fera l'objet d'un examen approfondi.", "faire l'objet de = fera l' objet d'"],
  ["Ce sont eux qui ont pris les devants.", 'prendre les devants = pris les devants'],
  ["Les enquêteurs n'ont toujours pas mis la main sur le suspect.", 'mettre la main sur = mis la main sur'],
  ["La maire a donné son feu vert au projet.", 'donner son feu vert = donné son feu vert'],
  ["Il a donné le coup d'envoi du festival.", "donner le coup d'envoi de = donné le coup d' envoi du"],
];


describe('expression rules, round 10 (issue 11)', function () {
  this.timeout(60000);
  const { found, lemmas } = expressionProbe();

  it('a verb\'s object may carry a relative clause before the entry\'s à + infinitive: « appelle tous ceux qui continuent à parler de dette à changer »', () => {
    const f = found("J'appelle tous ceux qui continuent à vouloir évoquer les relations entre la France et l'Afrique en parlant de « dette » à changer de vocabulaire.");
    assert.ok(f.includes('appeler … à = appelle à'), f.join(' | '));
    assert.ok(found('Il appelle les pays qui ont signé le traité à respecter leurs engagements.').includes('appeler … à = appelle à'));
    assert.ok(!found("J'appelle tous ceux qui continuent à parler.").includes('appeler … à = appelle à'), 'the relative clause\'s own à is not the entry\'s');
    assert.ok(!lemmas("Il appelle ceux qui vivent dans la région où se trouve la ville à Paris.").includes('appeler … à'), 'a long gap only before an infinitive');
  });

  it('a complex preposition en + noun + de whose en is lost, after a noun and before an infinitive: « au niveau de l\'État vue d\'améliorer »', () => {
    assert.ok(found("Une action prise au plus haut niveau de l'État vue d'améliorer la situation.").includes('en vue de = vue d\''));
    assert.ok(!lemmas('La ville vue du ciel est belle.').includes('en vue de'), 'a participle before a noun phrase');
    assert.ok(!lemmas("Il a raison de partir.").includes('en raison de'), 'not after a verb');
    assert.ok(!lemmas('Il salue le public avant de partir.').includes('en avant de'), 'a preposition is no lost en\'s noun');
  });

  it('a noun entry « N de l\'N2 » also matches without its article when N2 keeps the entry\'s number: « des pères d\'église »', () => {
    assert.ok(found("Douze personnages, des apôtres ou des pères d'église, tiennent des phylactères.").includes("Père de l'Église = pères d' église"));
    assert.ok(found("Sa grève de faim dure depuis dix jours.").includes('grève de la faim = grève de faim'));
    assert.ok(found("Sa grève de la faim dure depuis dix jours.").includes('grève de la faim = grève de la faim'), 'the written form still matches');
    assert.ok(!lemmas("Les représentants d'États africains se réunissent.").includes("représentant de l'État"), 'a bare plural after de is an indefinite: not the entry');
  });

  it('a noun after a determiner and adjectives is not the verb its spelling can also be: « les différents procédés de dessalement »', () => {
    assert.ok(!lemmas('Il étudie les différents procédés de dessalement.').includes('procéder de'));
    assert.ok(!lemmas('Le manque d\'hygiène est grave.').includes('manquer de'));
  });

  it('a day between commas may stand between a verbal entry\'s words: « avaient pris part, samedi, au rassemblement »', () => {
    assert.ok(found('Des milliers de manifestants avaient pris part, samedi, au rassemblement.').includes('prendre part à = pris part au'));
    assert.ok(found('Il s\'est rendu, mardi soir, à Moscou.').includes("se rendre à = s' rendu à"));
  });

  it('a duration (depuis, pendant + a count + a unit of time) may stand between a verbal entry\'s words: « tirent depuis des mois la sonnette d\'alarme »', () => {
    assert.ok(found("Les médecins tirent depuis des mois la sonnette d'alarme.").includes("tirer la sonnette d'alarme = tirent la sonnette d' alarme"));
    assert.ok(found("Le ministre fait depuis deux ans l'objet de critiques.").includes("faire l'objet de = fait l' objet de"));
  });

  it('a determiner and adjectives may stand before the bare noun of a verbal entry: « a rendu un dernier hommage au chanteur »', () => {
    assert.ok(found('Des milliers de personnes ont rendu un dernier hommage au chanteur.').includes('rendre hommage à = rendu hommage au'));
    assert.ok(found('Le musée a rendu un vibrant hommage aux victimes.').includes('rendre hommage à = rendu hommage aux'));
    assert.ok(!lemmas('Il a fait une grande partie de sa carrière à Lyon.').includes('faire partie de'), 'a quantity noun: « une grande partie de »');
  });

  it('en right before a verbal entry\'s verb is the clitic that stands for its de complement, whatever its tag: « Le rapport en fait état »', () => {
    assert.ok(found('Le rapport en fait état à plusieurs reprises.').includes('faire état de = fait état'));
    assert.ok(found('En fait, le rapport est clair.').includes('en fait = En fait'), 'the adverb before a comma');
  });

  it('news sentences with inflected and discontinuous uses of shipped entries', () => {
    const missed = NEWS_TABLE.filter(([text, want]) => !found(text).includes(want)).map(([text, want]) => `${want} in « ${text} »: ${found(text).join(' | ')}`);
    assert.deepEqual(missed, []);
  });

  it('a dative clitic before the verb stands for the à complement of a verbal entry: « pour leur rendre hommage », « lui porte un coup »', () => {
    assert.ok(found("Le président s'est rendu sur place pour leur rendre hommage.").includes('rendre hommage à = rendre hommage'));
    assert.ok(found("Le Premier ministre lui a rendu visite à l'hôpital.").includes('rendre visite à = rendu visite'), 'the à after it is another one');
    assert.ok(found('Il a rendu visite à sa mère.').includes('rendre visite à = rendu visite à'));
    assert.ok(!lemmas('Il rend hommage.').includes('rendre hommage à'), 'no clitic, no complement');
    assert.ok(found('Il y a fait face avec courage.').includes('faire face à = fait face'), 'y before the auxiliary');
    assert.ok(!lemmas('Il y a recours contre la décision.').includes('avoir recours à'), 'not y before the verb avoir: there is');
  });

  it('et/ou between two adverbs may stand between a verbal entry\'s words: « mis rapidement et efficacement en œuvre »', () => {
    assert.ok(found('Le plan doit être mis rapidement et efficacement en œuvre.').includes('mettre en œuvre = mis en œuvre'));
  });

  it('a short prepositional phrase between commas may stand between a verbal entry\'s words: « met l\'accent, dans sa conclusion, sur »', () => {
    assert.ok(found("Le rapport met l'accent, dans sa conclusion, sur la prévention.").includes("mettre l'accent sur = met l' accent sur"));
    assert.ok(found('Il a mis, selon la police, le feu à sa voiture.').includes('mettre le feu à = mis le feu à'));
  });

  it('the tout of a verb + tout entry stands before the participle or infinitive: « ont tout mis en œuvre », « tout mettre en œuvre »', () => {
    assert.ok(found('Les syndicats ont tout mis en œuvre pour éviter la grève.').includes('mettre tout en œuvre = tout mis en œuvre'));
    assert.ok(found('Il faut tout mettre en œuvre pour les retrouver.').includes('mettre tout en œuvre = tout mettre en œuvre'));
    assert.ok(found('Le gouvernement met tout en œuvre pour retrouver les otages.').includes('mettre tout en œuvre = met tout en œuvre'), 'the written order still matches');
  });
});
