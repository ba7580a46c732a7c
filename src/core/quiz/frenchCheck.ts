// The French of an item as the learner reads it, whatever generator made it: every choice put in
// its frame (« qu'_____ » + « Pascal Troadec »), every statement and headword checked for the
// faults blind reviews kept finding — a missing or impossible elision, a choice of the gender the
// frame rules out, « ne … pas des » for « ne … pas de », a grammatical word taught as vocabulary, a
// headword no teacher writes. Conservative: where a reading is doubtful, the item goes.
import type { Entities } from './entities';
import { fold, hasMuteH, startsWithVowelLetter } from './french';
import { FEMININE_NAMES, MASCULINE_NAMES } from './givenNames';
import { appositionBeforeFeminine } from './personGender';
import { BLANK } from './snippets';
import type { QuizItem } from './types';

// ---------------------------------------------------------------------------------------------
// Elision

/** Words and names with an aspirated h: never elided (« de Hollande » the country, « le Hamas », « le héros »). */
const ASPIRATED_H = /^(?:hollande|hongrie|honduras|hamas|hezbollah|hambourg|havane|haye|hong|hanovre|hawaï|harlem|hach|haie|haill|hain|hal[lt]|hamac|hameau|hamp|hanch|hand|hang|hant|happ|harass|harc|hard|hareng|hargn|haricot|harp|hasard|hât|hauss|haut|hâv|hav|hen|hérisson|hernie|héron|héros|hêtr|heurt|hibou|hideu|hiérarch|hiss|hock|hold|homard|hongr|honte|hont|hoquet|hors|hot|houill|houl|houspill|hous|hublot|hu[ée]|huit|hurl|hutt)/u;
/** Lower-case words with a mute h that the net knows (most are): « l'hôpital », « d'habitants ». */
const MUTE_H_WORD = /^(?:hab|hallucin|harmon|hebdo|héberg|hélico|hémi|herb|hérit|hésit|heur|hexa|hier|hippo|hist|hiver|homm|homo|honn|honor|hôp|horaire|horizon|horlog|horr|hospit|hostil|hôt|huil|huiss|huîtr|hum|hydr|hygi|hyp)/u;

/** `either`: the text writes the word both ways (« sur le hardware », « de l'hardware »), so neither is its fault. */
type HSound = 'vowel' | 'consonant' | 'doubtful' | 'either';

