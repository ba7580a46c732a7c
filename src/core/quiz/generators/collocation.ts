// Collocation cloze: the small word a collocation fixes (approfondir ___ amitié -> l'; s'opposer ___ -> à),
// chosen among look-alikes that the grammar or the expression rules out.
import * as l10n from '@vscode/l10n';
import { pair } from '../explain';
import { capitalize, fold, frenchPunctuation, LETTER, normalize, quote, startsWithVowel } from '../french';
import { placeAnswer, sample, type Rng } from '../rng';
import { around, BLANK } from '../snippets';
import type { QuizSource, VocabEntry } from '../source';
import type { CollocationItem, Span } from '../types';

type Draft = Omit<CollocationItem, 'id'>;

/** Prepositions a fixed expression can end on (s'opposer à, guidé par, en vue de). */
const PREPOSITIONS = ['à', 'de', 'par', 'pour', 'avec', 'en', 'sur', 'contre', 'dans'];
/**
 * The look-alikes offered instead: grammatical prepositions that rarely make another valid
 * construction (« travailler pour » would be French, so « pour » is not offered against « avec »).
 */
const PREPOSITION_LOOKALIKES = ['à', 'de', 'par', 'en'];

/** Verbs that take both « à » and « de » before an infinitive (« était à faire », « était de faire »). */
const A_OR_DE = new Set(['être', 'commencer', 'continuer', 'obliger', 'forcer', 'décider', 'demander', 'tarder', 'manquer', "s'efforcer"]);

/**
 * Words before the gap that take another look-alike as well: « jusqu'à octobre 2017 » and « jusqu'en
 * octobre 2017 » are both French (tuning s11b, 78), so « en » is no wrong choice after « jusqu' ».
 */
const ALSO_TAKES: Record<string, readonly string[]> = { jusqu: ['en'] };

/** Articles that tell number: wrong choices among them are wrong only if the noun's form tells it too. */
const NUMBERED = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'sa', 'ses']);
/** The singular ones. */
const SINGULAR = new Set(['le', 'la', "l'", 'un', 'une', 'du', 'ce', 'cet', 'cette', 'sa']);
/** Articles that tell gender. */
const GENDERED = new Set(['le', 'la', 'un', 'une', 'du', 'ce', 'cet', 'cette', 'sa']);

/**
 * Whether the word after a determiner leaves exactly one determiner right: not an invariable
 * noun (« un consensus », « des consensus »), not a noun of either gender (« le/la ministre »).
 */
function determinerIsDecided(source: QuizSource, det: string, after: number): boolean {
  const noun = source.tokens.find((t) => t.start >= after && t.kind === 'word');
  if (!noun) return false;
  const invariable = /[sxz]$/u.test(noun.form) && fold(noun.lemma) === fold(noun.form);
  if (invariable && NUMBERED.has(det)) return false;
  // « les tenants du titres »: where the source's determiner and noun disagree in number, the other
  // number's determiner fits the noun as well (« des titres »), so the key is not the one answer (tuning s10f, 86).
  const pluralForm = /[sx]$/u.test(noun.form) && fold(noun.lemma) !== fold(noun.form);
  if (pluralForm && SINGULAR.has(det)) return false;
  const entry = source.vocab.find((v) => fold(v.lemma) === fold(noun.lemma) && v.pos === 'NOUN');
  const either = noun.gender === 'm/f' || entry?.gender === 'm/f' || EPICENE.has(fold(noun.lemma));
  return !(either && GENDERED.has(det));
}

/** « si ce n'est », « le faire »: the word is a pronoun there, no determiner to choose. */
function pronounAt(source: QuizSource, start: number): boolean {
  return source.tokens.some((t) => t.start === start && t.upos === 'PRON');
}

/**
 * « à ce que », « ce qui », « si ce n'est », « ce sera »: a word before a relative pronoun, a
 * conjunction, a clitic or a verb's auxiliary governs no noun, so it is the pronoun « ce » (or part
 * of a fixed conjunction), no determiner to choose.
 */
