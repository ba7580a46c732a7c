// Active <-> passive, for true/false statements in other words (issue 12): « Le Conseil a adopté
// la résolution. » <-> « La résolution a été adoptée par le Conseil. » Only where it is safe: a
// sentence that is just subject, « a/ont » + a participle of a verb that reads well in the passive,
// an optional day, and a short object with a definite or possessive article whose gender the
// analysis knows (the participle agrees with it). Anything else is left as it is.
import { LETTER } from './french';
import { WEEKDAYS } from './places';

/** Verbs of dispatches that read naturally in the passive, with their past participle. */
const PASSIVE_VERBS = new Map<string, string>(
  (
    'adopter:adopté approuver:approuvé signer:signé rejeter:rejeté condamner:condamné publier:publié ratifier:ratifié ' +
    'lancer:lancé accepter:accepté organiser:organisé présenter:présenté voter:voté prolonger:prolongé ' +
    'suspendre:suspendu lever:levé nommer:nommé élire:élu libérer:libéré arrêter:arrêté attaquer:attaqué ' +
    'bombarder:bombardé saluer:salué critiquer:critiqué autoriser:autorisé déployer:déployé imposer:imposé ' +
    'renforcer:renforcé examiner:examiné valider:validé entériner:entériné financer:financé livrer:livré ' +
    'envoyer:envoyé retirer:retiré fermer:fermé conclure:conclu prolonger:prolongé reconduire:reconduit'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
const PARTICIPLES = new Set(PASSIVE_VERBS.values());

/** The participle's agreed form: « adoptée », « adoptés ». A participle in -s keeps it in the masculine plural. */
function agree(participle: string, feminine: boolean, plural: boolean): string {
  const f = feminine ? `${participle}e` : participle;
  return plural && !f.endsWith('s') ? `${f}s` : f;
}

/** The masculine singular participle behind an agreed form (« adoptées » -> « adopté »), if it is one of the list. */
function baseParticiple(form: string): string | undefined {
  for (const cut of [0, 1, 2]) {
    const base = form.slice(0, form.length - cut);
    if (PARTICIPLES.has(base) && agree(base, form.slice(base.length).startsWith('e'), form.endsWith('s') && !base.endsWith('s')) === form) return base;
  }
  return undefined;
}

const W = `[${LETTER}'’-]+`;
const DAY = `(?: (${WEEKDAYS.join('|')}))?`;
/** A short noun phrase: its determiner, then up to five words, none a verb's or a clause's. */
const DETERMINER = `(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs|[Ll]eur|[Uu]ne|[Uu]n|[Dd]es)`;
const NP = `${DETERMINER}\\s?${W}(?: ${W}){0,5}`;
const CLAUSE_WORDS = /(?:^|\s)(?:qui|que|qu['’]|dont|où|et|ou|mais|pour|afin|de\s+[a-zé]+er|à\s+[a-zé]+er)(?:\s|$)/iu;

/** Whether the noun phrase is plural by its determiner, and feminine by its head noun (undefined when unknown). */
function npAgreement(np: string, genderOf: (word: string) => 'm' | 'f' | undefined): { feminine: boolean; plural: boolean } | undefined {
  const m = new RegExp(`^(${DETERMINER})\\s?(${W})`, 'iu').exec(np);
  if (!m) return undefined;
  const det = (m[1] as string).toLowerCase();
  const plural = /^(?:les|ses|leurs|des)$/u.test(det);
  const byDet = det === 'la' || det === 'sa' || det === 'une' ? 'f' : det === 'le' || det === 'un' ? 'm' : undefined;
  const gender = genderOf((m[2] as string).toLowerCase()) ?? byDet;
  if (gender === undefined || (byDet !== undefined && gender !== byDet && det !== 'sa')) return undefined;
  return { feminine: gender === 'f', plural };
}

const lowerArticle = (np: string): string => np.replace(/^(?:(?:Les|Le|La|Son|Sa|Ses|Leurs|Leur|Une|Un|Des)(?=\s)|L(?=['’]))/u, (a) => a.toLowerCase());
const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Capitalised words that start a sentence without being its subject's name. */
const NOT_A_NAME = /^(?:Il|Ils|Elle|Elles|On|Ce|Cela|Ceci|Celui|Celle|Ceux|Tout|Tous|Chacun|Personne|Rien|Ensuite|Puis|Enfin|Mais|Et|Ainsi|Alors|Aussi|Pourtant|Désormais|Depuis|Selon|Par|Pour|Dans|En|Au|Aux|À|Après|Avant|Lors|Jeudi|Lundi|Mardi|Mercredi|Vendredi|Samedi|Dimanche|Hier|Aujourd['’]hui)$/u;
const NAME_WORD = `[A-ZÀ-Ý][${LETTER}'’-]*`;
/** A subject that is a short noun phrase with its article, or a name (« Ylva Johansson », « Moscou »): not a pronoun, an adverb or a clause. */
const subjectOk = (s: string): boolean => {
  if (s.split(/\s+/).length > 8 || /[,;:«»"“”\d]/u.test(s) || CLAUSE_WORDS.test(s)) return false;
  if (/^(?:Les|Le|La|L['’]|Son|Sa|Ses|Leurs|Leur|Une|Un|Des)(?=\s|['’])/u.test(s) || /^L['’][A-ZÀ-Ýa-zà-ÿ]/u.test(s)) return true;
  return new RegExp(`^${NAME_WORD}(?: (?:${NAME_WORD}|de|du|des|d['’]${NAME_WORD}|al-${NAME_WORD}))*$`, 'u').test(s) && !NOT_A_NAME.test(s.split(' ')[0] as string);
};
const pluralSubject = (s: string): boolean => /^(?:les|des|ses|leurs)\s/iu.test(s) || /\set\s/u.test(s);

/**
 * The statement in the other voice, or undefined when it is not one of the safe shapes.
 * `genderOf` gives a noun's gender from the analysis.
 */
export function otherVoice(statement: string, genderOf: (word: string) => 'm' | 'f' | undefined): string | undefined {
  const s = statement.trim();
  // Passive -> active: « La résolution a été adoptée lundi par le Conseil de sécurité. »
  // A tail after a comma (« , après douze heures de négociations ») is kept as it is.
  const passive = new RegExp(`^(${NP}) (a|ont) été (${W})${DAY} par (${W}(?: ${W}){0,6})(, [^.;:«»]+)?\\.$`, 'u').exec(s);
  if (passive) {
    const [, object, , form, day, agent, tail = ''] = passive as unknown as [string, string, string, string, string | undefined, string, string | undefined];
    const base = baseParticiple(form);
    if (!base || !subjectOk(upper(agent)) || !subjectOk(upper(object)) || /^(?:un|une|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille)\s/iu.test(agent)) return undefined;
    return `${upper(agent)} ${pluralSubject(agent) ? 'ont' : 'a'} ${base}${day ? ` ${day}` : ''} ${lowerArticle(object)}${tail}.`;
  }
  // Active -> passive: « Le Conseil de sécurité a adopté lundi la résolution. »
  const active = new RegExp(`^(.+?) (a|ont) (${W})${DAY} (${NP})(, [^.;:«»]+)?\\.$`, 'u').exec(s);
  if (active) {
    const [, subject, , participle, day, object, tail = ''] = active as unknown as [string, string, string, string, string | undefined, string, string | undefined];
    if (!PARTICIPLES.has(participle) || !subjectOk(subject) || CLAUSE_WORDS.test(object) || /[«»"“”,\d]/u.test(object)) return undefined;
    const agreement = npAgreement(object, genderOf);
    if (!agreement) return undefined;
    const agent = lowerArticle(subject);
    return `${upper(object)} ${agreement.plural ? 'ont' : 'a'} été ${agree(participle, agreement.feminine, agreement.plural)}${day ? ` ${day}` : ''} par ${agent}${tail}.`;
  }
  return undefined;
}
