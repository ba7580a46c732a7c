// Expression families (issue 11): the members of each family a learner meets that the lexicon lacks.
// The lexicon grew by sets of sentences, so its families are uneven: « mise en place » without
// « se mettre en place », « à l'issue de » without a sibling of the same head. This lists, per family
// pattern, the candidates no expression file holds (scored or collocation), for a person to judge by
// the scheme (../shared/eval/mwe-README.md); it accepts nothing by itself and reads no evaluation
// sentence. Two kinds of candidates:
// - derived from the lexicon's own entries: verbal expression <-> nominalisation <-> pronominal form
//   (mettre/mise/se mettre en place), and the other number of a complex preposition's article + noun
//   (à l'approche de <-> aux approches de);
// - checklists of the classic constructions of French grammar (support verbs with a fixed noun,
//   lexicalised pronominal verbs and fixed prepositions, set compounds of public life), written from
//   general knowledge of the language.
// An entry counts as present whatever its slots and gaps (prendre (det) part à holds prendre part à),
// and with a fixed preposition after it (prendre conscience de holds prendre conscience).
//
// Usage: tsx test/eval/expressionFamilies.ts [--family NAME]   (verbal, prepositions, support, pronominal, compounds)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPRESSIONS_DIR } from './mweInflect';

/** Every expression of every file, as a key without slots, gaps, case or apostrophe shape. */
export function lexiconKeys(dir = EXPRESSIONS_DIR): Set<string> {
  const keys = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tsv'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#') || line.startsWith('expression\t')) continue;
      keys.add(keyOf(line.split('\t')[0]!));
    }
  }
  return keys;
}

/** Present as written or with a fixed preposition after it (prendre conscience -> prendre conscience de). */
function held(keys: Set<string>, key: string): boolean {
  return keys.has(key) || ['de', 'à', 'sur', 'avec', 'contre', 'pour', 'en', 'entre'].some((p) => keys.has(`${key} ${p}`));
}

export function keyOf(expression: string): string {
  return expression
    .normalize('NFC')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\((det|adj|qty|inf)\)|…/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Verbs whose nominalisation keeps the verb's complement: mettre en place -> mise en place. */
const NOMINALISATIONS: ReadonlyArray<[verb: string, noun: string]> = [
  ['mettre', 'mise'],
  ['remettre', 'remise'],
  ['prendre', 'prise'],
  ['reprendre', 'reprise'],
  ['porter', 'port'],
  ['entrer', 'entrée'],
  ['sortir', 'sortie'],
  ['passer', 'passage'],
  ['arriver', 'arrivée'],
  ['placer', 'placement'],
  ['lever', 'levée'],
  ['tenir', 'tenue'],
  ['accéder', 'accession'],
  ['renvoyer', 'renvoi'],
  ['condamner', 'condamnation'],
];
/** Transitive verbs whose expressions have a pronominal member (se mettre en place); entrer, sortir… have none. */
const PRONOMINAL_VERBS = new Set(['mettre', 'remettre', 'prendre', 'reprendre', 'porter', 'placer']);
/** Complements that start with a preposition: only these carry over to the noun and the pronominal. */
const PREPOSITIONAL = /^(en|à|au|aux|sur|sous|hors|de|d')\b/;

function reflexive(verbal: string): string {
  return /^[aeéèêiîoôuh]/.test(verbal) ? `s'${verbal}` : `se ${verbal}`;
}

/** mettre en place <-> mise en place <-> se mettre en place, for every entry of the lexicon. */
function verbalFamilies(keys: Set<string>): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    for (const [verb, noun] of NOMINALISATIONS) {
      for (const [from, to] of [[verb, noun], [noun, verb]] as const) {
        if (!key.startsWith(`${from} `)) continue;
        const rest = key.slice(from.length + 1);
        if (!PREPOSITIONAL.test(rest)) continue;
        // The noun's de + complement is the verb's object: prise de position <-> prendre position.
        const verbal = from === noun ? `${verb} ${rest.replace(/^(de |d')/, '')}` : key;
        const sibling = from === noun ? verbal : `${noun} ${rest}`;
        if (!held(keys, sibling)) out.add(`${sibling}   (from ${key})`);
        if (!PRONOMINAL_VERBS.has(verb)) continue;
        const pronominal = reflexive(verbal);
        if (!held(keys, pronominal)) out.add(`${pronominal}   (from ${key})`);
      }
    }
  }
  return [...out].sort();
}

