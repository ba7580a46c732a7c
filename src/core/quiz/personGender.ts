// The gender a person noun standing next to a name gives it: an apposition after the name (« _____,
// députée du Loiret »), a title before it (« l'actrice _____ », « le triathlète _____ »), or the link of
// a chain before the comma (« Le père de la victime, _____ »). Read by the comprehension questions and
// by the French check (frenchCheck.ts), which is why it stands apart from both.
import { demonymFeminine, isDemonym } from './entities';

/**
 * « _____, jeune homme de 23 ans », « _____, une femme de… », « _____, députée (LR) du Loiret »: an
 * apposition after the name whose noun gives its gender (a kinship noun or a title in its masculine or
 * feminine form; « ministre », « maire », « porte-parole » tell nothing).
 */
const GENDERED_APPOSITION = /^[ \u00a0]*,[ \u00a0]*(?:(?:un|une|le|la|ce|cette)[ \u00a0]+|l['’])?(?:(?:jeune|ancien|ancienne|nouveau|nouvelle|ex-)[ \u00a0]*)?([\p{L}-]+)(?![\p{L}])/iu;
export const FEMININE_APPOSED = new Set(
  ('femme fille mère sœur épouse députée présidente vice-présidente directrice ambassadrice sénatrice chancelière ' +
    'conseillère reine princesse avocate assistante collaboratrice candidate militante fondatrice étudiante ' +
    'actrice comédienne chanteuse réalisatrice productrice danseuse romancière écrivaine musicienne animatrice ' +
    'présentatrice créatrice lauréate gagnante championne joueuse nageuse héroïne ' +
    // The feminine forms of offices (« la procureure Éliane Houlette »; tuning s10b, 101).
    'procureure vice-procureure magistrate préfète patronne dirigeante cheffe professeure docteure auteure autrice ' +
    'inspectrice enquêtrice policière infirmière entraîneuse rapporteuse').split(' '),
);
export const MASCULINE_APPOSED = new Set(
  ('homme garçon père fils frère mari député président vice-président directeur ambassadeur sénateur chancelier ' +
    'conseiller roi prince avocat assistant collaborateur candidat militant fondateur étudiant ' +
    'acteur comédien chanteur réalisateur producteur danseur romancier écrivain musicien animateur ' +
    'présentateur créateur lauréat gagnant champion joueur nageur héros ' +
    'préfet patron dirigeant inspecteur enquêteur policier infirmier').split(' '),
);

/** Kinship nouns in an apposition (« ex-beau-frère du père de famille », « la belle-sœur de… »). */
export const FEMININE_KIN = /^(?:ex-)?(?:belle-sœur|belle-mère|belle-fille|tante|nièce|cousine|veuve|compagne|grand-mère|petite-fille)$/iu;
export const MASCULINE_KIN = /^(?:ex-)?(?:beau-frère|beau-père|beau-fils|oncle|neveu|cousin|veuf|époux|compagnon|grand-père|petit-fils)$/iu;

/** The gender the first noun of an apposition (« , députée (LR) du Loiret », « , l'actrice de… ») gives, if any. */
export function appositionHeadFeminine(apposition: string): boolean | undefined {
  const m = GENDERED_APPOSITION.exec(apposition.slice(0, 40));
  const noun = m?.[1]?.toLowerCase();
  if (noun === undefined) return undefined;
  if (FEMININE_APPOSED.has(noun)) return true;
  if (MASCULINE_APPOSED.has(noun)) return false;
  // « l'Allemand _____ », « la Suissesse _____ »: a demonym noun tells too.
  const demonym = demonymFeminine(m![1]!);
  if (demonym !== undefined) return demonym;
  // « secrétaire médicale », « soldat retraité »: the adjective after the apposition's noun agrees.
  const adjective = /^[ \u00a0]+([\p{Ll}-]+)(?![\p{L}])/u.exec(apposition.slice(m!.index + m![0].length))?.[1];
  if (adjective === undefined) return undefined;
  if (FEMININE_ADJECTIVE.test(adjective)) return true;
  if (MASCULINE_ADJECTIVE.test(adjective)) return false;
  return undefined;
}

/**
 * The gender a person noun in apposition BEFORE a mention gives (true: feminine), if any: « …sera
 * l'actrice de La cinquième vague, _____ (19 ans) », « Le père de la victime, _____, a parlé », or
 * standing right before it as its title (« l'actrice _____ »). The words between the comma before the
 * mention and the clause's previous comma (past a copula) are read as a link of the chain after a
 * mention is. Nothing where the mention may open a list (« la
 * directrice, _____ et Paul… »), or where a preposition opens the link (« Selon la directrice, _____ »).
 */
const NOUN_PHRASE_LINK = /^(?:(?:un|une|le|la|ce|cette)\s+|l['’])?(?:(?:jeune|ancien|ancienne|nouveau|nouvelle|ex-)\s*)?[\p{L}-]+(?:\s+(?!(?:a|ont|est|sont)\s)\p{Ll}[\p{L}-]*)?(?:\s+(?:de|du|des|d['’]|à|au|aux|en|pour|chez)(?:\s|(?<=['’]))[^]*)?\s*$/iu;

const BARE_FEMININE_TITLE = /(?:^|[\s(«“])(?:(?:ancienne|nouvelle|jeune|ex-)[ \u00a0]*)?(\p{Ll}[\p{L}-]*)(?:[ \u00a0]+(?:à|au|aux|de|du|des)[ \u00a0]+(?:(?:la|le|les)[ \u00a0]+|l['’])?\p{Ll}[\p{L}-]*)?[ \u00a0]+$/u;

export function appositionBeforeFeminine(before: string, after: string): boolean | undefined {
  // « l'actrice _____ », « la jeune chanteuse _____ »: the noun right before the mention, as its title.
  const title = /(?:^|[\s(«“])((?:(?:un|une|le|la|ce|cette|du|au)[ \u00a0]+|l['’])(?:(?:jeune|ancien|ancienne|nouveau|nouvelle|ex-)[ \u00a0]*)?[\p{L}-]+(?:[ \u00a0]+(?!(?:de|du|des|à|au|aux|et|ou|en|pour|par|sur|avec|contre|chez|selon|qui|que|a|est)[ \u00a0])\p{Ll}[\p{L}-]*)?)[ \u00a0]+$/iu.exec(before);
  // « du », « au » are « de le », « à le »: the title reads as after « le ».
  if (title) {
    const titled = appositionHeadFeminine(`, ${title[1]!.replace(/^(?:du|au)(?=[ \u00a0])/iu, 'le')}`) ?? epiceneTitleFeminine(title[1]!);
    if (titled !== undefined) return titled;
  }
  // « et ancienne candidate à la mairie _____ »: a feminine person noun before the mention, past a
  // lower-case complement, is its title even with no determiner (tuning s10b, validity test).
  const bare = BARE_FEMININE_TITLE.exec(before);
  if (bare && FEMININE_APPOSED.has(bare[1]!)) return true;
  if (!/,[ \u00a0]*$/u.test(before)) return undefined;
  if (/^[ \u00a0]*(?:et|ou)\s/u.test(after) || /^[ \u00a0]*,[ \u00a0]*\p{Lu}[^,;.]*?\s(?:et|ou)\s/u.test(after)) return undefined;
  const untilComma = before.replace(/,[ \u00a0]*$/u, '');
  const link = /(?:^|[,;:(«“—–])([^,;:(«“—–»”]*)$/u.exec(untilComma)?.[1] ?? '';
  // The attribute after a copula (« …mise en vedette sera l'actrice de…, _____ », « C'est la Britannique, _____ qui… »).
  const head = link.replace(/^.*(?:^|[ \u00a0'’])(?:est|sera|serait|était|fut|reste|devient|demeure|sont|seront)[ \u00a0]+/u, '').trimStart();
  // A noun phrase, not a clause (« La présidente a salué le travail, _____ a… »): its noun, maybe an adjective, then a complement.
  if (!NOUN_PHRASE_LINK.test(head)) return undefined;
  // « la Britannique », « le triathlète »: a noun of one form for both genders takes its article's.
  return appositionHeadFeminine(`, ${head}`) ?? epiceneTitleFeminine(head);
}

/**
 * Person nouns with one form for both genders (« le/la triathlète », « le/la ministre »), and the
 * offices in -eur many still give a woman with « la » (« la procureur », « la professeur »); « victime »,
 * « vedette », « personne » are left out: their article is the word's gender, not the person's.
 */
const EPICENE_PERSON = /^(?:\p{Ll}{3,}iste|(?:tri|bi|du|pent|déc|hept)?athlète|ministre|juge|secrétaire|journaliste|porte-parole|membre|responsable|diplomate|photographe|peintre|maire|commissaire|élève|collègue|camarade|partenaire|adversaire|capitaine|pilote|arbitre|gymnaste|judoka|karatéka|jockey|leader|otage|fonctionnaire|militaire|propriétaire|bénévole|stagiaire|architecte|interprète|libraire|notaire|psychologue|sociologue|politologue|philosophe|chimiste|géographe|procureur|vice-procureur|professeur|docteur|auteur|chef)$/u;

/**
 * « le triathlète _____ », « la Belge _____ », « l'ancienne athlète _____ »: where the title's noun has
 * one form for both genders, or is a demonym that does not change, its determiner (or the adjective
 * between) gives the gender: le/un/ce/du/au masculine, la/une/cette feminine, l' nothing by itself.
 */
export function epiceneTitleFeminine(title: string): boolean | undefined {
  const m = /^(?:(un|une|le|la|ce|cette|du|au)[ \u00a0]+|l['’])(?:(jeune|ancienne|ancien|nouvelle|nouveau)[ \u00a0]+|ex-)?([\p{L}-]+)/iu.exec(title);
  if (!m) return undefined;
  const noun = m[3]!;
  const epicene = /^\p{Lu}/u.test(noun) ? isDemonym(noun) && demonymFeminine(noun) === undefined : EPICENE_PERSON.test(noun.toLowerCase());
  if (!epicene) return undefined;
  const det = m[1]?.toLowerCase() ?? "l'";
  if (/^(?:le|un|ce|du|au)$/u.test(det)) return false;
  if (/^(?:la|une|cette)$/u.test(det)) return true;
  const adjective = m[2]?.toLowerCase();
  if (adjective === 'ancienne' || adjective === 'nouvelle') return true;
  if (adjective === 'ancien' || adjective === 'nouveau') return false;
  return undefined;
}

/** Adjective endings that show the feminine (« médicale », « cadette », « ancienne », « retraitée ») or the masculine. */
const FEMININE_ADJECTIVE = /(?:ale|elle|ette|enne|euse|trice|ive|ère|ée|ienne|aise|oise|ante|ente)$/u;
const MASCULINE_ADJECTIVE = /(?:al|el|et|en|eux|teur|if|er|é|ien|ais|ois|ant|ent)$/u;
