// Vocabulary items on the lesson's own words: French -> English and English -> French choice,
// typed cloze on the lesson's sentence, and matching five pairs.
import * as l10n from '@vscode/l10n';
import { clauses, pair } from '../explain';
import { glossesOverlap, interchangeable, pickDistractors } from '../distractors';
import { capitalize, fold, frenchPunctuation, LETTER, quote } from '../french';
import { placeAnswer, shuffle, type Rng } from '../rng';
import { around, BLANK, contextOf, cover, plain } from '../snippets';
import { splitSenses, type QuizSource, type VocabEntry } from '../source';
import type { ClozeItem, EnFrItem, FrEnItem, MatchItem } from '../types';

function posName(pos: string): string {
  switch (pos) {
    case 'NOUN': return l10n.t('noun');
    case 'VERB': return l10n.t('verb');
    case 'ADJ': return l10n.t('adjective');
    case 'ADV': return l10n.t('adverb');
    case 'ADP': return l10n.t('preposition');
    case 'PROPN': return l10n.t('name');
    case 'DET': return l10n.t('determiner');
    case 'PRON': return l10n.t('pronoun');
    case 'NUM': return l10n.t('number');
    case 'CCONJ': case 'SCONJ': return l10n.t('conjunction');
    default: return pos;
  }
}

/** The main sense, without its parenthetical (« head of state (plural: heads of state) » -> « head of state »). */
export function meaning(e: VocabEntry): string {
  const sense = e.senses[0] as string;
  return sense.replace(/\s*\([^)]*\)/gu, '').trim() || sense;
}

/** A word spelt like its gloss (« final »: final) makes no translation question. */
function transparent(e: VocabEntry): boolean {
  return fold(meaning(e)).replace(/^to /u, '') === fold(e.lemma);
}

/** Entries worth a translation question: the sense the text uses is known, and it is not spelt like its English. */
function translatable(source: QuizSource): VocabEntry[] {
  return source.vocab.filter((e) => e.settled && !transparent(e));
}

/** « approfondir » (verb): to deepen. plus the lesson's note, if any. */
export function describe(e: VocabEntry): string {
  const gender = e.gender && e.pos === 'NOUN' ? `, ${e.gender}` : '';
  const noteText = e.note ? plain(e.note).trim() : '';
  const note = noteText ? ` ${capitalize(noteText)}${/[.!?]$/u.test(noteText) ? '' : '.'}` : '';
  return `${l10n.t('{0} ({1}): {2}.', quote(e.lemma), `${posName(e.pos)}${gender}`, e.senses.join('; '))}${note}`;
}

type Draft<T> = Omit<T, 'id'>;

export function frEnItems(source: QuizSource, rng: Rng): Draft<FrEnItem>[] {
  const pool = translatable(source);
  return pool.flatMap((e) => {
    const wrong = pickDistractors(e, pool, 3, rng, meaning);
    const occurrence = e.occurrences[0];
    if (wrong.length < 2 || !occurrence) return [];
    const { choices, answer } = placeAnswer(meaning(e), wrong.map(meaning), rng);
    const notes = choices.map((c) => {
      const d = wrong.find((w) => meaning(w) === c);
      return d ? l10n.t('{0} is {1}.', quote(c), quote(d.lemma)) : '';
    });
    const context = contextOf(source, occurrence.sentence, occurrence.span, 8);
    return [{
      kind: 'fr-en' as const,
      term: occurrence.surface,
      pos: e.pos,
      prompt: frenchPunctuation(`Dans ${quote(context)}, que veut dire ${quote(occurrence.surface)} ?`),
      choices,
      answer,
      choiceNotes: notes,
      evidence: occurrence.span,
      explanation: describe(e),
      keys: [e.key],
    }];
  });
}

export function enFrItems(source: QuizSource, rng: Rng): Draft<EnFrItem>[] {
  const pool = translatable(source);
  return pool.flatMap((e) => {
    const wrong = pickDistractors(e, pool, 3, rng, (x) => x.lemma);
    const occurrence = e.occurrences[0];
    if (wrong.length < 2 || !occurrence) return [];
    const { choices, answer } = placeAnswer(e.lemma, wrong.map((w) => w.lemma), rng);
    const notes = choices.map((c) => {
      const d = wrong.find((w) => w.lemma === c);
      return d ? l10n.t('{0} means {1}.', quote(c), quote(meaning(d))) : '';
    });
    return [{
      kind: 'en-fr' as const,
      gloss: meaning(e),
      pos: e.pos,
      // The English gloss keeps English punctuation: French spacing applies to the frame only.
      // l10n-exempt: French quiz prompt
      prompt: `Quel mot du texte veut dire ${quote(meaning(e))}\u202f?`,
      choices,
      answer,
      choiceNotes: notes,
      evidence: occurrence.span,
      explanation: `${describe(e)} ${l10n.t('In the text: {0}.', quote(contextOf(source, occurrence.sentence, occurrence.span, 6)))}`,
      keys: [e.key],
    }];
  });
}

