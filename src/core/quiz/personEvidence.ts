// Whether a proper name is a person's, weighed from the grammar around its mentions (issue 12, review
// 14: a film, a studio, an award, a party offered as people). Evidence comes both ways: a work's, a
// body's or a place's noun governing the name says it is none of a person's; a role noun, a kinship
// noun, a verb only people do, or a list it shares with a person say it is one. entities.ts weighs them.
import { LETTER, LOWER, UPPER } from './french';
import type { QuizSource } from './source';
import type { Span } from './types';

/**
 * English words inside the names of works and bodies: « Pixar Animation Studios », « Academy Award »,
 * « Royal Astronomical Society », « Toy Story ». A person's name holds none (lower case; entities.ts
 * adds them to the words no name holds).
 */
export const WORK_OR_BODY_WORDS =
  'studio studios award awards prize party society records pictures entertainment airlines story gazette gazeta times journal review magazine news fc inc corp astronomy ' +
  // And a company's or a product's: « Adobe Systems », « Magento Commerce Cloud », « Warner Music » (review 16).
  'systems technologies technology software solutions labs holdings networks interactive digital cloud commerce music motors ' +
  // And the nouns of the media and culture trades that head a company's name, before or after its own
  // word (« Domino Films », « Éditions Gallimard », « France Télévisions »): no person's name holds them
  // (review 19).
  'film films production productions picture pictures entertainment record records édition éditions editions ' +
  'média médias media medias télévision télévisions television distribution distributions animation animations ' +
  'publishing broadcasting';

/** Nouns for a work, a body, a place or a thing: the name they govern is theirs, never a person's. */
const WORK_OR_BODY_NOUN =
  '(?:long métrage|court métrage|métrage|film|série|feuilleton|roman|livre|album|chanson|disque|revue|journal|magazine|quotidien|hebdomadaire|' +
  'studios?|parti|mouvement|société|entreprise|firme|compagnie|groupe|club|équipe|prix|récompense|trophée|festival|mission|sonde|satellite|' +
  'télescope|galaxie|étoile|planète|comète|ville|région|phénomène|personnage|marque|chaîne|émission|spectacle|opéra|logiciel|navire|fusée|label|' +
  // A business's or its product's (review 16: « l'entreprise Magento Commerce », « la plateforme X »).
  'plateforme|application|service|site|produit|solution|filiale|multinationale|start-up|fabricant|constructeur|concurrent|banque|fonds)';
const DETERMINER = "(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Uu]n|[Uu]ne|du|de la|de l['’]|des|au|aux|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Ll]eurs|[Cc]e|[Cc]et|[Cc]ette|dont)";
/** A lower-case word that is no preposition nor conjunction: an adjective after a noun (« le parti de X » is X's, « un pêcheur dans X » is no role of X). */
const ADJECTIVE = `(?!(?:de|du|des|d|et|ou|en|à|au|aux|par|pour|sur|avec|dans|chez|sous|vers|entre|contre)(?![${LETTER}]))[${LOWER}-]+`;
/** Up to two adjectives. */
const ADJECTIVES = `(?:[ \u00a0]+${ADJECTIVE}){0,2}`;
/**
 * « le journal russe Novaïa Gazeta », « le premier long métrage de Pixar, Toys Story »: the noun with
 * its adjectives right before the name, or with a complement and a comma (an apposition).
 */
const NOUN_GOVERNS = new RegExp(
  `(?:^|[\\s(])${DETERMINER}[ \u00a0]*(?:(?:premier|première|dernier|dernière|nouveau|nouvel|nouvelle|célèbre|ancien|ancienne|grand|grande|petit|petite)[ \u00a0]+)?` +
    `${WORK_OR_BODY_NOUN}(?:${ADJECTIVES}[ \u00a0]*|${ADJECTIVES}[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*(?:la[ \u00a0]+|l['’])?[${LETTER}-]+(?:[ \u00a0]+[${UPPER}][${LETTER}-]+){0,3}[ \u00a0]*,[ \u00a0]*)$`,
  'u',
);
/** « Forza Italia, le parti de Silvio Berlusconi »: the noun set after the name, between commas. */
const NOUN_APPOSED = new RegExp(`^[ \u00a0]*,[ \u00a0]*${DETERMINER}[ \u00a0]*(?:[${LOWER}]+[ \u00a0]+)?${WORK_OR_BODY_NOUN}(?![${LETTER}])`, 'u');
/**
 * « le siège de X », « les salariés de X », « le président de X », « dans X », « le nom de X »,
 * « un X »: what a body, a place or a work has, or a name taken as a word; a person's name takes no
 * indefinite article and is no place to be « dans ». Not what a person has as well: « les électeurs de
 * X », « sous la direction de X », « au nom de X ».
 */
