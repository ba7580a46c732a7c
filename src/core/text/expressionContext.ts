// Literal readings: a fixed phrase (an adverbial, a preposition, a conjunction) whose words are in
// the text but whose context rules the phrase out, so the words keep their own reading. Each rule
// looks only at the match's own tokens and the word next to it, and says why in a sentence:
//  - a gerund with an object is the verb, not the adverb: « en attendant le verdict » (while
//    waiting for the verdict), not en attendant (in the meantime);
//  - a preposition and bare noun that an adjective follows is that noun's phrase: « en ligne
//    droite » (in a straight line), « au pouvoir civil » (to the civilian power); but not when the
//    adjective takes a complement or another adjective (« en partie responsable de »: the phrase
//    is an adverb on the adjective), nor when the phrase opens the sentence and the adjective is set
//    off by a comma (« D'abord populaire, le projet… »: the adverbial on a detached adjective);
//  - a phrase opening on a verb, after ne, is that verb negated: « il ne reste que deux jours »
//    (only two days are left) is ne … que, not reste que (still, the fact remains);
//    nor when the adjective cannot agree with the noun (« soit de nouveau heureuse »);
//  - près before an amount is "nearly": « de près de 30 % » is not de près (closely);
//  - a noun and adjective whose adjective takes a measure is the adjective's own reading:
//    « les personnes âgées de moins de 18 mois » (people aged under 18 months) are no elderly people;
//  - an adverb-initial conjunction after a verb that takes a que clause is the adverb and that
//    clause: « il montre bien que » (shows clearly that) is no bien que (although);
//  - « au terme de » before a bare singular noun is the noun terme: « au terme de cinéma » (the
//    cinema term), not "at the end of";
//  - an election's round after a possessive is a lap or turn: « son premier tour entre les
//    anneaux » is no first round of a vote;
//  - à + infinitive after a verb that takes « à » + infinitive is its complement: « la réponse a
//    tardé à venir » (was slow to come), not à venir (upcoming);
//  - « ce dernier » before its noun is the adjective: « cette dernière catégorie » (this last
//    category), not the pronoun (the latter); beaucoup before de is the quantity: « et de beaucoup
//    d'embarras » (a lot of), not de beaucoup (by far);
//  - « une figure en vue du parti »: en vue after a person and before de and a group is the
//    adjective phrase (prominent), not en vue de (with a view to);
// These run once per found match, never per token: they cost nothing when nothing matched.
// A sense of an entry's gloss marked "(an amount)" is put first only before an amount: « à hauteur
// de 20 millions » is "to the tune of", « à hauteur de Lyon » "level with" (contextGloss).
import { MONTHS, WEEKDAYS } from './calendar';
import { lookupKey, QUOTE_MARKS } from './tagger';
import type { AnalyzedToken, Upos } from './types';

/** Entries whose words are a fixed phrase (their words do not inflect): the rules apply to them. */
const FIXED_PHRASE = new Set<Upos>(['ADV', 'ADP', 'ADJ', 'SCONJ', 'CCONJ']);
/** What an object of a gerund starts with. */
const OBJECT_START = new Set<Upos>(['DET', 'NOUN', 'PROPN', 'NUM']);
const NE = new Set(['ne', "n'"]);
/** A gerund's participle (attendant, passant): the -ant of « en attendant ». */
const GERUND = /ant$/;
/** An ordinal written in figures: 35e, 1er, 2nde, XXe. */
const ORDINAL = /^(?:\d+|[IVXLC]+)(?:e|è|ème|er|re|nde?)s?$/;
/** Words that measure an amount after à hauteur de (« à hauteur de plusieurs millions »). */
/** Adjectives and participles that take a measure with de: âgé de 18 mois, haut de 3 mètres, estimé à… de. */
const MEASURED = new Set([
  'âgé', 'âger', 'haut', 'long', 'large', 'profond', 'épais', 'lourd', 'distant', 'éloigné', 'éloigner', 'vieux', 'grand', 'fort', 'riche', 'chargé', 'charger',
  'doté', 'doter', 'estimé', 'estimer', 'évalué', 'évaluer', 'chiffré', 'chiffrer', 'situé', 'situer', 'espacé', 'espacer', 'peuplé', 'élevé', 'gros',
]);
/** The QUANTITY nouns that measure only with a complement in de (la moitié des, un total de). */
const QUANTITY_OF = new Set(['moitié', 'tiers', 'quart', 'total', 'montant', 'somme', 'pourcentage', 'part']);
const QUANTITY = new Set(['plusieurs', 'quelques', 'quelque', 'moitié', 'tiers', 'quart', 'million', 'millions', 'milliard', 'milliards', 'centaine', 'centaines', 'millier', 'milliers', 'dizaine', 'dizaines', 'total', 'montant', 'somme', 'pourcentage', 'part']);

/** Calls for something, after which à gives what is called for. */
const CALLS = new Set(['appeler', 'appel', 'exhorter', 'inviter']);

/** The word before token i, quote marks passed over. */
function wordBefore(tokens: readonly AnalyzedToken[], i: number): AnalyzedToken | undefined {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.kind === 'punct' && QUOTE_MARKS.has(tokens[j]!.form)) j--;
  return j >= 0 && tokens[j]!.kind === 'word' ? tokens[j] : undefined;
}