/** The other number of a complex preposition's article + noun: à l'approche de <-> aux approches de. */
function prepositionNumbers(keys: Set<string>): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const m = /^(à l'|à la |au |aux )(\S+) (de|d')$/.exec(key);
    if (!m) continue;
    const [, article, noun] = m as unknown as [string, string, string];
    const other = article === 'aux ' ? `à la ${noun.replace(/s$/, '')} de` : `aux ${/[sxz]$/.test(noun) ? noun : `${noun}s`} de`;
    if (!held(keys, other)) out.push(`${other}   (from ${key})`);
  }
  return out.sort();
}

/** Complex prepositions and their siblings of the same head a learner looks up. */
const PREPOSITIONS = [
  "à l'issue de", 'au lendemain de', 'en vue de', "sous l'égide de", "à l'approche de", "à l'occasion de",
  "à l'initiative de", "à l'instar de", 'au profit de', 'au détriment de', 'au titre de', 'à la veille de',
  "à l'heure de", 'au terme de', "à l'aune de", 'au regard de', 'en marge de', 'à la suite de',
  "au vu de", "à l'appui de", "à l'encontre de", 'à la lumière de', "à l'échelle de", 'au niveau de',
  'à la hauteur de', "à l'égard de", "à l'insu de", "à l'abri de", 'à la faveur de', 'au gré de',
  'au fil de', 'au cours de', 'au sein de', 'au cœur de', 'au-delà de', 'en deçà de', 'en amont de',
  'en aval de', 'en lieu et place de', 'en guise de', 'en matière de', 'en termes de', 'en raison de',
  'en dépit de', 'en faveur de', 'en fonction de', 'en vertu de', 'en application de', "en l'absence de",
  'en présence de', 'en cas de', 'en prévision de', 'en réponse à', 'en réaction à', 'en riposte à',
  'en hommage à', 'en référence à', 'en écho à', 'en contradiction avec', 'en accord avec',
  'en collaboration avec', 'en partenariat avec', 'en coopération avec', 'en concertation avec',
  'en lien avec', 'en rapport avec', 'en conformité avec', 'en désaccord avec', 'en relation avec',
  'en liaison avec', 'en tant que', 'par rapport à', 'par le biais de', "par l'intermédiaire de",
  'par la voie de', 'par manque de', 'par peur de', 'par faute de', 'faute de', 'par respect pour',
  'par égard pour', 'par solidarité avec', 'sous la pression de', "sous l'effet de", 'sous le coup de',
  "sous l'impulsion de", 'sous la houlette de', 'sous la direction de', "sous l'autorité de",
  'sous réserve de', 'sous peine de', 'sous prétexte de', 'sous couvert de', 'sur la base de',
  'sur fond de', 'sur ordre de', 'sur décision de', 'sur proposition de', "sur l'initiative de",
  'sur le point de', 'sur le plan de', 'au moment de', "au nom de", 'au bénéfice de', 'au prix de',
  'au risque de', 'au mépris de', 'au détour de', 'au chevet de', 'au départ de', "à l'arrivée de",
  "à l'annonce de", 'à la nouvelle de', "à l'aide de", 'à la demande de', "à l'invitation de",
  "à l'appel de", 'à la mémoire de', "à l'intention de", "à l'attention de", "à l'adresse de",
  "à l'image de", 'à la manière de', "à l'exception de", "à l'exclusion de", 'à la différence de',
  "à l'inverse de", "à l'opposé de", 'au contraire de', 'à la place de', 'au lieu de', 'à la tête de',
  'à la une de', "à l'origine de", 'à la base de', "à l'heure où", 'au moment où', 
  'en plein', 'en pleine', 'à quelques jours de', 'à la fin de', 'au début de', 'au milieu de',
  'au printemps de', "à l'automne de", "à l'été de", "à l'hiver de", 
  'à hauteur de', 'à raison de', 'à concurrence de', "à l'horizon", 'aux alentours de', 'aux abords de',
  'au large de', 'à proximité de', 'à la frontière de', 'aux portes de', 'au pied de', 'au bord de',
  'à la lisière de', 'en bordure de', 'au seuil de', 'au tournant de', "à l'aube de", "à l'orée de",
  'au crépuscule de', 'au sortir de', 'dans la foulée de', 'dans le sillage de',
  'dans le cadre de', 'dans la perspective de', "dans l'optique de", 'dans le but de', "dans l'attente de",
  "dans l'espoir de", 'dans le souci de', 'dans le respect de', 'dans la lignée de', 'dans le droit fil de',
  "dans l'intérêt de", 'dans le domaine de', 'dans le sens de', 'dans la mesure de', 'dans la mesure où',
  "à l'exemple de", 'à la charge de', 'à la disposition de', 'à la merci de', 'à la portée de',
  'à la recherche de', 'à la rencontre de', "à l'écoute de", 'à la lecture de', "à l'examen de",
  'à la sortie de', "à l'entrée de", "à l'ouverture de", 'à la clôture de',
  "lors de",
];