const BODY_COMPLEMENT = new RegExp(
  `(?:(?:^|[\\s(])(?:siège|locaux|studios|salariés|employés|actionnaires|filiale|fondateurs?|fondatrice|dirigeants|président|présidente|` +
    // What a business owns or sells, or undergoes: « les actions d'Adobe », « le rachat de X » (review 16).
    `actions|produits|logiciels|ventes|rachat|acquisition|cotation|capitalisation|` +
    `(?:le|un|son|du|sous le)[ \u00a0]+(?:nom|titre|personnage)|personnages)[ \u00a0]+(?:de[ \u00a0]+|d['’]|du[ \u00a0]+)` +
    `|(?:^|[\\s(])(?:[Dd]ans|un|une)[ \u00a0]+)$`,
  'u',
);
/** « Shopify, Inc », « Acme Corp. », « Siemens AG »: a company's legal form right after the name. */
const COMPANY_FORM = /^[ \u00a0]*,?[ \u00a0]*(?:Inc|Corp|Ltd|LLC|SA|SAS|SARL|GmbH|AG|plc|NV|BV)\.?(?![\p{L}])/u;
/** « racheter X », « a acquis X »: a person is not bought. */
const BOUGHT = /(?:^|[\s(])(?:rachet|rachèt|acqui|acquér|acquer)[\p{Ll}]*[ \u00a0]+$/u;
/** « Toy Story 3 et Coco »: a number right after a name makes it a work's (a sequel), not a race result (« 1:45:02 »). */
const NUMBERED = /^[ \u00a0]\d{1,2}(?=[ \u00a0]+(?:et|ou)[ \u00a0]|[,.;)]|$)/u;

/** Whether a mention's frame makes its name a work's, a body's or a place's. */
export function nonPersonFrame(text: string, sp: Span): boolean {
  const before = text.slice(Math.max(0, sp.start - 80), sp.start);
  const after = text.slice(sp.end, sp.end + 60);
  return NOUN_GOVERNS.test(before) || BODY_COMPLEMENT.test(before) || BOUGHT.test(before) || NOUN_APPOSED.test(after) || NUMBERED.test(after) || COMPANY_FORM.test(after);
}

/** Nouns for what a person is or does, by their endings and a list (« l'humoriste », « le réalisateur », « l'actrice »). */
const ROLE_NOUN =
  `(?:(?!(?:liste|piste|secteur|moteur|soutien|lien|bien|chien)(?![${LETTER}]))[${LOWER}-]+(?:iste|eur|euse|rice|ien|ienne|ète)|` +
  'romancière?|policière?|conseillère?|candidate?|militante?|dirigeante?|gagnante?|opposante?|étudiante?|manifestante?|représentante?|' +
  'commandant|attaquant|attaquante|président|présidente|membre|astronome|astronaute|PDG|auteure?|autrice|chef|cheffe|juge|pilote|poète|peintre|leader|star|' +
  'héros|héroïne|patron|patronne|ministre|maire|avocate?|médecin|élève|vainqueur|championne?|coéquipière?)';
const KIN_NOUN = '(?:femme|mari|épouse|époux|fils|fille|frère|sœur|père|mère|veuve|veuf|oncle|tante|compagne|compagnon|petit-fils|petite-fille)';
/**
 * « le réalisateur du film, Paul Durand », « sa femme, Anna Berg »: a role or kinship noun with a
 * complement and a comma before the name; a role noun right before it (« l'humoriste Anna Berg »).
 * Never « le réalisateur de Toy Story »: there the name is the complement.
 */