/** How a word starting with h behaves for elision: by the text's own usage, else by the lists. */
function hSound(word: string, textUsage: Map<string, HSound>): HSound {
  const w = fold(word).replace(/['’].*$/u, '');
  const used = textUsage.get(w);
  if (used) return used;
  const lower = word.normalize('NFC').toLowerCase();
  // The names first: « Henri » is no « henné » (ASPIRATED_H's hen-).
  if (/^[A-ZÀ-Þ]/u.test(word) && hasMuteH(word)) return 'vowel';
  if (ASPIRATED_H.test(lower)) return 'consonant';
  if (/^[A-ZÀ-Þ]/u.test(word)) return 'doubtful';
  return MUTE_H_WORD.test(lower) ? 'vowel' : 'doubtful';
}

/** Whether a word begins with a vowel sound, a consonant, or cannot be told (an unknown h-name). */
function initialSound(word: string, textUsage: Map<string, HSound>): HSound {
  if (/^[hH]/u.test(word)) return hSound(word, textUsage);
  // « onze », « oui », « ouate », « yaourt », « Yoon », « Yémen »: a consonant sound.
  if (/^(?:onze|onzième|oui|ouate|ouistiti|yaourt|yacht)/iu.test(word) || /^[yY][aeiouéèêâîôy]/u.test(word)) return 'consonant';

  return startsWithVowelLetter(word) ? 'vowel' : 'consonant';
}

/**
 * Whether a word takes an elided « de », « que » before it by the lists alone (« d'heures », « d'Asie »,
 * but « de hausses », « de onze »): for a rewrite that puts « de » before a word of the text.
 */
export function takesElision(word: string): boolean {
  return initialSound(word, new Map()) === 'vowel';
}

/**
 * How the text itself writes its h-words: « qu'Hubert » says Hubert takes elision. A word it writes both
 * ways (an English loan: « sur le hardware » and « de l'hardware », review 15) is `either`: an item that
 * quotes the text's French is not at fault for the text's own hesitation.
 */
export function hUsage(text: string): Map<string, HSound> {
  const usage = new Map<string, HSound>();
  for (const m of text.matchAll(/(?<![\p{L}])(?:(d|qu|l|j|n|s)['’]|(de|que|le|la|ne|se) )(h[\p{L}-]+)/giu)) {
    const word = fold(m[3] as string);
    const sound = m[1] ? 'vowel' : 'consonant';
    const before = usage.get(word);
    usage.set(word, before === undefined || before === sound ? sound : 'either');
  }
  // A foreign h-name the text writes but never after an elidable word (« Charles Duke et Harrison Schmitt »):
  // the press writes « de Harrison » and « d'Harrison » both, its h often taken as aspirate, so an item that
  // puts it after « de » is at fault either way or neither; neither (review 16, as « le hardware »).
  for (const m of text.matchAll(/(?<![\p{L}'’])H[\p{L}-]+/gu)) {
    const word = fold(m[0]);
    if (!usage.has(word) && hSound(m[0], new Map()) === 'doubtful') usage.set(word, 'either');
  }
  return usage;
}

/** Capitalised words that open a sentence before « de » and are no given name: « Près de », « Lors de Anne… ». */
const NOT_A_GIVEN_NAME = /^(?:Près|Lors|Afin|Avant|Loin|Autour|Hors|Face|Suite|Faute|Plus|Moins|Beaucoup|Peu|Trop|Assez|Autant|Mais|Et|Ou|Puis|Or|Donc|Il|Elle|Ils|Elles|On|Le|La|Les|Un|Une|Des|Ce|Cette|Ces)$/u;

/**
 * Whether « de » right after `before` and before `next` is a person's particle: a capitalised given name
 * right before it and a capitalised word after (« Maëlys de Araujo », « Manoel de Oliveira »). The name
 * is written as the person writes it, never elided (review 13, 139); « suivi de Adam Yates », the
 * preposition before a full name, is no particle.
 */
export function nameParticle(before: string, next: string): boolean {
  if (!/^\p{Lu}/u.test(next)) return false;
  const given = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*)[ \u00a0]+$/u.exec(before);
  return given !== null && !NOT_A_GIVEN_NAME.test(given[1] as string);
}

const ELIDABLE = '(?:de|que|le|la|ne|se|me|te|je|jusque|lorsque|puisque)';
const WORD_AFTER = new RegExp(`(?<![\\p{L}'’])(${ELIDABLE}) ([\\p{L}][\\p{L}-]*)`, 'giu');
const ELIDED_AFTER = /(?<![\p{L}'’])(d|qu|l|j|n|s|m|t|jusqu|lorsqu|puisqu)['’]([\p{L}\d][\p{L}-]*)/giu;

/**
 * Elision faults in a French string: « de Hubert », « que Anne », « le hôpital » (a vowel sound
 * after a full form), « qu'Pascal » (an elided form before a consonant). `strict` (a choice put in
 * a frame) also rejects a doubtful h-name: either reading could be wrong.
 */
export function elisionProblems(s: string, textUsage: Map<string, HSound>, strict: boolean): string[] {
  const problems: string[] = [];
  for (const m of s.matchAll(WORD_AFTER)) {
    const [all, little = '', next = ''] = m;
    // « à la une », « le un » of a list: the names of figures and front pages keep their article.
    if (/^(?:une?|unième)$/iu.test(next) && /^l[ae]$/iu.test(little)) continue;
    if (little === 'de' && nameParticle(s.slice(0, m.index), next)) continue;
    const sound = initialSound(next, textUsage);
    if (sound === 'vowel' || (strict && sound === 'doubtful')) problems.push(`a missing elision: « ${all} »`);
  }
  for (const m of s.matchAll(ELIDED_AFTER)) {
    const [all, , next = ''] = m;
    // « d'1 million », « de 8 ans »: figures are read as numbers, not judged here.
    if (/^\d/u.test(next)) continue;
    const sound = initialSound(next, textUsage);
    if (sound === 'consonant' || (strict && sound === 'doubtful')) problems.push(`an elision before a consonant: « ${all} »`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Gender


/** The gender the text gives a person (by title or « Mme »), else the given name's; undefined when unknown. */
export function personFeminine(name: string, entities: Entities | undefined): boolean | undefined {
  const n = fold(name);
  const known = entities?.people.find((p) => fold(p.name) === n || fold(p.short) === n);
  if (known?.feminine !== undefined) return known.feminine;
  if (/^(?:mme|mlle)\b/u.test(n)) return true;
  if (/^m\.\s/u.test(n)) return false;
  const first = name.trim().split(/\s+/u)[0]?.normalize('NFC').toLowerCase() ?? '';
  if (FEMININE_NAMES.has(first)) return true;
  if (MASCULINE_NAMES.has(first)) return false;
  return undefined;
}

/** Feminine nouns of people and their masculine twins: « secrétaire médicale », « jeune homme ». */
const FEMININE_WORD = /^(?:femme|fille|sœur|soeur|mère|épouse|veuve|compagne|dame|madame|reine|princesse|présidente|directrice|avocate|sénatrice|chancelière|candidate|militante|collaboratrice|[\p{L}-]+(?:ée|ale|elle|ienne|euse|rice|ive|(?<!q)ue|ise)s?)$/u;
const MASCULINE_WORD = /^(?:homme|fils|frère|père|époux|mari|veuf|compagnon|monsieur|roi|prince|président|directeur|avocat|sénateur|chancelier|candidat|militant|collaborateur|[\p{L}-]+(?:é|al|el|ien|eux|eur|if|ier|u|is)s?)$/u;

/** Words that agree like adjectives but are nouns of either gender, or adverbs: no cue. */
const NO_GENDER = new Set(
  ('secrétaire ministre juge journaliste porte-parole membre responsable chef leader élève artiste adjoint adjointe ' +
    'photographe diplomate policier policière commissaire maire peintre poète médecin professeur auteur ' +
    'aujourd ainsi aussi alors encore déjà bien mal très plus moins puis depuis parmi selon lui elle qui que dont où ' +
    'en un une le la les l de du des au aux et ou mais car donc ni ne pas son sa ses leur leurs ce cet cette ces ' +
    'ans an jour jours mois semaine semaines fois enfant enfants personne gens victime victimes star vedette ' +
    'figure personnalité icône légende recrue sentinelle vigie hier lundi mardi mercredi jeudi vendredi samedi dimanche depuis puis plus tous jus pis dessus dessous lieu')
    .split(' '),
);

/** The gender one word of an apposition or an attribute shows, if any. */
function wordGender(word: string): boolean | undefined {
  if (/^\p{Lu}/u.test(word)) return undefined;
  const w = word.normalize('NFC').toLowerCase().replace(/[.,;:!?»”)]+$/u, '');
  if (!w || NO_GENDER.has(w) || w.length < 3) return undefined;
  if (FEMININE_WORD.test(w)) return true;
  if (MASCULINE_WORD.test(w)) return false;
  return undefined;
}

/** Past participles and adjectives after a copula: « est arrivée », « sort fragilisée », « reste inconnu ». */
const COPULA = /(?<![\p{L}])(?:est|était|sera|serait|fut|a été|avait été|sort|ressort|reste|restait|demeure|semble|semblait|paraît|devient|est devenu|s'est|s’est|ayant été|étant)\s+([\p{L}-]+)/gu;

/**
 * A title's complement right before a name, with no comma: « de la Culture », « de l'Intérieur », « du
 * Travail », « des Affaires étrangères », « de Paris » (capitalised: a portfolio, an institution, a place).
 */
const TITLE_COMPLEMENT = /(?<=[\p{L}])\s+(?:de\s+la\s+|de\s+l['’]\s?|du\s+|des\s+|de\s+|d['’]\s?)\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+$/u;

/** Nouns no person's title ends with: a rank, a position, a stage, a time (« la seconde place, _____ »). */
const NOT_PERSON_HEAD = /^(?:place|places|position|positions|rang|rangs|marche|marches|tête|étape|étapes|manche|manches|course|courses|épreuve|épreuves|finale|finales|victoire|victoires|médaille|médailles|fois|année|années|semaine|semaines|journée|journées|saison|saisons|partie|parties|moitié|série|séries|ligne|lignes|session|sessions|édition|éditions|minute|minutes|heure|heures)$/u;

/**
 * The gender the frame gives the referent at `at` (a gap or a name), from what agrees with it:
 * the title right before it (« l'ancien président _____ », « Mme _____ »), an apposition right
 * after (« _____, secrétaire médicale », « _____, jeune homme de 23 ans »), an attribute of the
 * gap as subject (« _____ … sort fragilisée »), and « il »/« elle » taking it up as subject after
 * « car », « parce qu' », « mais », « et » (« _____ éprouvait … car il pensait »). Returns every
 * cue found: a frame with cues both ways tells nothing.
 */
export function frameGender(sentence: string, at: number, length: number): boolean[] {
  const cues: boolean[] = [];
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + length);
  // A title: determiner, adjectives and a noun, nothing between it and the gap but a comma. A
  // portfolio or a place after the title is its complement, whose article is not the gap's: « l'ancien
  // ministre de la Culture _____ » is read as « l'ancien ministre _____ ».
  const titleBefore = before.replace(TITLE_COMPLEMENT, ' ');
  const title = /(?:^|[\s“«(])((?:le|la|un|une|ce|cette|cet|du|au|M\.|Mme|Mlle)(?=\s)|l['’])\s?((?:[\p{L}-]+\s){0,3}[\p{L}-]+)?[\s,]*$/iu.exec(titleBefore);
  // « le secrétaire général de la Ligue arabe, _____ »: an article after « de » starts a complement, not
  // the gap's title; « du plan de l'ancien président _____ » (no comma) is the gap's own title.
  const complement = title !== null && /,\s*$/u.test(titleBefore) && /(?:^|\s)(?:de|d['’]|des|à|aux|pour|par|avec|contre|sur|dans|chez|entre)\s*$/u.test(titleBefore.slice(0, title.index + 1));
  // « prend la seconde place, _____ »: a rank, a place or a stage heads no person's apposition.
  const thingHead = title?.[2] !== undefined && NOT_PERSON_HEAD.test((title[2].split(/\s/u).pop() ?? '').toLowerCase());
  if (title && !complement && !thingHead && title[2] !== undefined && !/(?:^|\s)(?:de|d['’]|à|avec|pour|par|sur|contre|chez|entre|et|ou|a|ont|est|sont|était|avait|aurait|sera|fut|qui|que)(?:\s|$)/u.test(title[2] ?? '')) {
    const det = (title[1] as string).toLowerCase().replace('mme', 'Mme').replace('mlle', 'Mlle').replace(/^m\.$/u, 'M.');
    if (/^(?:le|un|ce|cet|du|au|M\.)$/u.test(det)) cues.push(false);
    else if (/^(?:la|une|cette|Mme|Mlle)$/u.test(det)) cues.push(true);
    else {
      // « l'ancien », « l'ancienne », « l'avocate »: the word after l' tells.
      const first = (title[2] ?? '').split(/\s/u)[0] ?? '';
      const g = /^ancienne|^actuelle|^avocate|^ex-/u.test(first) ? true : /^ancien$|^actuel$|^avocat$/u.test(first) ? false : undefined;
      if (g !== undefined) cues.push(g);
    }
  }
  // A person noun in apposition before the gap: « l'actrice de La cinquième vague, _____ ».
  const apposedBefore = appositionBeforeFeminine(before, after);
  if (apposedBefore !== undefined) cues.push(apposedBefore);
  // An apposition: « _____, secrétaire médicale en congé », « _____, jeune homme de 23 ans ».
  const apposition = /^\s*,\s*((?:le|la|l['’]|un|une)\s?)?((?:[\p{L}-]+)(?:\s[\p{L}-]+)?)/u.exec(after);
  // « la fille de _____, entrée à l'école »: after « de », the apposition may be the head noun's.
  const singularHead = /(?:^|\s)(?:(?:le|la|un|une|son|sa|ce|cette|cet)\s|l['’])[\p{L}-]+(?:\s[\p{L}-]+)?\s(?:de|d['’])\s?$/u.test(before);
  if (apposition && !singularHead) {
    const det = apposition[1]?.trim();
    if (det && /^(?:le|un)$/u.test(det)) cues.push(false);
    else if (det && /^(?:la|une)$/u.test(det)) cues.push(true);
    else if (!det) {
      const words = (apposition[2] ?? '').split(/\s/u);
      // « jeune homme », « secrétaire médicale », « inconnu des services »: the first word that shows a gender.
      if (!/^(?:qui|que|dont|où|a|ont|est|sont|il|elle|selon|dans|en|avec|avait|aurait)$/u.test(words[0] ?? '')) {
        for (const w of words) {
          const g = wordGender(w);
          if (g !== undefined) {
            cues.push(g);
            break;
          }
        }
      }
    }
  }
  // The gap as subject (at the start of its clause): an attribute after a copula, « il »/« elle » taking it up.
  if (/(?:^|[“«]\s*|[.;:]\s+)$/u.test(before)) {
    const clause = after.split(/[;:]/u)[0] ?? '';
    const own = clause.split(/,|(?<![\p{L}])(?:qu['’]|lorsqu['’]|(?:que|qui|dont|où|si|lorsque|quand|car|parce)(?![\p{L}]))/u)[0] ?? '';
    for (const m of own.matchAll(COPULA)) {
      const g = participleGender(m[1] as string);
      if (g !== undefined) cues.push(g);
    }
    const pronoun = /(?:\bcar|\bparce qu['’]|\bmais|\bet|\bpuisqu['’]|\blorsqu['’]|\bquand)\s*(il|elle)\s/u.exec(clause);
    if (pronoun) cues.push(pronoun[1] === 'elle');
  }
  return cues;
}

/** A participle's gender: « fragilisée » feminine, « fragilisé » masculine, « élu »/« élue ». */
function participleGender(word: string): boolean | undefined {
  const w = word.toLowerCase();
  if (/(?:ée|ie|ue|ise|ite|rte|ante|ente)s?$/u.test(w) && !/^(?:une?|elle|telle|cette|celle|même|quelque|toute|entre|contre|notre|votre|aussi|vie|partie)$/u.test(w)) return true;
  if (/(?:é|i|u|is|it|rt)s?$/u.test(w) && !/^(?:tu|lui|qui|ni|si|ici|aussi|parmi|depuis|plus|puis|jamais|alors|moins|très|pas|dans|sous|vers|sans|mis)$/u.test(w)) return false;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Negation

/** Verbs and phrases whose « de » is a preposition (« ne parle pas des victimes »): « des » stays. */
const DE_VERB = /^(?:parl|dépend|occup|profit|bénéfici|vien|venu|sort|provien|agi|trait|dispos|manqu|souffr|rêv|souvien|souvenu|discut|débatt|fai[ts]? partie|chang|pass|serv|approch|éloign|méfi|plaign|inquiét|préoccup|témoign|dout|tien|tenu|tir|reçu des nouvelles|rend compte|lib[éè]r|accus|sépar|différ|rapproch|avert|informé|prévenu|protég|rempl|entour|couvert|compos|doté|dot|menac|chass|ressort|ressorti|retir|exclu|issu|écart|absten|mêl|charg|plein|sorti|part|parti|revenu|revien|fier|content|satisf|question|ém[au]n|découl|résult|nourri|vécu|vit|viv)/u;
/** Copulas and their like: « ce n'est pas un hasard » keeps its article. */
const COPULA_VERB = /^(?:est|sont|était|étaient|sera|seront|serait|seraient|été|être|fut|furent|devenu|devenue|devenus|devenues|devient|deviennent|reste|restent|resté|semble|semblent|paraît|demeure|représente|représentent|représenté|constitue|constituent|constitué)$/u;

/** Words naming part of a set, after which « des » is « de » + « les » (« plusieurs des », « la plupart des »). */
const PART_OF_WORD = /^(?:plusieurs|certains|certaines|beaucoup|nombre|chacun|chacune|aucun|aucune|plupart|partie|moitié|majorité|tiers|quart|reste|ensemble|l['’]un|l['’]une)$/u;

/** Determiners before a noun of their own: « la fin », « son départ », « ces contrôles ». */
const NOUN_DETERMINER = /^(?:le|la|les|son|sa|ses|leur|leurs|ce|cet|cette|ces|mon|ma|mes|notre|nos|votre|vos)$/u;

/**
 * « faire de X Y » (make X into Y): « n'a pas fait de l'immigration un enjeu » has « de » the preposition
 * before X, no negated object's article (review 17); a partitive after « faire » reads both ways, so the check keeps out.
 */
const MAKE_INTO = /^(?:fai[st]|faire|faisait|faisaient|font|fera|feront|ferait|feraient|faites|fasse|fassent)$/u;

const NEGATION = /(?<![\p{L}])(?:ne|n['’])\s?((?:[\p{L}'’-]+\s){0,2}?)(pas|plus|jamais)\s+((?:[\p{L}'’-]+\s){0,2}?)(un|une|des|du|de la|de l['’])(?=[\s\p{L}“«])/u;

/**
 * « ne … pas » with an indefinite or partitive object where French needs « de » (« n'ont pas
 * retrouvé des fragments »), or one of a list of objects left with its article (« ne peuvent pas
 * montrer d'émergences et des déclins »). Not after a copula, not in « ce n'est pas un … mais ».
 */
export function negationProblems(statement: string): string[] {
  const problems: string[] = [];
  const m = NEGATION.exec(statement);
  if (m) {
    const verbs = `${m[1] ?? ''} ${m[3] ?? ''}`.trim().split(/\s+/u).filter(Boolean);
    const rest = statement.slice((m.index ?? 0) + m[0].length);
    const contrast = /\bmais\b/u.test(rest);
    // « n'a pas succombé à une crise »: an article after a preposition is no object.
    const afterPreposition = verbs.some((v) => /^(?:à|au|aux|avec|pour|par|sur|dans|en|chez|contre|sans|sous|vers|entre|selon|après|avant|depuis|pendant|de|d['’].*)$/u.test(v));
    const copula = verbs.some((v) => COPULA_VERB.test(v)) || /(?:^|\s)c['’]est$/u.test(statement.slice(0, m.index).trim()) || /^(?:ce|c['’])/u.test(m[1] ?? '');
    const prepositional = verbs.some((v) => DE_VERB.test(v.replace(/^(?:s['’]|se\s)/u, ''))) || DE_VERB.test(verbs.join(' '));
    const makeInto = m[4] !== 'un' && m[4] !== 'une' && MAKE_INTO.test(verbs[verbs.length - 1] ?? '');
    // « pas un seul », « pas une fois »: emphasis, not an object.
    const emphatic = /^(?:seul|seule|fois|instant|mot|sou)\b/u.test(rest.trim());
    // « n'a pas dégénéré et du gaz a été employé »: after « et », « ou », « puis » the article starts
    // another clause's subject (or another coordinate), not the negated verb's object.
    const coordinated = /^(?:et|ou|puis|mais|car|donc)$/u.test(verbs[verbs.length - 1] ?? '');
    // « n'a pas modifié plusieurs des positions »: after a word naming part of a set, « des », « du »,
    // « de la » are « de » + the article (of the positions), not the indefinite.
    const partOf = m[4] !== 'un' && m[4] !== 'une' && PART_OF_WORD.test(verbs[verbs.length - 1] ?? '');
    // « n'a pas proposé l'utilisation des pousse-pousse », « n'a pas annoncé la fin des contrôles »: after
    // a noun with its own determiner (the verb's object), « des », « du » are « de » + the article of the
    // noun's complement, not the object's article (review 15).
    const afterPas = (m[3] ?? '').trim().split(/\s+/u).filter(Boolean);
    const last = afterPas[afterPas.length - 1] ?? '';
    const ofNoun = m[4] !== 'un' && m[4] !== 'une' && ((/^l['’]\p{L}/u.test(last) && !/^l['’](?:on|un|une)$/u.test(last)) || NOUN_DETERMINER.test(afterPas[afterPas.length - 2] ?? ''));
    if (!contrast && !copula && !prepositional && !makeInto && !emphatic && !afterPreposition && !coordinated && !partOf && !ofNoun && verbs.length > 0) problems.push(`« ${m[0].trim()} »: after a negation the article is « de »`);
  }
  // A quoted object after a place: « n'ont pas retrouvé dans la ferme … des “fragments” ».
  const quotedObject = /(?<![\p{L}])(?:pas|plus|jamais)\s+[\p{L}'’-]+\s(?:dans|sur|chez|en|à|au|aux)\s[^,.;:]*?\s(des|du|un|une)\s?[“«]/u.exec(statement);
  if (quotedObject && !/\bmais\b/u.test(statement)) problems.push(`« ${quotedObject[0].trim()} »: after a negation the article is « de »`);
  // A list of objects after « pas de »: each one takes « de ».
  const list = /(?<![\p{L}])(?:pas|plus|jamais)\s+(?:[\p{L}'’-]+\s){0,2}?(?:de|d['’])\s?[^.;:]*?(?:,|\bet|\bou)\s+(des|du|de la|un|une)\s/u.exec(statement);
  const listed = list?.[0].replace(/^\S+/u, '').replace(/\s(?:des|du|de la|un|une)\s$/u, '') ?? '';
  const firstVerb = listed.trim().split(/\s/u)[0] ?? '';
  // « a sondé plus de 500 galaxies et des… »: « plus » with no « ne » before it is a quantity, not a negation.
  const quantity = list !== null && /^plus\s/u.test(list[0]) && !/(?:^|[^\p{L}])(?:ne\s|n['’])/iu.test(statement.slice(0, list.index));
  if (list && !quantity && !DE_VERB.test(firstVerb) && !MAKE_INTO.test(firstVerb) && !/(?<![\p{L}])(?:mais|qui|que|dont|sous|dans|sur|avec|pour|par|selon|après|avant|pendant|depuis|contre|entre|vers|chez)(?![\p{L}])/u.test(listed)) {
    problems.push(`« ${list[0].trim()} »: every object of a negation takes « de »`);
  }
  return problems;
}

/** A subject with a quantifier makes a negation ambiguous (« Toutes ces activités ne peuvent pas… »). */
export function quantifiedNegation(statement: string): string | undefined {
  // « Plusieurs associations n'ont pas… » says several did not; « Toutes … ne peuvent pas » may say not all can.
  const q = /^(?:Tous|Toutes|Tout|Toute|Chaque|Au moins|Plus de|Moins de|La plupart)\s[^,]*?(?:ne|n['’])\s?\S*\s?(?:pas|plus|jamais)\b/u.exec(statement);
  return q ? `a negation under a quantified subject: « ${q[0]} »` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: what may be taught as a word, and in what form

/** Closed-class words the lemma lists of the generators may miss: possessive pronouns, interrogatives, degree words. */
const CLOSED_WORDS = new Set(
  ('nôtre nôtres vôtre vôtres mien mienne miens miennes tien tienne tiens tiennes sien sienne siens siennes ' +
    'le nôtre la nôtre les nôtres le vôtre la vôtre le leur la leur les leurs le mien la mienne le sien la sienne ' +
    'comment pourquoi quand combien où quel quelle quels quelles lequel laquelle lesquels lesquelles duquel auquel ' +
    'très trop assez peu tellement tant si aussi autant moins guère ne ' +
    'ci là ici voici voilà celui celle ceux celles celui-ci celle-ci cela ceci ça quoi dont qui que ' +
    'chacun chacune quiconque autrui plusieurs certains certaines quelque quelques')
    .split(' ')
    .map(fold),
);
/** English glosses that only grammar words have: an item teaching « not », « ours », « how » teaches grammar. */
const CLOSED_GLOSS = /^(?:to )?(?:not|here|there|ours|yours|mine|his|hers|theirs|its|how|why|when|where|which|what|who|whom|whose|very|too|so|such|the|a|an|of|to|at|in|on|by|for|with|this|that|these|those|it|he|she|they|we|you|and|or|but|if|than|then|as)$/iu;

/** The French headwords an item teaches, each with the English it gives it. */
function taught(item: QuizItem): { french: string; english: string }[] {
  switch (item.kind) {
    case 'fr-en':
      return [{ french: item.term, english: item.choices[item.answer] ?? '' }];
    case 'en-fr':
      return [{ french: item.choices[item.answer] ?? '', english: item.gloss }];
    case 'cloze':
      return [{ french: item.lemma, english: item.hint.replace(/,[^,]*$/u, '') }];
    case 'match':
      return item.left.map((l, i) => ({ french: l, english: item.right[item.answer[i] as number] ?? '' }));
    default:
      return [];
  }
}

/** Every French headword an item shows: the taught ones and, for en-fr, the other choices. */
function headwords(item: QuizItem): string[] {
  if (item.kind === 'en-fr') return item.choices;
  if (item.kind === 'match') return item.left;
  if (item.kind === 'fr-en') return [item.term];
  return [];
}

/** A function word taught: by its French form or by an English gloss only grammar words have. */
export function closedClassProblems(item: QuizItem): string[] {
  const problems: string[] = [];
  for (const { french, english } of taught(item)) {
    const bareWord = fold(french).replace(/^(?:le|la|les|l')\s?/u, '');
    if (CLOSED_WORDS.has(fold(french)) || CLOSED_WORDS.has(bareWord)) problems.push(`teaches a grammatical word: « ${french} »`);
    // An expression (« d'ici à » = by) is vocabulary whatever its English.
    else if (!/\s|['’]/u.test(french.trim()) && english.split(/[,;]\s*/u).every((e) => CLOSED_GLOSS.test(e.trim()))) problems.push(`teaches « ${french} » as « ${english} », a grammatical word`);
  }
  return problems;
}

const SUBJECT = '(?:il|elle|on|ils|elles|je|j[\'’]|nous|vous|tu)';
const CLITICS = "(?:(?:ne|n['’]|se|s['’]|en|y|le|la|les|l['’]|lui|leur|me|m['’]|te|t['’])\\s?)*";
/**
 * A subject pronoun then an infinitive: « il en être de même ». Not « nous », « vous »: before an
 * infinitive they are its reflexive or object pronoun (« nous devons nous concentrer sur »: review 16).
 */
const SUBJECT_INFINITIVE = new RegExp(`^(?:il|elle|on|ils|elles|je|j['’]|tu)\\s${CLITICS}(?:être|avoir|faire|dire|prendre|mettre|suivre|vivre|croire|lire|écrire|[\\p{L}]+(?:er|ir|oir))(?:\\s|$)`, 'iu');
/** A subject pronoun then a participle that lost its auxiliary: « il suffi de », « il fallu ». */
const SUBJECT_PARTICIPLE = new RegExp(`^${SUBJECT}\\s${CLITICS}(?:été|eu|suffi|fallu|pu|dû|pris|mis|vu|venu|agi|paru|semblé)(?:\\s|$)`, 'iu');

/** A headword a teacher would not write: a gap in it (« il … suffi de »), an infinitive after a subject. */
export function headwordProblems(item: QuizItem): string[] {
  const problems: string[] = [];
  for (const h of headwords(item)) {
    const w = h.trim();
    // « accuser … de » is how a dictionary shows a split expression; « il … suffi de » cuts out a verb.
    if (/_{2,}/u.test(w) || new RegExp(`^${SUBJECT}\\s*(?:…|\\.\\.\\.)\\s*(?:été|eu|suffi|fallu|pu|dû|[\\p{L}]+(?:é|i|u|is|(?<!a)it))(?:\\s|$)`, 'iu').test(w)) problems.push(`a headword with a gap where its verb was: « ${w} »`);
    else if (SUBJECT_INFINITIVE.test(w) && !/^(?:il|elle|on)\s(?:faut|fallait|suffit|vaut|reste|semble|paraît)/iu.test(w)) problems.push(`a subject before an infinitive: « ${w} »`);
    else if (SUBJECT_PARTICIPLE.test(w)) problems.push(`a participle without its auxiliary: « ${w} »`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Numbers a paraphrase spelt out where French keeps figures

const UNIT_NUMBER = '(?:zéro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)';
const NUMBER_WORDS = `${UNIT_NUMBER}(?:[- ](?:et[- ])?(?:un|une|${UNIT_NUMBER}))*`;
const SPELT: [RegExp, string][] = [
  // « 9 h vingt-cinq », « 15 h cinquante »: a clock time half in words.
  [new RegExp(`\\d\\s?h\\s${NUMBER_WORDS}(?![\\p{L}])`, 'u'), 'the minutes of a time in words'],
  // « soixante-cinq GW », « cinquante km/h »: a figure before a unit symbol.
  [new RegExp(`(?<![\\p{L}])${NUMBER_WORDS}\\s(?:GW|MW|kW|km/h|km|kg|%|°C|m²|€|t)(?![\\p{L}])`, 'u'), 'a number in words before a unit symbol'],
  // « entre cinquante et 120 », « du vingt-cinq au 27 »: one end of a range in words, the other in figures.
  [new RegExp(`(?<![\\p{L}])(?:entre|du|de)\\s${NUMBER_WORDS}\\s(?:et|au|à)\\s\\d|\\d\\sau\\s(?:le\\s)?${NUMBER_WORDS}(?![\\p{L}])`, 'u'), 'a range half in words'],
  // « le dix-sept au soir », « le vingt-cinq janvier »: a day of the month in words.
  [new RegExp(`(?<![\\p{L}])le\\s${NUMBER_WORDS}\\s(?:au\\s(?:soir|matin)|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)`, 'u'), 'a date in words'],
  // « Boeing sept cent trente-sept », « Minsk deux », « la brigade cent trente-sept »: a name's number in words.
  [new RegExp(`(?<=[\\p{L}\\d])\\s(?<![.!?]\\s)${NUMBER_WORDS}(?![\\p{L}])`, 'u'), 'a name\'s number in words'],
];

/** Words ending in s or x that are no plural noun: « la brigade cent trente-sept puis la ville ». */
const INVARIABLE_S = /^(?:puis|plus|mais|dans|sous|vers|sans|pas|après|depuis|alors|lors|jamais|moins|très|dès|près|tous|toutes|ailleurs|désormais|toujours|parfois|autrefois|hélas|ainsi|aussi|ceux|deux|trois|six|dix|mieux|vieux|faux)$/u;

/**
 * Numbers a statement spells out where French keeps figures. A name's number the text itself gives in
 * words (« la numéro trois mondiale ») is the text's own: a statement that keeps it is no fault.
 */
export function spelledNumberProblems(statement: string, source = ''): string[] {
  const problems: string[] = [];
  for (const [pattern, what] of SPELT) {
    const m = pattern.exec(statement);
    if (!m) continue;
    // A name's number: only after a capitalised word or a unit's noun (« brigade », « numéro »).
    if (what.startsWith('a name')) {
      const words = statement.slice(0, m.index).split(/\s/u);
      const before = words.pop() ?? '';
      // The statement's first word is capitalised as a sentence start (« Les cinq premiers »), not as a name.
      if (words.length === 0) continue;
      if (!/^(?:\p{Lu}[\p{L}\d-]*|A\d+|brigade|division|régiment|numéro|article|ligne|route|vol|chapitre)$/u.test(before) || m.index === 0) continue;
      // « retrouvée en France trois semaines après »: a number before a plural noun counts it, a name's does not.
      const next = /^\s+(\p{Ll}[\p{L}-]*[sx])(?![\p{L}])/u.exec(statement.slice(m.index + m[0].length))?.[1];
      if (next && !INVARIABLE_S.test(next) && !/(?:^|[- ])(?:un|une)$/u.test(m[0])) continue;
      if (source.includes(`${before}${m[0]}`)) continue;
    }
    problems.push(`${what}: « ${m[0].trim()} »`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The item as the learner reads it

/** What stands between the « » of a prompt (its last quotation). */
function quoted(prompt: string): string {
  return /«\u00a0?(.*)\u00a0?»[\s\u202f?]*$/su.exec(prompt)?.[1]?.trim() ?? '';
}

/** The statement of a true/false item, or its frame for a choice item. */
function frameOf(item: QuizItem): string | undefined {
  if (item.kind === 'collocation') return `${item.before}${BLANK}${item.after}`;
  if (item.kind === 'comprehension') {
    const q = quoted(item.prompt);
    return q.includes(BLANK) ? q : undefined;
  }
  return undefined;
}

/** The names of the text's people found in a string, with where they stand. */
function peopleIn(s: string, entities: Entities | undefined): { name: string; at: number; feminine: boolean | undefined }[] {
  const out: { name: string; at: number; feminine: boolean | undefined }[] = [];
  for (const p of entities?.people ?? []) {
    for (const form of new Set([p.name, p.short])) {
      let at = s.indexOf(form);
      while (at >= 0) {
        out.push({ name: form, at, feminine: personFeminine(p.name, entities) });
        at = s.indexOf(form, at + form.length);
      }
    }
  }
  return out;
}

/** The sentence of the text around a span: what a true/false statement was made from. */
function sentenceAround(text: string, start: number, end: number): string {
  // A paragraph's break ends a sentence too: « …en novembre.\n\nVice-présidente… » (tuning s10b).
  const from = Math.max(0, text.lastIndexOf('. ', start) + 1, text.lastIndexOf('\n', start - 1) + 1);
  // An evidence span that ends on its full stop ends there, not at the next sentence's (tuning s9d).
  const stop = text.indexOf('. ', Math.max(start, end - 1));
  const line = text.indexOf('\n', Math.max(start, end - 1));
  const to = stop < 0 ? (line < 0 ? -1 : line - 1) : line < 0 ? stop : Math.min(stop, line - 1);
  return text.slice(from, to < 0 ? undefined : to + 1);
}

/** The French faults of an item as the learner reads it (empty when there are none). */
export function frenchProblems(item: QuizItem, text: string, entities?: Entities): string[] {
  const problems: string[] = [];
  const usage = hUsage(text);
  const frame = frameOf(item);
  const choices = 'choices' in item ? item.choices : [];

  // Every French string shown as it is: statement, prompt, choices (« comme les propos de Hubert »).
  // The prompts that are all French (en-fr and cloze prompts carry an English gloss).
  const frenchPrompt = item.kind !== 'en-fr' && item.kind !== 'cloze';
  const fixed = [...(frenchPrompt ? [item.prompt] : []), ...(item.kind === 'comprehension' || item.kind === 'collocation' ? choices : []), ...headwords(item)];
  for (const s of fixed) {
    // The gap itself is judged with each choice below.
    for (const p of elisionProblems(s.split(BLANK).join(' X '), usage, false)) problems.push(p);
  }

  // Each choice in its frame: « qu'_____ » + « Pascal Troadec », « de _____ » + « Abbas Akhoundi ».
  if (frame && item.kind !== 'collocation') {
    const gap = frame.indexOf(BLANK);
    // The words on either side of the gap: where a choice meets its frame.
    const wordBefore = /\S*\s*$/u.exec(frame.slice(0, gap))?.[0] ?? '';
    const wordAfter = /^\s*\S*/u.exec(frame.slice(gap + BLANK.length))?.[0] ?? '';
    for (const c of choices) {
      const reading = `${wordBefore}${c}${wordAfter}`;
      for (const p of elisionProblems(reading, usage, true)) problems.push(`${c} in the frame: ${p}`);
    }
    // The gender the frame gives the gap: choices of the other gender are ruled out.
    if (item.kind === 'comprehension' && (item.focus === 'who' || item.focus === 'speaker')) {
      const cues = new Set(frameGender(frame, gap, BLANK.length));
      if (cues.size === 1) {
        const feminine = [...cues][0];
        for (const c of choices) {
          const g = personFeminine(c, entities);
          if (g !== undefined && g !== feminine) problems.push(`${c} does not fit the frame's ${feminine ? 'feminine' : 'masculine'}`);
        }
      }
    }
    // « Le 27 et _____ » with « 27 août »: a choice that repeats its coordinate.
    const coordinate = /(?:^|\s)([\p{L}\d]+)\s(?:et|ou)\s$/u.exec(frame.slice(0, gap));
    for (const c of choices) {
      if (coordinate && fold(c.split(/\s/u)[0] ?? '') === fold(coordinate[1] as string)) problems.push(`« ${coordinate[0].trim()} ${c} » repeats its coordinate`);
    }
  }

  // A collocation's determiner choices before a verb: « si _____ n'est » is the pronoun « ce ».
  if (item.kind === 'collocation' && /^\s*(?:n['’]|ne\s|qui\s|que\s|qu['’]|est\s|sont\s)/u.test(item.after)) {
    if (choices.some((c) => /^(?:cette|cet|ces|la|les|une|un)$/u.test(c))) problems.push('determiner choices before a verb: the gap is a pronoun');
  }

  if (item.kind === 'comprehension' && item.format === 'truefalse' && item.focus !== 'authored') {
    const statement = quoted(item.prompt);
    const source = sentenceAround(text, item.evidence.start, item.evidence.end);
    if (statement && !/^[«“"(]?[\p{Lu}\d]/u.test(statement)) problems.push('the statement does not start with a capital');
    problems.push(...spelledNumberProblems(statement, source));
    // The negation the generator made (the text's sentence has none there).
    if (!/(?:\bne\b|\bn['’])[^.]*?\b(?:pas|plus|jamais)\b/u.test(source) || !source) {
      problems.push(...negationProblems(statement));
      const q = quantifiedNegation(statement);
      if (q) problems.push(q);
    }
    // A person swapped in for one of the other gender: what agreed with the first no longer agrees.
    if (source) {
      const inSource = peopleIn(source, entities);
      for (const p of peopleIn(statement, entities)) {
        if (inSource.some((s) => s.name === p.name) || p.feminine === undefined) continue;
        // Only where something in the text's sentence agreed with the person replaced.
        const replaced = inSource.filter(
          (s) => !statement.includes(s.name) && s.feminine !== undefined && s.feminine !== p.feminine && frameGender(source, s.at, s.name.length).includes(s.feminine),
        );
        if (replaced.length > 0) problems.push(`${p.name} swapped in for ${replaced[0]?.name}, of the other gender`);
      }
    }
    // The gender the statement's own words give each person named in it.
    for (const p of peopleIn(statement, entities)) {
      const cues = new Set(frameGender(statement, p.at, p.name.length));
      if (p.feminine !== undefined && cues.size === 1 && !cues.has(p.feminine)) problems.push(`${p.name} does not agree with the words around it`);
    }
  }

  problems.push(...closedClassProblems(item), ...headwordProblems(item));
  return [...new Set(problems)];
}