/** Support verbs with a fixed noun (and fixed preposition) from the classic lists of French grammar. */
const SUPPORT = [
  'avoir lieu', 'avoir besoin de', 'avoir envie de', 'avoir peur de', 'avoir raison', 'avoir tort', "avoir l'air",
  'avoir affaire à', 'avoir recours à', 'avoir accès à', 'avoir droit à', 'avoir honte de', 'avoir hâte de',
  "avoir l'intention de", "avoir l'occasion de", 'avoir du mal à', 'avoir beau', 'avoir trait à', 'avoir cours',
  'avoir gain de cause', 'avoir le dernier mot', 'avoir vent de', 'avoir confiance en', "avoir l'habitude de",
  'avoir tendance à', 'avoir les moyens de', 'avoir partie liée avec', 'avoir maille à partir avec',
  'avoir son mot à dire', 'avoir connaissance de', 'avoir conscience de', 'avoir la parole', "avoir l'œil",
  'avoir la cote', 'avoir le vent en poupe', 'avoir les mains libres', 'avoir le champ libre', 'avoir le dessus',
  'avoir la main', 'avoir la vie dure', 'avoir le bras long', 'avoir du poids', 'avoir un faible pour',
  'faire face à', 'faire partie de', "faire l'objet de", 'faire appel à', 'faire état de', 'faire preuve de',
  'faire part de', 'faire attention à', 'faire confiance à', 'faire semblant de', 'faire le point',
  'faire la une', "faire l'affaire", 'faire fi de', 'faire la queue', 'faire grève', 'faire marche arrière',
  'faire naufrage', 'faire surface', 'faire escale', 'faire campagne', 'faire défaut', 'faire le jeu de',
  'faire signe', 'faire peur à', 'faire honte à', 'faire plaisir à', 'faire la lumière sur', 'faire le bilan',
  'faire son entrée', 'faire figure de', 'faire office de', 'faire suite à', "faire l'unanimité", 'faire date',
  'faire recette', 'faire mouche', 'faire fortune', 'faire faillite', 'faire le tour de', 'faire valoir',
  'faire la paix', 'faire feu', 'faire halte', 'faire pression sur', 'faire obstacle à', 'faire allusion à',
  'faire référence à', 'faire la connaissance de', "faire l'impasse sur", 'faire le plein', 'faire main basse sur',
  'faire irruption', 'faire la différence', 'faire ses preuves', 'faire le poids', 'faire la part des choses',
  'faire foi', 'faire autorité', "faire l'amalgame", 'faire débat', 'faire polémique', 'faire scandale',
  'faire sensation', 'faire long feu', 'faire carrière', 'faire fausse route', 'faire machine arrière',
  'faire cavalier seul', 'faire bloc', 'faire front', 'faire corps', 'faire la sourde oreille', 'faire le ménage',
  'faire le lien', 'faire le nécessaire', 'faire droit à', 'faire exception', 'faire école',
  "faire tache d'huile", 'faire son chemin', 'faire ses adieux', 'faire la navette', 'faire le déplacement',
  'faire les frais de', 'faire la loi', 'faire le vide', "faire l'actualité", 'faire florès', 'faire un tabac',
  "faire l'affaire de", 'faire la course en tête', 'faire les gros titres', 'faire volte-face', 'faire profil bas',
  'faire le forcing', 'faire pencher la balance', 'faire le procès de', "faire l'éloge de", 'faire le deuil de',
  'faire grise mine', 'faire la sourde oreille', 'faire son deuil de', 'faire le bonheur de', 'faire les yeux doux',
  'prendre part à', 'prendre fin', 'prendre soin de', 'prendre en compte', 'prendre en charge', 'prendre conscience de',
  'prendre position', 'prendre la parole', 'prendre la fuite', 'prendre le pouvoir', 'prendre la tête de',
  'prendre le relais', 'prendre acte de', 'prendre contact avec', 'prendre effet', 'prendre forme', 'prendre place',
  'prendre le dessus', 'prendre les devants', "prendre de l'ampleur", 'prendre la relève', 'prendre la défense de',
  'prendre parti', 'prendre le large', 'prendre racine', 'prendre feu', "prendre l'eau", 'prendre au sérieux',
  'prendre la mesure de', 'prendre les armes', "prendre d'assaut", 'prendre en otage', 'prendre la route',
  'prendre son envol', 'prendre du recul', 'prendre le temps de', 'prendre sa retraite', 'prendre ses fonctions',
  'prendre ses distances', 'prendre goût à', 'prendre le contrôle de', 'prendre rendez-vous', 'prendre congé',
  'prendre garde', 'prendre en considération', 'prendre note de', 'prendre corps', 'prendre le pas sur',
  'prendre de court', 'prendre de vitesse', 'prendre à témoin', 'prendre à partie', 'prendre en main',
  'prendre la mer', 'prendre le chemin de', 'prendre ombrage de', 'prendre le risque de', 'prendre son temps',
  'prendre la décision de', 'prendre le maquis', 'prendre la porte', 'prendre le train en marche',
  'prendre le taureau par les cornes', 'prendre le contre-pied de', 'prendre des gants', 'prendre ses responsabilités',
  'prendre les choses en main', 'prendre acte', 'prendre du galon', 'prendre la pose', 'prendre de la hauteur',
  'donner lieu à', 'donner suite à', 'donner raison à', 'donner tort à', 'donner le feu vert', 'donner naissance à',
  "donner l'alerte", "donner l'exemple", 'donner le ton', 'donner son accord', 'donner sa démission',
  "donner le coup d'envoi", "donner l'impression de", 'donner rendez-vous', 'donner la parole', 'donner carte blanche',
  'donner un coup de main', 'donner le change', 'donner du fil à retordre', 'donner la priorité à', "donner l'assaut",
  'donner matière à', 'donner le la', 'donner de la voix', 'donner corps à', 'donner la mort', 'donner son aval',
  'donner le coup de grâce', 'donner un coup de pouce', 'donner du crédit à', 'donner gain de cause à',
  'donner le feu vert à', 'donner sa langue au chat', 'donner un coup de frein', "donner l'avantage à",
  'mettre fin à', 'mettre en place', 'mettre en œuvre', 'mettre en cause', "mettre l'accent sur", 'mettre en garde',
  'mettre au point', 'mettre à jour', 'mettre en jeu', 'mettre en évidence', 'mettre un terme à', 'mettre en examen',
  'mettre à profit', 'mettre en valeur', 'mettre sur pied', 'mettre en avant', 'mettre en doute', 'mettre à mal',
  'porter plainte', 'porter atteinte à', 'porter secours à', 'porter ses fruits', 'porter sur', 'porter un coup à',
  'porter préjudice à', 'porter un jugement sur', 'porter un regard sur', 'porter tort à', 'porter à la connaissance de',
  "porter à l'écran", 'porter ses efforts sur', 'porter le chapeau', 'porter la responsabilité de', 'porter le nom de',
  'porter plainte contre', 'porter un toast', 'porter son choix sur', 'porter la parole de',
  'tenir compte de', 'tenir lieu de', 'tenir tête à', 'tenir parole', 'tenir bon', 'tenir compagnie à',
  'tenir rigueur à', 'tenir le coup', 'tenir informé', 'tenir au courant', 'tenir promesse', 'tenir ses promesses',
  'tenir la route', 'tenir le haut du pavé', 'tenir en haleine', 'tenir en échec', 'tenir les rênes', 'tenir à cœur',
  'tenir le cap', 'tenir la barre', 'tenir le choc', 'tenir en respect', 'tenir la dragée haute', 'tenir le crachoir',
  'tenir sa langue', 'tenir le pari', 'tenir la corde', 'tenir le bon bout', 'tenir les cordons de la bourse',
  'rendre compte de', 'rendre hommage à', 'rendre visite à', 'rendre service à', 'rendre justice à', "rendre l'âme",
  'rendre les armes', 'rendre public', 'rendre la monnaie de sa pièce', 'rendre son tablier', 'rendre des comptes',
  'rendre la pareille', 'rendre grâce à', 'rendre son verdict', 'rendre sa copie', 'rendre les clés',
  'poser problème', 'poser question', 'poser sa candidature', 'poser un lapin', 'poser les jalons', 'poser les bases',
  'poser la première pierre', 'poser ses valises', 'poser son veto', 'poser la question de confiance',
  'jouer un rôle', 'jouer le jeu', 'jouer la carte de', 'jouer avec le feu', 'jouer les prolongations',
  'jouer franc-jeu', 'jouer la montre', 'jouer des coudes', 'jouer sur les mots', 'jouer cartes sur table', 'jouer gros',
  'jouer les trouble-fête', "jouer l'apaisement", 'jouer la prudence', 'jouer son va-tout', 'jouer en faveur de',
  'jouer les gros bras', 'jouer le rôle de', 'jouer sa carte', 'jouer la sécurité',
  'mener à bien', 'mener la vie dure à', 'mener la danse', 'mener campagne', 'mener bataille', 'mener le bal',
  'mener en bateau', 'mener la barque', 'mener la fronde', 'mener grand train', 'mener à terme', 'mener la charge',
  'livrer bataille', 'livrer combat', 'livrer passage', 'livrer bataille contre', 'livrer ses secrets',
  'lancer un appel', 'lancer un défi', 'lancer un ultimatum', "lancer l'alerte", 'lancer un pavé dans la mare',
  "lancer la machine", "lancer un cri d'alarme", "lancer un avertissement", 'lancer les hostilités',
  'tirer parti de', 'tirer profit de', "tirer la sonnette d'alarme", 'tirer les leçons de', 'tirer à sa fin',
  'tirer son épingle du jeu', 'tirer un trait sur', 'tirer les ficelles', 'tirer au sort', 'tirer sa révérence',
  'tirer à boulets rouges sur', 'tirer le bilan de', 'tirer les marrons du feu', 'tirer la couverture à soi',
  "tirer d'affaire", 'tirer au clair', 'tirer les conséquences de', 'tirer la leçon de', 'tirer le diable par la queue',
  'tirer sur la corde', 'tirer à la ligne', 'tirer son origine de',
];