/** Why a match of a fixed phrase is its words' literal reading, or undefined when it is the phrase. */
export function literalReading(entry: { text: string; upos: Upos }, tokens: readonly AnalyzedToken[], parts: readonly number[]): string | undefined {
  if (entry.upos === 'VERB') return verbalLiteral(entry.text, tokens, parts);
  if (entry.upos === 'NOUN') return measuredAdjective(tokens, parts) ?? possessedRound(entry.text, tokens, parts) ?? demonstrativeDernier(entry.text, tokens, parts);
  if (!FIXED_PHRASE.has(entry.upos)) return undefined;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const next = tokens[last + 1];
  const lastToken = tokens[last]!;
  if (parts.length === 2 && lookupKey(tokens[first]!.form) === 'en' && GERUND.test(lookupKey(lastToken.form)) && next && next.kind === 'word' && OBJECT_START.has(next.upos)) {
    return 'a gerund with an object';
  }
  if (parts.length === 2 && lastToken.upos === 'NOUN' && next && next.kind === 'word' && next.upos === 'ADJ' && !predicative(tokens, last + 2) && !disagrees(lastToken, next)
    && !(entry.upos === 'ADV' && opensDetachedPhrase(tokens, first, last + 1))) {
    return 'a noun with its adjective';
  }
  // « avec le temps additionnel nécessaire » (with the extra time needed), « à l'époque moderne »: an
  // adverbial ending on a determiner and its noun, when an adjective agreeing with that noun follows,
  // is that noun's phrase, not avec le temps (over time). A participle is left out: it is more often
  // the subject's (« la réunion, à l'origine prévue le 5 mai »), and so is an adjective that a
  // complement or a list of adjectives follows (« à la fois simple et efficace », « à la fois drôle, tendre ») (review 16, 8).
  if (entry.upos === 'ADV' && parts.length >= 3 && lastToken.upos === 'NOUN' && tokens[last - 1]!.upos === 'DET' && next && next.kind === 'word' && next.upos === 'ADJ'
    && !PAST_PARTICIPLE.test(lookupKey(next.form)) && !predicative(tokens, last + 2) && !(tokens[last + 2]?.form === ',' && tokens[last + 3]?.upos === 'ADJ') && !disagrees(lastToken, next)) {
    return 'a noun with its adjective';
  }
  // « au pire moment », « au mieux placé »: au and an adjective before its noun is that noun's phrase
  // (at the worst moment), not au pire (at worst).
  if (entry.upos === 'ADV' && parts.length === 2 && lookupKey(tokens[first]!.form) === 'au' && lastToken.upos === 'ADJ' && next && next.kind === 'word' && next.upos === 'NOUN') return 'an adjective before its noun';
  // « pour finir le mois dans le rouge », « pour commencer les travaux »: pour and an infinitive (pour
  // finir = finally), before an article, is that infinitive with its object (not « à savoir les
  // étoiles », « sans compter les millions », which take one).
  if (entry.upos === 'ADV' && parts.length === 2 && lookupKey(tokens[first]!.form) === 'pour' && lastToken.upos === 'VERB' && INFINITIVE.test(lookupKey(lastToken.form)) && next && next.kind === 'word' && next.upos === 'DET') return 'an infinitive with its object';
  // « dans l'ensemble du pays »: before de, l'ensemble takes its complement (the whole of the country);
  // dans l'ensemble (on the whole) stands alone. (Not every adverbial ending on a noun: « sur les lieux
  // du drame » is still at the scene.)
  if (entry.text === "dans l'ensemble" && next && next.kind === 'word' && DE_COMPLEMENT.test(lookupKey(next.form))) return "l'ensemble de (the whole of)";
  // « Nous repartons d'ici le cœur lourd »: d'ici is "by" only before a time (d'ici 2030, d'ici la fin
  // de l'année, d'ici là, d'ici quelques jours); before anything else it is from here.
  if (entry.text === "d'ici" && !timeFollows(tokens, last + 1)) return 'from here (no time follows)';
  // « des défauts de taille supérieure à… », « de taille moyenne »: de taille before an adjective gives a
  // size (of … size), not « major » (une inconnue de taille).
  if (entry.text === 'de taille' && next && next.kind === 'word' && next.upos === 'ADJ') return 'a size: de taille + adjective';
  // « une visite au centre de coordination des secours »: before a bare noun, centre de is the noun
  // of a compound (coordination centre, centre de détention), not « at the centre of ».
  if (entry.text === 'au centre de' && next && next.kind === 'word' && next.upos === 'NOUN') return 'a centre of (centre de crise)';
  // « Faute d'accord, … », « un projet d'accord »: after a noun, d'accord is de + accord (for lack of
  // an agreement, a draft agreement), not « agreed ».
  if (entry.text === "d'accord" && tokens[first - 1]?.upos === 'NOUN') return 'de + accord after a noun';
  // « a appelé à « l'unité » », « un appel à l'unité »: after a call, à l'unité is the unity called
  // for, not « singly, by the unit » (vendu à l'unité).
  if (entry.text === "à l'unité" && CALLS.has(wordBefore(tokens, first)?.lemma ?? '')) return 'a call for unity';
  // « de près de 30 % », « (de près 80 %) »: près before an amount is "nearly", not de près (closely).
  if (lookupKey(lastToken.form) === 'près' && (isAmount(tokens, last + 1) || (next && lookupKey(next.form) === 'de' && isAmount(tokens, last + 2)))) return 'près before an amount';
  const opener = tokens[first]!;
  if ((opener.upos === 'VERB' || opener.upos === 'AUX') && afterNe(tokens, first)) return 'a verb after ne';
  // « jusqu'à la place de la Bastille »: the à after jusqu' belongs to jusqu'à (as far as), so it
  // opens no phrase of its own (à la place de = instead of).
  if (lookupKey(opener.form) === 'à' && first > 0 && /^jusqu['’]$/u.test(lookupKey(tokens[first - 1]!.form))) return "the à of jusqu'à";
  // « il montre bien que », « il sait maintenant que »: after a verb that takes a que clause, an
  // adverb-initial conjunction is that adverb on the verb and its clause (shows clearly that), not
  // the conjunction (although, now that); « il part bien qu'il soit malade » keeps it.
  if (entry.upos === 'SCONJ' && parts.length === 2 && ADVERB_FIRST.has(lookupKey(tokens[first]!.form))) {
    const verb = tokens[first - 1];
    if (verb && (verb.upos === 'VERB' || verb.upos === 'AUX') && QUE_VERBS.has(verb.lemma)) return 'an adverb on a verb and its que clause';
  }
  // « donnent au terme de cinéma un sens », « le terme de droit »: before a bare singular noun, terme
  // is the word's term, not the end (« au terme de trois jours », « d'une enquête », « de négociations »).
  if (entry.text === 'au terme de' && next && next.kind === 'word' && next.upos === 'NOUN' && !/[sx]$/.test(lookupKey(next.form))) return 'terme (term) of a domain';
  // « s'approche de trop près », « de trop loin »: trop before an adjective or adverb is its degree
  // (too close), not de trop (too many, unwelcome).
  if (lookupKey(lastToken.form) === 'trop' && next && next.kind === 'word' && (next.upos === 'ADJ' || next.upos === 'ADV')) return 'trop before an adjective or adverb';
  // « et de beaucoup d'embarras », « parler de beaucoup de choses »: beaucoup before de is the
  // quantity (a lot of) after a preposition de, not de beaucoup (by far).
  if (lookupKey(lastToken.form) === 'beaucoup' && next && /^d(?:e|['’])$/u.test(lookupKey(next.form))) return 'beaucoup de (a lot of)';
  if (entry.text === 'fort de' && !backedBy(lastToken, next)) return "fort (strong) before its noun's complement";
  if (aInfinitiveComplement(tokens, parts)) return 'the infinitive complement of a verb that takes à';
  if (entry.text === 'en vue de' && prominentIn(tokens, first, last)) return 'en vue (prominent) in a group';
  return undefined;
}

/**
 * « une figure en vue du parti », « une personnalité en vue de la droite »: after a noun for a person
 * or a role, en vue before de and a group or a name is the adjective phrase en vue (prominent, in the
 * public eye) and the group's de, not en vue de (with a view to): « un plan en vue de la réunion ».
 */
function prominentIn(tokens: readonly AnalyzedToken[], en: number, de: number): boolean {
  const person = tokens[en - 1];
  if (!person || person.kind !== 'word' || person.upos !== 'NOUN' || !ROLE_NOUNS.has(lookupKey(person.lemma))) return false;
  let j = de + 1;
  if (tokens[j]?.upos === 'DET') j++;
  const group = tokens[j];
  return !!group && group.kind === 'word' && (group.upos === 'PROPN' || GROUP_NOUNS.has(lookupKey(group.lemma)));
}
/** Nouns for a person or a role that en vue (prominent) describes. */
const ROLE_NOUNS = new Set([
  'figure', 'personnalité', 'personnage', 'membre', 'responsable', 'dirigeant', 'dirigeante', 'visage', 'nom', 'représentant', 'militant', 'cadre', 'élu',
  'intellectuel', 'artiste', 'auteur', 'avocat', 'personne', 'acteur', 'actrice', 'chef', 'leader', 'ténor', 'baron', 'homme', 'femme', 'député', 'sénateur',
]);
/** Nouns for the group a prominent person belongs to (du parti, de l'opposition, de la scène politique). */
const GROUP_NOUNS = new Set([
  'parti', 'gouvernement', 'opposition', 'droite', 'gauche', 'majorité', 'monde', 'scène', 'milieu', 'communauté', 'mouvement', 'famille', 'régime', 'club',
  'équipe', 'clan', 'cercle', 'élite', 'église', 'société', 'classe', 'sphère', 'diaspora', 'syndicat', 'pouvoir', 'presse', 'armée', 'camp', 'courant',
  'génération', 'aile', 'cinéma', 'littérature', 'barreau', 'patronat', 'jet-set', 'show-business', 'establishment', 'entourage', 'cour', 'sérail',
]);

/**
 * « forte de ses qualités », « fort de 300 membres », « fort d'une longue expérience »: fort de (on the
 * strength of) takes what backs it, with a possessive, a number or an indefinite article; « une
 * synthèse forte des idées de Weber » is the adjective strong, the idées the synthèse's.
 */
function backedBy(de: AnalyzedToken, next: AnalyzedToken | undefined): boolean {
  if (lookupKey(de.form) !== 'de' && lookupKey(de.form) !== "d'" && lookupKey(de.form) !== 'd’') return false;
  if (!next || next.kind !== 'word') return false;
  const k = lookupKey(next.form);
  return BACKING_DETERMINERS.has(k) || next.upos === 'NUM' || /^\d/.test(k);
}
const BACKING_DETERMINERS = new Set(['mon', 'ton', 'son', 'ma', 'ta', 'sa', 'mes', 'tes', 'ses', 'notre', 'votre', 'leur', 'nos', 'vos', 'leurs', 'un', 'une', 'ce', 'cet', 'cette', 'ces']);

/**
 * « la réponse a tardé à venir », « il commence à venir », « on a du mal à venir »: à and an
 * infinitive after a verb that takes « à » + infinitive (or avoir du mal) is that verb's complement,
 * not the phrase (à venir = upcoming). Adverbs between them are skipped (« tarde encore à venir »).
 */
function aInfinitiveComplement(tokens: readonly AnalyzedToken[], parts: readonly number[]): boolean {
  const first = parts[0]!;
  const infinitive = tokens[first + 1];
  if (lookupKey(tokens[first]!.form) !== 'à' || !infinitive || !INFINITIVE.test(lookupKey(infinitive.form))) return false;
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if ((t.upos === 'VERB' || t.upos === 'AUX') && A_INFINITIVE_VERBS.has(t.lemma)) return true;
    // avoir du mal / de la peine à venir.
    if (j === first - 1 && (lookupKey(t.form) === 'mal' || lookupKey(t.form) === 'peine')) return true;
    if (t.upos !== 'ADV') return false;
  }
  return false;
}
/** Verbs that take « à » + infinitive (tarder à venir, commencer à, réussir à). */
const A_INFINITIVE_VERBS = new Set([
  'tarder', 'commencer', 'continuer', 'chercher', 'hésiter', 'parvenir', 'réussir', 'arriver', 'penser', 'renoncer', 'tenir', 'rester',
  'peiner', 'apprendre', 'aider', 'consentir', 'contribuer', 'servir', 'viser', 'songer', 'persister', 'habituer', 'mettre', 'décider',
]);

/**
 * « personnes âgées de moins de 18 mois », « un mur haut de 3 mètres »: the phrase's last word,
 * an adjective, takes a measure with « de », so it is that adjective (aged 18 months), not the
 * compound noun (elderly person).
 */
function measuredAdjective(tokens: readonly AnalyzedToken[], parts: readonly number[]): string | undefined {
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1]!;
  // Only an adjective or participle of size, age or value takes the measure: « un chiffre d'affaires de 3
  // millions » keeps its noun, and so does « son taux directeur de 0,25 point » (the change is abaisser's).
  if ((tokens[last]!.upos !== 'ADJ' && tokens[last]!.upos !== 'VERB') || !MEASURED.has(tokens[last]!.lemma)) return undefined;
  const next = tokens[last + 1];
  if (!next || !/^d(?:e|['’])$/u.test(lookupKey(next.form))) return undefined;
  // « les élections municipales de 2008 »: a year with no unit after it dates the noun, it measures nothing.
  const year = tokens[last + 2];
  if (year && /^(?:1[0-9]|20)\d\d$/.test(year.form) && tokens[last + 3]?.upos !== 'NOUN') return undefined;
  return isAmount(tokens, last + 2) ? 'an adjective with a measure' : undefined;
}

/**
 * « elle va commencer son premier tour entre les anneaux »: a round owned by someone (son, leur) is
 * their lap or turn, not an election's first round, which is the vote's (« le premier tour »).
 */
function possessedRound(text: string, tokens: readonly AnalyzedToken[], parts: readonly number[]): string | undefined {
  if (!ELECTION_ROUNDS.has(text)) return undefined;
  const before = tokens[parts[0]! - 1];
  return before && POSSESSIVE_DETERMINERS.has(lookupKey(before.form)) ? 'a lap or turn of its owner' : undefined;
}
const ELECTION_ROUNDS = new Set(['premier tour', 'second tour', 'deuxième tour']);

/**
 * « cette dernière catégorie », « ces derniers jours »: dernier before its noun is the adjective
 * (this last category, these last days), not the pronoun ce dernier (the latter), which stands
 * alone (« ce dernier en profite », « cette dernière, qui »).
 */
function demonstrativeDernier(text: string, tokens: readonly AnalyzedToken[], parts: readonly number[]): string | undefined {
  if (text !== 'ce dernier') return undefined;
  const next = tokens[parts[parts.length - 1]! + 1];
  // « Cette dernière est d'ailleurs »: est after it is the verb, whatever the tagger says (not east).
  return next && next.kind === 'word' && next.upos === 'NOUN' && lookupKey(next.form) !== 'est' ? 'dernier before its noun (this last …)' : undefined;
}
const POSSESSIVE_DETERMINERS = new Set(['mon', 'ton', 'son', 'notre', 'votre', 'leur', 'ma', 'ta', 'sa']);

/**
 * Whether an adjective cannot be a masculine noun's: its ending is feminine (« soit de nouveau
 * heureuse »: heureuse is the subject's, so de nouveau stays the adverb).
 */
function disagrees(noun: AnalyzedToken, adjective: AnalyzedToken): boolean {
  return genderClash(noun.gender, lookupKey(adjective.form));
}
/**
 * Whether an adjective's form cannot go with a noun of that gender: a feminine ending after a
 * masculine, no final e after a feminine (« un sol en apparence sec »: sec, sèche).
 */
function genderClash(gender: string | undefined, form: string): boolean {
  return (gender === 'm' && FEMININE_ADJECTIVE.test(form)) || (gender === 'f' && !/es?$/u.test(form));
}
/** Endings only feminine adjectives have (heureuse, active, nouvelle, ancienne, fermée, entière, légale). */
const FEMININE_ADJECTIVE = /(?:euse|ive|elle|enne|ette|ée|ère|ale|ante|ente|aise|oise|onne)s?$/;

/**
 * Why a match of a verbal entry is its words' own reading:
 *  - a gerund's en is the preposition, not the clitic: « en imposant son rythme » (by imposing its
 *    pace) is not en imposer (to command respect), « en venant à » not en venir à;
 *  - an entry ending on faire before an infinitive is the causative: « s'y fit construire une
 *    maison » (had a house built there) is not s'y faire (to get used to);
 *  - ne … faire que + infinitive is "only / just": « la tempête n'a fait que passer » (only passed
 *    through) is not the causative faire passer.
 */
function verbalLiteral(text: string, tokens: readonly AnalyzedToken[], parts: readonly number[]): string | undefined {
  const words = text.split(' ');
  // « il y en avait assez pour vivre »: en after y is the existential il y a (there was enough),
  // not en avoir assez (to be fed up).
  if (words[0] === 'en') {
    const en = parts.find((p) => lookupKey(tokens[p]!.form) === 'en');
    const before = en === undefined ? undefined : tokens[en - 1];
    if (before && lookupKey(before.form) === 'y') return 'il y en a (there is)';
  }
  // « on en a assez parlé », « nous en avons assez pour tous »: a degree adverb before a participle
  // or pour is that participle's degree or "enough for", and avoir its auxiliary or have: not en
  // avoir assez (to be fed up), en avoir trop.
  if (words.includes('avoir') && DEGREE.has(words[words.length - 1]!)) {
    const after = tokens[parts[parts.length - 1]! + 1];
    if (after && after.kind === 'word' && ((after.upos === 'VERB' && PARTICIPLE.test(lookupKey(after.form))) || lookupKey(after.form) === 'pour')) return 'a degree adverb on what follows';
  }
  // « nous en avons assez pour tous » is "enough for", not en avoir pour (to take, of time): assez or
  // trop skipped right before the entry's pour.
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!;
    if (lookupKey(tokens[p]!.form) === 'pour' && p > parts[k - 1]! + 1 && DEGREE.has(lookupKey(tokens[p - 1]!.form))) return 'assez or trop … pour (enough / too … for)';
  }
  // « Nous n'avons plus rien à perdre »: avoir with an object before à (rien, tout, beaucoup) has
  // something to do, not to have to (avoir à).
  if (words[0] === 'avoir' && words[1] === 'à' && parts.length >= 2) {
    for (let j = parts[0]! + 1; j < parts[1]!; j++) if (AVOIR_OBJECTS.has(lookupKey(tokens[j]!.form))) return 'avoir + object + à (something to do)';
  }
  const cliticAt = words[0] === 'en' ? 0 : words[0] === "s'en" ? 1 : -1;
  if (cliticAt >= 0) {
    const en = parts.find((p) => lookupKey(tokens[p]!.form) === 'en');
    const verb = en === undefined ? undefined : tokens[en + 1];
    const before = en === undefined ? undefined : tokens[en - 1];
    // « en s'en prenant à », « en en imposant »: a clitic before the en makes it the pronoun.
    const cliticBefore = !!before && before.kind === 'word' && before.upos === 'PRON';
    if (verb && verb.kind === 'word' && GERUND.test(lookupKey(verb.form)) && (verb.upos === 'VERB' || verb.upos === 'AUX') && !cliticBefore) return 'a gerund';
  }
  // « qui peut pousser à plus de 4000 m d'altitude », « ont appelé à 3 reprises »: after a verb that drives
  // someone to an act (pousser à, inciter à, appeler à), à before an amount gives a place or a count, not
  // the act (tuning s10d, 72).
  // « relever de 25 % les droits de douane »: a verb of change before de and an amount changes by it
  // (to raise by 25%), not relever de (to fall within).
  if (words.length === 2 && CHANGE_BY.has(words[0]!) && words[1] === 'de' && isAmount(tokens, parts[parts.length - 1]! + 1)) return 'de before an amount: by';
  if (words.length === 2 && DRIVE_TO.has(words[0]!) && words[1] === 'à') {
    const a = parts[parts.length - 1]!;
    if (lookupKey(tokens[a]!.form) === 'à' && isAmount(tokens, a + 1)) return 'à before an amount';
  }
  // « le chômage remonte au troisième trimestre », « le taux remonte à 10 % »: with a measure for
  // subject, remonter is to rise again and à gives the time or the level, not remonter à (to date
  // back to); « la dernière hausse des prix remonte à 2012 » keeps it (tuning s12b, 87).
  if (RISES_AGAIN.has(text) && measureSubject(tokens, parts[0]!)) return 'a measure that rises again';
  if (PERSON_SUBJECT.has(text) && !personSubject(tokens, parts[0]!) && !personAgent(tokens, parts[parts.length - 1]!)) return 'a subject that is not a person';
  // « il s'y fit construire une maison »: faire before an infinitive is the causative, not s'y faire (get used to).
  if (words[words.length - 1] === 'faire') {
    const after = tokens[parts[parts.length - 1]! + 1];
    if (after && after.kind === 'word' && after.upos === 'VERB' && INFINITIVE.test(lookupKey(after.form))) return 'a causative faire';
  }
  if (words[0] === 'faire' && !words.includes('que') && !words.includes("qu'")) {
    const after = tokens[parts[0]! + 1];
    if (after && RESTRICTIVE_QUE.has(lookupKey(after.form))) return 'ne … faire que (only)';
  }
  return undefined;
}
const RESTRICTIVE_QUE = new Set(['que', "qu'"]);
/** Objects that may stand between avoir and à: « rien à perdre », « tout à gagner », « beaucoup à faire ». */
const AVOIR_OBJECTS = new Set(['rien', 'tout', 'beaucoup', 'peu', 'quelque', 'autre', 'encore', 'assez', 'trop']);
/** Verbs of change that take de before the amount they change by (relever de 25 %). */
const CHANGE_BY = new Set(['relever', 'rehausser', 'abaisser', 'réduire', 'augmenter', 'baisser', 'diminuer', 'majorer', 'minorer']);
const DRIVE_TO = new Set(['pousser', 'inciter', 'appeler', 'exhorter', 'contraindre', 'obliger', 'forcer', 'encourager', 'amener', 'inviter']);
/** The adverbs that open a conjunction and also modify a verb (bien que, maintenant que, encore que, surtout que). */
const ADVERB_FIRST = new Set(['bien', 'maintenant', 'encore', 'surtout']);
/** Verbs that take a que clause (say, think, show, know, must): before them, bien que is « bien » + « que ». */
const QUE_VERBS = new Set([
  'être', 'falloir', 'montrer', 'démontrer', 'prouver', 'savoir', 'voir', 'dire', 'penser', 'croire', 'comprendre', 'sentir', 'noter', 'constater', 'rappeler', 'souligner',
  'affirmer', 'espérer', 'vouloir', 'estimer', 'juger', 'reconnaître', 'admettre', 'considérer', 'indiquer', 'signifier', 'expliquer', 'déclarer', 'annoncer', 'préciser', 'ajouter',
  'répéter', 'sembler', 'paraître', 'craindre', 'souhaiter', 'imaginer', 'supposer', 'remarquer', 'observer', 'apprendre', 'entendre', 'écrire', 'confirmer', 'assurer', 'prétendre',
  'insister', 'concéder', 'avouer', 'sous-entendre', 'illustrer', 'révéler', 'suggérer', 'découvrir',
]);
const DEGREE = new Set(['assez', 'trop', 'beaucoup']);
/** A past participle's ending (parlé, vu, dit, pris, fait). */
const PARTICIPLE = /(?:[éiu]|is|it|[^aeiou]t)(?:e|es|s)?$/;
const INFINITIVE = /(?:er|ir|re)$/;
/** A past participle's ending, not a present participle's (prévue, conçu, admis, écrit; not présent). */
const PAST_PARTICIPLE = /(?:[éiu]|is|it)(?:e|es|s)?$/;

/**
 * Entries whose sense needs a person as subject: « le suspect a été entendu » is questioned, « des
 * coups de feu ont été entendus » only heard (the plain verb).
 */
const PERSON_SUBJECT = new Set(['être entendu', 'être auditionné']);
/** Nouns of persons the lexicon does not mark m/f (one gender only, or no agent suffix). */
const PERSON_NOUNS = new Set(['suspect', 'témoin', 'personne', 'victime', 'homme', 'femme', 'enfant', 'ministre', 'juge', 'maire', 'chef', 'patron', 'accusé', 'prévenu', 'mis', 'détenu', 'individu', 'otage', 'élu', 'député', 'sénateur', 'magistrat', 'responsable', 'dirigeant', 'PDG', 'président', 'candidat', 'militant', 'policier', 'gendarme', 'soldat', 'médecin', 'expert', 'fils', 'fille', 'père', 'mère', 'frère', 'sœur', 'épouse', 'mari', 'garçon', 'adolescent', 'jeune']);
/** Agent suffixes of person nouns: enquêteur, directrice, pharmacien, journaliste, fonctionnaire. */
const PERSON_SUFFIX = /(?:eur|euse|rice|ien|ienne|iste|aire|ier|ière|ant|ante|é|ée)s?$/;

/** Whether a noun or name surely names a person: a name, a noun of either gender (journaliste) or a person noun (femme, otage); no suffix guessed. */
export function surelyPerson(t: AnalyzedToken): boolean {
  if (t.upos === 'PROPN') return true;
  return t.upos === 'NOUN' && (t.gender === 'm/f' || PERSON_NOUNS.has(t.lemma));
}

/** Whether a noun token names a person, as far as its lemma, the lexicon's m/f gender or its suffix tell. */
export function isPersonNoun(t: AnalyzedToken): boolean {
  if (t.upos === 'PROPN') return true;
  if (t.upos !== 'NOUN') return false;
  return t.gender === 'm/f' || PERSON_NOUNS.has(t.lemma) || PERSON_SUFFIX.test(t.lemma);
}

/** Whether the subject before token i (past auxiliaries, adverbs and clitics) is a person or a pronoun. */
function personSubject(tokens: readonly AnalyzedToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return true; // no subject in sight: keep the entry
    if (t.upos === 'AUX' || t.upos === 'ADV' || (t.upos === 'PRON' && NE.has(lookupKey(t.form)))) continue;
    if (t.upos === 'PRON' || t.upos === 'PROPN') return true;
    if (t.upos === 'NOUN') return isPersonNoun(t);
    if (t.upos !== 'ADJ' && t.upos !== 'NUM') return true;
  }
  return true;
}

/** Entries that are also a measure's rise with its time or level after à. */
const RISES_AGAIN = new Set(['remonter à']);
/** Nouns of what is measured and goes up or down: the head of « le taux de chômage », « les prix du pétrole ». */
const MEASURES = new Set([
  'chômage', 'taux', 'prix', 'cours', 'indice', 'inflation', 'température', 'courbe', 'niveau', 'nombre', 'croissance', 'production', 'consommation',
  'natalité', 'fécondité', 'popularité', 'cote', 'audience', 'dollar', 'euro', 'baril', 'pétrole', 'bourse', 'déficit', 'dette', 'PIB', 'mercure',
]);
const OF = new Set(['de', 'du', 'des', "d'"]);

/**
 * Whether the subject before token i is a measure: its head noun (the first noun before the verb,
 * past auxiliaries, adverbs, adjectives and a « de » complement: « le nombre de chômeurs »).
 */
function measureSubject(tokens: readonly AnalyzedToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (t.upos === 'AUX' || t.upos === 'ADV' || t.upos === 'ADJ' || t.upos === 'NUM' || (t.upos === 'PRON' && NE.has(lookupKey(t.form)))) continue;
    if (t.upos !== 'NOUN') return false;
    const before = tokens[j - 1];
    if (before && before.kind === 'word' && OF.has(lookupKey(before.form))) {
      j--;
      continue;
    }
    return MEASURES.has(t.lemma);
  }
  return false;
}

/** Whether « par » and a person (« par la police », « par le juge ») follow token i: the agent. */
function personAgent(tokens: readonly AnalyzedToken[], i: number): boolean {
  const par = tokens[i + 1];
  if (!par || lookupKey(par.form) !== 'par') return false;
  for (let k = i + 2; k < i + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.upos === 'NOUN' || t.upos === 'PROPN') return isPersonNoun(t) || AUTHORITIES.has(t.lemma);
    if (t.upos !== 'DET' && t.upos !== 'ADJ') return false;
  }
  return false;
}
/** Bodies that question people: « entendu par la police ». */
const AUTHORITIES = new Set(['police', 'gendarmerie', 'justice', 'commission', 'tribunal', 'parquet', 'cour', 'juge', 'brigade']);

/** The de that opens a noun's complement. */
const DE_COMPLEMENT = /^(?:de|d'|du|des)$/;

const AMOUNT_SENSE = '(an amount)';
/** au bout de: "after (a duration)" before deux heures, "at the end of" before le chemin. */
const DURATION_SENSE = '(a duration)';
const AFTER_NOUN_SENSE = '(after a noun)';
/** face à: "against (a currency)" before le dollar, "in the face of" before la crise. */
const CURRENCY_SENSE = '(a currency)';
/** The sense of a verbal entry that takes an infinitive (arriver à = to manage to, before one). */
const INFINITIVE_SENSE = '(+ infinitive)';
const CURRENCIES = new Set(['dollar', 'euro', 'yen', 'yuan', 'livre', 'franc', 'rouble', 'roupie', 'won', 'peso', 'real', 'devise', 'monnaie']);

/** Whether a currency (perhaps after its article: « face au dollar », « face à la livre ») starts at j. */
function isCurrency(tokens: readonly AnalyzedToken[], j: number): boolean {
  const at = tokens[j]?.upos === 'DET' ? j + 1 : j;
  return CURRENCIES.has(tokens[at]?.lemma ?? '');
}

/**
 * The entry's gloss with the sense the context calls for first: a sense marked "(an amount)" or "(a
 * duration)" leads only when an amount follows the match, one marked "(after a noun)" only when a noun stands right
 * before it (« une réunion d'urgence »: emergency, not urgently), one marked "(a currency)" only before a
 * currency (« l'euro a progressé face au dollar »: against), one marked "(+ infinitive)" only before an
 * infinitive (« arrivés au Royaume-Uni » reached it, « n'arrive pas à convaincre » cannot manage to);
 * each goes last otherwise.
 */
export function contextGloss(gloss: string, tokens: readonly AnalyzedToken[], first: number, last: number): string {
  if (gloss.includes(AMOUNT_SENSE)) return markedFirst(gloss, AMOUNT_SENSE, isAmount(tokens, last + 1));
  if (gloss.includes(DURATION_SENSE)) return markedFirst(gloss, DURATION_SENSE, isAmount(tokens, last + 1));
  if (gloss.includes(AFTER_NOUN_SENSE)) return markedFirst(gloss, AFTER_NOUN_SENSE, tokens[first - 1]?.upos === 'NOUN');
  if (gloss.includes(CURRENCY_SENSE)) return markedFirst(gloss, CURRENCY_SENSE, isCurrency(tokens, last + 1));
  if (gloss.includes(INFINITIVE_SENSE)) return markedFirst(gloss, INFINITIVE_SENSE, infinitiveFollows(tokens, last + 1));
  return gloss;
}

/** Words of time that d'ici may reach: « d'ici la fin de l'année », « d'ici là », « d'ici lundi ». */
const TIME_WORDS = new Set([
  'fin', 'début', 'mi', 'là', 'peu', 'demain', 'après-demain', 'ce', ...WEEKDAYS, ...MONTHS,
  'seconde', 'minute', 'heure', 'jour', 'semaine', 'mois', 'an', 'année', 'décennie', 'siècle', 'trimestre', 'semestre', 'été', 'automne', 'hiver', 'printemps',
  'noël', 'rentrée', 'élection', 'scrutin', 'sommet', 'échéance', 'date', 'moment', 'horizon', 'soir', 'matin', 'midi', 'week-end', 'à',
]);

/** Whether a time follows at j, perhaps after a determiner, a count or an adjective (« d'ici les prochains jours »). */
function timeFollows(tokens: readonly AnalyzedToken[], j: number): boolean {
  for (let k = j; k < j + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number' || t.upos === 'NUM') return true;
    if (t.kind !== 'word') return false;
    if (TIME_WORDS.has(t.lemma) || TIME_WORDS.has(lookupKey(t.form))) return true;
    if (t.upos !== 'DET' && t.upos !== 'ADJ') return false;
  }
  return false;
}

/** Whether an infinitive stands at j, past object clitics (« à le faire », « à s'y rendre »). */
function infinitiveFollows(tokens: readonly AnalyzedToken[], j: number): boolean {
  let k = j;
  while (tokens[k] !== undefined && tokens[k]!.upos === 'PRON' && k < j + 3) k++;
  const t = tokens[k];
  return t !== undefined && (t.upos === 'VERB' || t.upos === 'AUX') && INFINITIVE.test(lookupKey(t.form));
}

/** The senses marked `mark` first when `lead`, else last. */
function markedFirst(gloss: string, mark: string, lead: boolean): string {
  const senses = gloss.split('; ');
  const marked = senses.filter((s) => s.includes(mark));
  const others = senses.filter((s) => !s.includes(mark));
  return (lead ? [...marked, ...others] : [...others, ...marked]).join('; ');
}

/**
 * Whether the adjective before token j is a predicate the phrase modifies as an adverb (« en partie
 * responsable de », « à la fois simple et efficace »): a complement or a second adjective follows it.
 */
/**
 * « D'abord populaire, le projet… », « Au départ hostile, le parti… »: an adverbial that opens the
 * sentence before an adjective or participle set off by a comma is that adjective's adverb, the
 * phrase detached before the subject, when the adjective agrees with that subject. « Au fond marin,
 * les plongeurs… », « De force égale, les deux équipes… » keep their noun phrase: a singular
 * adjective cannot be said of a plural subject.
 */
function opensDetachedPhrase(tokens: readonly AnalyzedToken[], first: number, adjective: number): boolean {
  const before = tokens[first - 1];
  if (before && !(before.kind !== 'word' && SENTENCE_OPENERS.has(before.form))) return false;
  for (let j = adjective + 1; j < tokens.length && j <= adjective + DETACHED_WINDOW; j++) {
    const t = tokens[j]!;
    if (t.form === ',') return agreesWithSubject(tokens[adjective]!, tokens, j + 1);
    if (t.kind !== 'word' || t.upos === 'AUX' || (t.upos === 'VERB' && !/[éiust]e?s?$/u.test(lookupKey(t.form)))) return false;
  }
  return false;
}
/** What may stand before a sentence's first word: its end, a quote, a dash, a paragraph's break. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '«', '"', '“', '—', '–', '-', ':', ';', '(']);
/** How far the comma that closes a detached adjective phrase may stand (« D'abord refusé par le Sénat, »). */
const DETACHED_WINDOW = 8;

/** Whether a detached adjective agrees in number (and gender, where the words tell) with the subject that starts at j. */
function agreesWithSubject(adjective: AnalyzedToken, tokens: readonly AnalyzedToken[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  const k = lookupKey(t.form);
  const subject = SUBJECT_STARTS[k] ?? (t.upos === 'PROPN' ? '' : undefined);
  if (subject === undefined) return false;
  const form = lookupKey(adjective.form);
  const plural = form !== lookupKey(adjective.lemma) && /[sx]$/u.test(form);
  if (subject.includes('p') !== plural && subject !== '') return false;
  const gender = subject.includes('f') ? 'f' : subject.includes('m') ? 'm' : tokens[j + 1]?.upos === 'NOUN' ? tokens[j + 1]!.gender : undefined;
  return !genderClash(gender, form);
}
/** A subject's first word: s(ingular) or p(lural), and m or f when it tells; « l' », « je » tell no gender. */
const SUBJECT_STARTS: Readonly<Record<string, string>> = {
  le: 'sm', la: 'sf', "l'": 's', un: 'sm', une: 'sf', ce: 'sm', cet: 'sm', cette: 'sf', son: 's', sa: 'sf', mon: 's', ma: 'sf', notre: 's', votre: 's', leur: 's',
  les: 'p', des: 'p', ces: 'p', ses: 'p', mes: 'p', nos: 'p', vos: 'p', leurs: 'p',
  il: 'sm', elle: 'sf', on: 's', je: 's', tu: 's', ils: 'pm', elles: 'pf', nous: 'p', vous: '',
};

function predicative(tokens: readonly AnalyzedToken[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.kind === 'word' && PREDICATE_LINKS.has(lookupKey(t.form));
}
const PREDICATE_LINKS = new Set(['et', 'ou', 'mais', 'à', 'de', "d'", 'que', "qu'", 'pour', 'envers', 'contre', 'sur']);

/** Whether ne/n' stands just before token i, past clitic pronouns (« il ne leur reste que »). */
function afterNe(tokens: readonly AnalyzedToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j]!;
    if (NE.has(lookupKey(t.form))) return true;
    if (t.kind !== 'word' || t.upos !== 'PRON') return false;
  }
  return false;
}

/** Whether the words from j are an amount: a number, perhaps after a determiner or an adverb (« de près de 30 % »). */
function isAmount(tokens: readonly AnalyzedToken[], j: number): boolean {
  for (let k = j; k < j + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    // A number, not an ordinal (« à hauteur du 35e RI » is a place).
    if ((t.upos === 'NUM' || /^\d/.test(t.form)) && !ORDINAL.test(t.form)) return true;
    const key = lookupKey(t.form);
    // « une part de », « un total de »: a noun of quantity measures with its de (« de part et d'autre » is none).
    if (QUANTITY.has(key)) return !QUANTITY_OF.has(key) || DE_COMPLEMENT.test(lookupKey(tokens[k + 1]?.form ?? ''));
    if (t.kind !== 'word' || !(t.upos === 'DET' || t.upos === 'ADV' || t.upos === 'ADP')) return false;
    // « le produit intérieur brut d'ici à 2035 »: a place or time adverb ends the way to an amount.
    if (t.upos === 'ADV' && NOT_BEFORE_AMOUNT.has(lookupKey(t.form))) return false;
  }
  return false;
}
const NOT_BEFORE_AMOUNT = new Set(['ici', 'là', 'alors', 'ensuite', 'aujourd\'hui', 'hier', 'demain', 'maintenant']);