const WORD = new RegExp(`^[${LETTER}-]{3,}$`, 'u');
const TYPEABLE = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

/**
 * Another single word of the lesson (quizzed or not) that the hint fits as well as the key: the same
 * part of speech, first letter and English sense. « (driver, c…) » for « il ne s'agit pas du _____ du
 * camion » keyed « chauffeur » is answered as fairly by « conducteur », which the lesson also has
 * (review 12, item 6). Such a cloze is not made, rather than the check accepting the other word: the
 * item asks for « le mot du texte », its explanation and form correction are about the key, and the
 * other word's form (gender, number, tense) is not known to fit the frame.
 */
function rivalOfHint(source: QuizSource, e: VocabEntry, sense: string, letter: string): string | undefined {
  const fits = (lemma: string, pos: string, senses: readonly string[]): boolean =>
    pos === e.pos && fold(lemma) !== fold(e.lemma) && fold(lemma.charAt(0)) === letter && glossesOverlap([sense], senses);
  const quizzed = source.vocab.find((v) => !v.multiword && fits(v.lemma, v.pos, v.senses));
  if (quizzed) return quizzed.lemma;
  const token = source.tokens.find((t) => (t.gloss || t.senses) && fits(t.lemma, t.upos, t.senses ?? splitSenses(t.gloss ?? '')));
  return token?.lemma;
}

/** Typed cloze: a single word of the lesson blanked in its own sentence, the English gloss as hint. */
export function clozeItems(source: QuizSource): Draft<ClozeItem>[] {
  return source.vocab.flatMap((e) => {
    if (e.multiword || !TYPEABLE.has(e.pos) || !e.settled) return [];
    const occurrence = e.occurrences.find((o) => WORD.test(o.surface));
    if (!occurrence) return [];
    if (rivalOfHint(source, e, meaning(e), fold(occurrence.surface.charAt(0)))) return [];
    const { before, after } = around(source, occurrence.sentence, occurrence.span, 14);
    const hint = `${meaning(e)}, ${occurrence.surface.charAt(0)}…`;
    const form = fold(occurrence.surface) === fold(e.lemma) ? '' : ` ${l10n.t('Here it is {0}, the form of {1} the sentence needs.', quote(occurrence.surface), quote(e.lemma))}`;
    return [{
      kind: 'cloze' as const,
      before,
      after,
      blank: occurrence.span,
      answer: occurrence.surface,
      lemma: e.lemma,
      pos: e.pos,
      hint,
      prompt: frenchPunctuation(`Complétez avec le mot du texte (${hint}) : ${quote(`${before}${BLANK}${after}`)}`),
      evidence: occurrence.sentence,
      explanation: `${describe(e)}${form}`,
      keys: [e.key],
    }];
  });
}

/** Matching: five French terms with their English glosses, no two glosses alike. */
export function matchItems(source: QuizSource, rng: Rng, count = 3): Draft<MatchItem>[] {
  const drafts: Draft<MatchItem>[] = [];
  for (let attempt = 0; attempt < count; attempt++) {
    const chosen: VocabEntry[] = [];
    for (const e of shuffle(translatable(source), rng)) {
      if (chosen.length === 5) break;
      if (!e.occurrences[0] || chosen.some((c) => interchangeable(c, e) || fold(meaning(c)) === fold(meaning(e)))) continue;
      chosen.push(e);
    }
    if (chosen.length < 5) break;
    const right = shuffle(chosen.map(meaning), rng);
    const spans = chosen.map((e) => (e.occurrences[0] as { span: { start: number; end: number } }).span);
    drafts.push({
      kind: 'match',
      left: chosen.map((e) => e.lemma),
      right,
      answer: chosen.map((e) => right.indexOf(meaning(e))),
      pairEvidence: spans,
      prompt: frenchPunctuation('Associez chaque mot du texte à sa traduction :'),
      evidence: cover(spans),
      explanation: clauses(chosen.map((e) => pair(quote(e.lemma), meaning(e)))),
      keys: chosen.map((e) => e.key),
    });
  }
  return drafts;
}