function noNounAfter(source: QuizSource, after: number): boolean {
  const next = source.tokens.find((t) => t.start >= after && t.kind === 'word');
  if (!next) return true;
  return /^(?:que|qu['’]|qui|dont|quoi|lequel|laquelle|lesquels|lesquelles|ne|n['’])$/iu.test(next.form) || ['PRON', 'SCONJ', 'CCONJ', 'AUX'].includes(next.upos);
}

/** Nouns of the news that take either gender for a man or a woman. */
const EPICENE = new Set(['ministre', 'porte-parole', 'secretaire', 'membre', 'responsable', 'journaliste', 'diplomate', 'juge', 'chef', 'representant', 'dirigeant', 'homologue', 'interlocuteur', 'adjoint']);

/**
 * Determiners, each with the forms of its family that cannot stand where it stands: the wrong
 * gender, number, or elision for the word that follows (so exactly one choice is right).
 */
const DETERMINERS: Record<string, { wrong: string[]; why: () => string }> = {
  le: { wrong: ['la', 'les', "l'"], why: () => l10n.t('masculine singular, before a consonant') },
  la: { wrong: ['le', 'les', "l'"], why: () => l10n.t('feminine singular, before a consonant') },
  "l'": { wrong: ['le', 'la', 'les'], why: () => l10n.t('the article elides before a vowel or mute h') },
  les: { wrong: ['le', 'la', "l'"], why: () => l10n.t('plural') },
  un: { wrong: ['une', 'des'], why: () => l10n.t('masculine singular') },
  une: { wrong: ['un', 'des'], why: () => l10n.t('feminine singular') },
  des: { wrong: ['un', 'une', 'du'], why: () => l10n.t('plural (the plural article, or de + les)') },
  du: { wrong: ['de la', 'des', "de l'"], why: () => l10n.t('masculine singular before a consonant (de + le)') },
  ce: { wrong: ['cette', 'ces', 'cet'], why: () => l10n.t('masculine singular, before a consonant') },
  cet: { wrong: ['ce', 'cette', 'ces'], why: () => l10n.t('masculine singular, before a vowel') },
  cette: { wrong: ['ce', 'cet', 'ces'], why: () => l10n.t('feminine singular') },
  ces: { wrong: ['ce', 'cette', 'cet'], why: () => l10n.t('plural') },
  sa: { wrong: ['son', 'ses'], why: () => l10n.t('feminine singular, before a consonant') },
  ses: { wrong: ['son', 'sa'], why: () => l10n.t('plural') },
};

/** The small words a collocation can fix: prepositions and determiners. */
const SMALL_WORD = new RegExp(
  // Not inside a hyphenated word: the « le » of « cessez-le-feu » is no article to choose.
  `(?<![${LETTER}-])(?:à|de|par|pour|avec|en|sur|contre|dans|le|la|les|des|du|un|une|ce|cet|cette|ces|sa|ses|l['’])(?![${LETTER}-])`,
  'gu',
);

interface Slot {
  collocation: string;
  blank: Span;
  right: string;
  wrong: string[];
  why: string;
  key: string;
}

function withApostrophe(form: string, apostrophe: string): string {
  return form.replace("'", apostrophe);
}