const ROLE_BEFORE = new RegExp(
  `(?:^|[\\s(])${DETERMINER}[ \u00a0]*(?:(?:ancien|ancienne|nouveau|nouvelle|jeune|célèbre|ex-)[ \u00a0]*)?(?:${ROLE_NOUN}|${KIN_NOUN})` +
    `(?:[ \u00a0]+${ADJECTIVE})?` +
    `(?:[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*(?:la[ \u00a0]+|l['’])?[${LETTER}-]+(?:[ \u00a0]+[${LETTER}-]+){0,2}[ \u00a0]*,|[ \u00a0]*,)?[ \u00a0]*$`,
  'u',
);
/** « Paul Durand, l'entraîneur du club », « Anna Berg, 83 ans », « Jean Dupont (ESP) »: a role, a kin or an age set after the name. */
const ROLE_AFTER = new RegExp(
  // A role in brackets is left out: « El Otro Cristobal (représentant Cuba) » is a film's entry at a festival.
  `^[ \u00a0]*(?:\\(\\p{Lu}{3}\\)|[,(][ \u00a0]*(?:(?:âgée?|agée?) de[ \u00a0]+)?\\d{1,3}[ \u00a0]+ans|,[ \u00a0]*(?:${DETERMINER}[ \u00a0]*)?` +
    `(?:(?:ancien|ancienne|nouveau|nouvelle|jeune|célèbre|ex-)[ \u00a0]*)?(?:${ROLE_NOUN}|${KIN_NOUN})(?![${LETTER}]))`,
  'u',
);
/** « dirigé par X », « la veuve de X », « sa femme X »: what a person leads or who a person's kin are. */
const LED_OR_KIN_BEFORE = new RegExp(
  `(?:^|[\\s(])(?:(?:dirig|présid|men|condui)(?:é|ée|és|ées) par|${DETERMINER}[ \u00a0]*${KIN_NOUN}[ \u00a0]+(?:de[ \u00a0]+|d['’]))[ \u00a0]*$`,
  'u',
);

/** A role, kinship or age the text sets before or after the mention: strong evidence of a person. */
export function roleFrame(text: string, sp: Span): boolean {
  const before = text.slice(Math.max(0, sp.start - 80), sp.start);
  return ROLE_BEFORE.test(before) || LED_OR_KIN_BEFORE.test(before) || ROLE_AFTER.test(text.slice(sp.end, sp.end + 80));
}

/**
 * Verbs of speech, thought, feeling and the life of a body: their subject is a person (« Anna Berg a
 * déclaré », « Paul Durand est né »). « annoncer » too: a body announces through a person, and the
 * text that names the body as one shows it by a noun, which wins.
 */
const HUMAN_LEMMAS = new Set(
  ('dire déclarer affirmer estimer expliquer annoncer ajouter souligner indiquer préciser confier raconter répondre ' +
    'assurer juger penser croire regretter espérer souhaiter craindre aimer rappeler dénoncer reconnaître avouer ' +
    'admettre promettre confirmer démentir nier insister témoigner plaisanter sourire pleurer mourir naître décéder ' +
    'épouser confesser marteler tweeter commenter réagir enthousiasmer réjouir inquiéter féliciter excuser exclamer').split(' '),
);

/** Whether the mention is the subject of a verb only people do: right after it (past an auxiliary, an adverb, a clitic) or inverted before it (« », a déclaré X »). */
export function humanVerbSubject(source: QuizSource, sp: Span): boolean {
  const { text, tokens } = source;
  // Tokens are in text order: one search finds the first after the mention, the one before it is just behind.
  const after = tokens.findIndex((t) => t.start >= sp.end);
  let at = sp.end;
  for (let i = after; i >= 0 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^[\s\u00a0]*$/u.test(text.slice(at, t.start)) || t.start - sp.end > 40) break;
    if (t.upos === 'VERB') {
      if (HUMAN_LEMMAS.has(t.lemma)) return true;
      break;
    }
    if (t.upos !== 'AUX' && t.upos !== 'ADV' && t.upos !== 'PRON' && t.upos !== 'PART') break;
    at = t.end;
  }
  let k = (after < 0 ? tokens.length : after) - 1;
  while (k >= 0 && tokens[k]!.end > sp.start) k--;
  const before = tokens[k];
  return before !== undefined && before.upos === 'VERB' && HUMAN_LEMMAS.has(before.lemma) && /^[ \u00a0]+$/u.test(text.slice(before.end, sp.start));
}

/** « X, Y et Z », « de X et de Y », « X (ESP), Y (RSA) »: what may stand between two names of one list. */
const LIST_GLUE = /^[ \u00a0]*(?:\(\p{Lu}{3}\)[ \u00a0]*)?(?:,|et|ou|, et)[ \u00a0]*(?:(?:de|à)[ \u00a0]+|d['’])?(?:l['’]|(?:le|la)[ \u00a0]+)?$/u;

/** The candidate names listed right beside the mention, one on each side at most. */
export function listNeighbours(text: string, sp: Span, candidates: readonly Span[]): Span[] {
  const next = candidates.filter((c) => c.start >= sp.end && c.start - sp.end <= 30).sort((a, b) => a.start - b.start)[0];
  const previous = candidates.filter((c) => c.end <= sp.start && sp.start - c.end <= 30).sort((a, b) => b.end - a.end)[0];
  return [next, previous].filter((c): c is Span => c !== undefined && LIST_GLUE.test(c.start >= sp.end ? text.slice(sp.end, c.start) : text.slice(c.end, sp.start)));
}