/** Lexicalised pronominal verbs and verbs whose fixed preposition changes their meaning (impersonals in the files' lemma form: il s'agir de). */
const PRONOMINAL = [
  "s'agir de", 'se rendre compte de', 'se douter de', "s'en prendre à", 'se passer de', 'se mettre à',
  "s'attendre à", 'se tromper de', "s'apercevoir de", 'se souvenir de', 'se moquer de', 'se méfier de',
  "s'occuper de", 'se rendre à', 'se faire à', "s'en aller", "s'en tenir à", "s'en sortir", "s'en remettre à",
  "s'en vouloir", "s'en tirer", "s'y prendre", "s'y connaître", 'se plaindre de', 'se servir de',
  'se débarrasser de', 'se passer', 'se trouver', 'se dérouler', 'se tenir', 'se prononcer', 'se féliciter de',
  "s'engager à", 'se livrer à', 'se heurter à', 'se pencher sur', 'se porter candidat', 'se solder par',
  'se traduire par', "s'avérer", 'se révéler', "s'inscrire dans", "s'imposer", 'se joindre à', 'se fier à',
  "s'entendre avec", 'se prêter à', 'se rallier à', "s'emparer de", 'se saisir de', "s'abstenir de",
  "s'efforcer de", 'se garder de', 'se réjouir de', "s'inquiéter de", 'se soucier de', 'se charger de',
  'se contenter de', 'se réclamer de', 'se prévaloir de', 'se targuer de', "se faire l'écho de",
  "se mettre d'accord", 'se donner la peine de', 'se dresser contre', 'se rabattre sur', 'se raccrocher à',
  'se mêler de', 'se tirer une balle dans le pied', 'se faire la main', 'se faire un nom', 'se faire une raison',
  'se faire du souci', 'se faire entendre', "se faire l'avocat de", 'se mettre en quatre', 'se mettre au vert',
  "se mettre d'accord sur", 'se rendre à l\'évidence', 'se tenir au courant', 'se tenir prêt', 'se tenir à carreau',
  'se tenir les coudes', 'se porter garant de', 'se porter volontaire', 'se porter partie civile',
  'se constituer partie civile', 'se constituer prisonnier', 'se donner les moyens de', 'se donner rendez-vous',
  'se jeter à l\'eau', 'se serrer la ceinture', 'se voiler la face', 'se laver les mains de', 'se frotter les mains',
  'se mordre les doigts', "s'en donner à cœur joie", "s'en laver les mains", "s'en mordre les doigts",
  "s'en remettre", "s'y retrouver", "s'y résoudre", "s'y opposer", "s'y mettre", "s'y faire",
  'tenir à', 'revenir à', 'tenir de', 'manquer de', 'manquer à', 'compter sur', 'revenir sur', 'venir de',
  'en venir à', 'passer pour', 'répondre de', 'témoigner de', 'relever de', 'procéder à', 'procéder de',
  'profiter de', 'jouir de', 'dépendre de', 'disposer de', 'tendre à', 'viser à', 'veiller à', 'tarder à',
  'croire en', 'croire à', 'songer à', "s'attaquer à", "s'opposer à", 'aboutir à', 'parvenir à', 'consister à',
  'consister en', 'renoncer à', 'recourir à', 'remédier à', 'se résoudre à', 'nuire à', 'donner sur', 'porter sur',
  'influer sur', 'peser sur', 'miser sur', 'tabler sur', 'déboucher sur', 'reposer sur', 'figurer parmi',
  'appeler à', 'inciter à', "s'élever à", 'se monter à', "s'établir à", 'en finir avec', 'en découdre',
  'en vouloir à', 'en avoir assez', "en avoir marre", 'en rajouter', 'en imposer', 'en valoir la peine',
  "il s'agir de", 'il en aller de', 'il y aller de', 'il être question de', 'il reste que', 'il n\'empêche que',
  'il se trouver que', 'il se pouvoir que', 'aller de soi', 'il va sans dire', 'il convenir de', 'il incomber à',
  'il importer de', 'il suffire de',
];