/** The small words inside each occurrence of a multi-word vocabulary entry. */
function expressionSlots(source: QuizSource, e: VocabEntry, prepositionsOf: Governed | undefined): Slot[] {
  const slots: Slot[] = [];
  const occurrence = e.occurrences[0];
  if (!e.multiword || !occurrence) return slots;
  const lemmaWords = normalize(e.lemma).split(/[\s']+/u);
  const governed = lemmaWords[lemmaWords.length - 1] ?? '';
  const re = SMALL_WORD;
  const surface = occurrence.surface;
  for (const m of surface.matchAll(re)) {
    const word = m[0];
    const key = normalize(word);
    if (m.index === 0) continue;
    const start = occurrence.span.start + m.index;
    const blank = { start, end: start + word.length };
    const last = start + word.length === occurrence.span.end;
    if (PREPOSITIONS.includes(key)) {
      // Only the preposition the expression governs, at its end: « s'opposer à ».
      if (!last || key !== governed) continue;
      // After a noun, « de » could make a valid complement (« réunion de »): not offered there.
      // « être de faire » / « être à faire »: both French, so not asked.
      if ((key === 'à' || key === 'de') && A_OR_DE.has(lemmaWords.slice(0, -1).join(' ').replace(/^s /u, "s'"))) continue;
      const head = lemmaWords.slice(0, -1).join(' ');
      // « œuvrer pour » and « œuvrer à » are both in the lexicon (review 14, item 147): a preposition the
      // head's other entries take is no wrong choice; a head the data does not know is not asked.
      const takes = prepositionsOf?.(e.lemma.trim().replace(/\s+\S+$/u, ''));
      if (takes !== undefined && takes.length === 0) continue;
      const wrong = PREPOSITION_LOOKALIKES.filter((p) => p !== key && !lemmaWords.includes(p) && !(e.pos === 'NOUN' && p === 'de') && !ALSO_TAKES[head]?.includes(p) && !takes?.includes(p));
      slots.push({ collocation: e.lemma, blank, right: word, wrong, why: l10n.t('the expression {0} takes {1}', quote(e.lemma), quote(word)), key: e.key });
    } else if (DETERMINERS[key] && !pronounAt(source, blank.start) && !noNounAfter(source, blank.end) && determinerIsDecided(source, key, blank.end)) {
      const apostrophe = word.includes('’') ? '’' : "'";
      const det = DETERMINERS[key] as { wrong: string[]; why: () => string };
      slots.push({ collocation: surface, blank, right: word, wrong: det.wrong.map((w) => withApostrophe(w, apostrophe)), why: pair(quote(word), det.why()), key: e.key });
    }
  }
  return slots;
}

/** The prepositions the lexicon's expressions put after a head (QuizOptions.governed). */
type Governed = (head: string) => readonly string[];

export function collocationItems(source: QuizSource, rng: Rng, governed?: Governed): Draft[] {
  // Only the small words a fixed expression holds (« s'opposer à », « pour sa part »): an article after a
  // verb (« approfondir l'amitié ») exercises grammar, not the lesson's vocabulary, and is not asked.
  const slots = source.vocab.flatMap((e) => expressionSlots(source, e, governed));
  const seen = new Set<number>();
  return slots.flatMap((slot) => {
    if (seen.has(slot.blank.start)) return [];
    seen.add(slot.blank.start);
    if (source.text.slice(slot.blank.start, slot.blank.end) !== slot.right) return [];
    const wrong = sample(slot.wrong.filter((w) => fold(w) !== fold(slot.right)), 3, rng);
    if (wrong.length < 2) return [];
    const sentence = source.sentences.find((s) => s.start <= slot.blank.start && slot.blank.end <= s.end);
    if (!sentence) return [];
    const { before, after } = around(source, sentence, slot.blank, 6);
    const gap = `${before}${BLANK}${/['’]$/u.test(slot.right) ? ' ' : ''}${after}`;
    const { choices, answer } = placeAnswer(slot.right, wrong, rng);
    return [{
      kind: 'collocation' as const,
      collocation: slot.collocation,
      before,
      after,
      blank: slot.blank,
      prompt: frenchPunctuation(`Complétez : ${quote(gap)}`),
      choices,
      answer,
      evidence: sentence,
      explanation: l10n.t('{0}: {1}.', capitalize(slot.why), quote(contextText(source, slot.blank, sentence))),
      keys: [slot.key],
    }];
  });
}

function contextText(source: QuizSource, blank: Span, sentence: Span): string {
  const { before, after } = around(source, sentence, blank, 4);
  return `${before}${source.text.slice(blank.start, blank.end)}${after}`;
}