/** Set compounds of institutions, politics, economy and society. */
const COMPOUNDS = [
  'garde à vue', "chef d'État", 'chef de gouvernement', "chef de l'État", "état d'urgence", 'état de siège',
  'état de droit', 'taux de chômage', "taux d'intérêt", 'taux de croissance', 'taux de participation',
  "taux d'inflation", "taux d'abstention", 'taux directeur', 'produit intérieur brut', "pouvoir d'achat",
  'salaire minimum', 'projet de loi', 'proposition de loi', 'garde des Sceaux', 'conseil des ministres',
  'Premier ministre', "cour d'appel", 'Cour de cassation', "Conseil d'État", 'Conseil constitutionnel',
  'tribunal correctionnel', "cour d'assises", "juge d'instruction", 'procureur de la République', "mandat d'arrêt",
  'détention provisoire', 'liberté conditionnelle', 'casier judiciaire', 'peine de prison', 'contrôle judiciaire',
  'non-lieu', "délit d'initié", 'abus de biens sociaux', "blanchiment d'argent", 'trafic de drogue',
  "crime contre l'humanité", 'crime de guerre', 'cessez-le-feu', "forces de l'ordre", 'gardien de la paix',
  'état-major', "chef d'état-major", 'service militaire', "droit d'asile", "demandeur d'asile", 'sans-papiers',
  'titre de séjour', 'carte de séjour', 'droit de vote', 'suffrage universel', 'second tour', 'premier tour',
  'campagne électorale', 'bureau de vote', 'liste électorale', 'vote blanc', 'motion de censure',
  'question de confiance', 'remaniement ministériel', 'porte-parole', "secrétaire d'État", 'secrétaire général',
  'chef de file', 'bras droit', 'homme politique', 'classe politique', 'société civile', 'fonction publique',
  'service public', 'sécurité sociale', 'assurance maladie', 'caisse de retraite', 'régime de retraite',
  'âge de la retraite', 'congé maternité', 'congé parental', 'allocations familiales', 'minima sociaux',
  'chômage partiel', 'plan social', 'licenciement économique', 'contrat à durée indéterminée',
  'contrat à durée déterminée', "comité d'entreprise", 'délégué syndical', 'convention collective', 'fiche de paie',
  'marché du travail', "demandeur d'emploi", 'dette publique', 'déficit public', 'loi de finances',
  'impôt sur le revenu', 'taxe sur la valeur ajoutée', 'niche fiscale', 'évasion fiscale', 'fraude fiscale',
  'paradis fiscal', 'bouclier fiscal', 'banque centrale', "chiffre d'affaires", 'bénéfice net', 'société anonyme',
  "conseil d'administration", 'assemblée générale', "offre publique d'achat", 'fonds de pension',
  "fonds d'investissement", 'matière première', 'prix à la consommation', 'indice des prix', 'zone euro',
  'libre-échange', 'droits de douane', 'balance commerciale', 'niveau de vie', 'seuil de pauvreté',
  'logement social', 'sans-abri', 'sans domicile fixe', 'aide sociale', 'classe moyenne', 'égalité des chances',
  'mixité sociale', "liberté d'expression", 'liberté de la presse', "droits de l'homme", 'état civil',
  'acte de naissance', 'pacte civil de solidarité', 'interruption volontaire de grossesse', 'fin de vie',
  'Éducation nationale', 'grande école', 'enseignement supérieur', 'rentrée scolaire', 'carte scolaire',
  'année scolaire', 'effet de serre', 'gaz à effet de serre', 'réchauffement climatique', 'changement climatique',
  'développement durable', 'centrale nucléaire', 'transition énergétique', 'collectivité territoriale',
  'conseil municipal', 'conseil régional', 'conseil général', 'conseil départemental', 'hôtel de ville',
  'maire adjoint', 'aménagement du territoire', 'police municipale', 'police judiciaire', 'garde républicaine',
  "service d'ordre", "maintien de l'ordre", 'état de catastrophe naturelle', 'directeur de cabinet',
  'chef de cabinet', 'haut fonctionnaire', 'Cour des comptes', 'Banque de France', 'Assemblée nationale',
  'loi-cadre', "décret d'application", 'Conseil de sécurité', 'Casques bleus', 'aide humanitaire',
  'organisation non gouvernementale', 'réfugié politique', 'asile politique', 'prisonnier politique',
  "coup d'État", 'guerre civile', 'lutte armée', 'processus de paix', 'accord de paix', 'pourparlers de paix',
  "zone d'exclusion aérienne", 'chef de guerre', 'opinion publique', "sondage d'opinion", 'intention de vote',
  'cote de popularité', 'tête de liste', 'mandat présidentiel', 'bracelet électronique',
  "travail d'intérêt général", 'peine de mort', 'réclusion criminelle à perpétuité', 'légitime défense',
  'homicide involontaire', 'délit de fuite', 'outrage à agent', 'association de malfaiteurs', 'crime organisé',
  'règlement de comptes', "trafic d'armes", 'traite des êtres humains', 'casse-tête', 'bouc émissaire',
  "ministre de l'Intérieur", 'ministre des Finances', "ministre de l'Économie", 'ministre de la Défense',
  'ministre de la Justice', 'ministre des Affaires étrangères', 'haut-commissaire', 'chef de la diplomatie',
  "chef de l'opposition", 'parti socialiste', 'Front national', 'extrême droite', 'extrême gauche',
  'centre droit', 'centre gauche', 'majorité présidentielle', 'majorité absolue', 'majorité relative',
  "vote de confiance", 'dissolution de l\'Assemblée', 'session parlementaire', 'groupe parlementaire',
  'commission d\'enquête', 'immunité parlementaire', 'mandat de dépôt', "mandat d'amener", 'comparution immédiate',
  'juge des enfants', 'juge des libertés et de la détention', 'avocat général', 'partie civile',
  'chambre de l\'instruction', 'Conseil supérieur de la magistrature', 'ordre public', 'trouble à l\'ordre public',
  'fait divers', 'faits divers', 'arme à feu', 'arme blanche', 'gilet pare-balles', 'garde du corps',
  'forces spéciales', 'forces armées', 'armée de terre', "armée de l'air", 'marine nationale', 'service de renseignement',
  "agent de renseignement", 'loi de programmation militaire', "état d'alerte", 'plan de relance', 'plan de rigueur',
  "plan d'austérité", 'politique monétaire', 'marché unique', 'monnaie unique', 'pacte de stabilité',
  'agence de notation', 'note souveraine', 'dette souveraine', 'bulle immobilière', 'marché immobilier',
  'prix de l\'immobilier', 'carte bancaire', 'compte en banque', 'taux de change', 'cours du pétrole',
  'baril de pétrole', 'prix du baril', 'Bourse de Paris', 'valeur ajoutée', 'main-d\'œuvre', 'chef d\'entreprise',
  'patronat', 'partenaires sociaux', 'dialogue social', 'conflit social', 'mouvement social', 'préavis de grève',
  'journée de mobilisation', 'jour férié', 'temps partiel', 'temps plein', 'heures supplémentaires',
  'semaine de 35 heures', 'réforme des retraites', 'Sécurité sociale', 'mutuelle', 'tiers payant',
  'médecin généraliste', 'médecin traitant', 'arrêt maladie', 'congé maladie', 'accident du travail',
  'maladie professionnelle', "maison de retraite", "établissement d'hébergement pour personnes âgées dépendantes",
];

function missing(keys: Set<string>, list: readonly string[]): string[] {
  return [...new Set(list)].filter((e) => !held(keys, keyOf(e))).sort();
}

function main(): void {
  const args = process.argv.slice(2);
  const only = args.includes('--family') ? args[args.indexOf('--family') + 1] : undefined;
  const keys = lexiconKeys();
  const families: Array<[string, () => string[], number]> = [
    ['verbal', () => verbalFamilies(keys), 0],
    ['prepositions', () => [...prepositionNumbers(keys), ...missing(keys, PREPOSITIONS)], PREPOSITIONS.length],
    ['support', () => missing(keys, SUPPORT), SUPPORT.length],
    ['pronominal', () => missing(keys, PRONOMINAL), PRONOMINAL.length],
    ['compounds', () => missing(keys, COMPOUNDS), COMPOUNDS.length],
  ];
  for (const [name, list, checked] of families) {
    if (only && only !== name) continue;
    const found = list();
    console.log(`## ${name}: ${found.length} missing${checked ? ` of ${checked} checked` : ''}`);
    for (const line of found) console.log(`  ${line}`);
  }
}

if (require.main === module) main();
