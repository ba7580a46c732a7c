// Vocabulary items on the lesson's own words: French -> English and English -> French choice,
// typed cloze on the lesson's sentence, and matching five pairs.
import { interchangeable, pickDistractors } from '../distractors';
import { capitalize, fold, frenchPunctuation, LETTER, quote } from '../french';
import { placeAnswer, shuffle, type Rng } from '../rng';
import { around, BLANK, contextOf, cover, plain } from '../snippets';
import type { QuizSource, VocabEntry } from '../source';
import type { ClozeItem, EnFrItem, FrEnItem, MatchItem } from '../types';

const POS_NAMES: Record<string, string> = {
  NOUN: 'noun', VERB: 'verb', ADJ: 'adjective', ADV: 'adverb', ADP: 'preposition', PROPN: 'name',
  DET: 'determiner', PRON: 'pronoun', NUM: 'number', CCONJ: 'conjunction', SCONJ: 'conjunction',
};

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
  return `${quote(e.lemma)} (${POS_NAMES[e.pos] ?? e.pos}${gender}): ${e.senses.join('; ')}.${note}`;
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
      return d ? `${quote(c)} is ${quote(d.lemma)}.` : '';
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
      return d ? `${quote(c)} means ${quote(meaning(d))}.` : '';
    });
    return [{
      kind: 'en-fr' as const,
      gloss: meaning(e),
      pos: e.pos,
      // The English gloss keeps English punctuation: French spacing applies to the frame only.
      prompt: `Quel mot du texte veut dire ${quote(meaning(e))}\u202f?`,
      choices,
      answer,
      choiceNotes: notes,
      evidence: occurrence.span,
      explanation: `${describe(e)} In the text: ${quote(contextOf(source, occurrence.sentence, occurrence.span, 6))}.`,
      keys: [e.key],
    }];
  });
}

const WORD = new RegExp(`^[${LETTER}-]{3,}$`, 'u');
const TYPEABLE = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

/** Typed cloze: a single word of the lesson blanked in its own sentence, the English gloss as hint. */
export function clozeItems(source: QuizSource): Draft<ClozeItem>[] {
  return source.vocab.flatMap((e) => {
    if (e.multiword || !TYPEABLE.has(e.pos) || !e.settled) return [];
    const occurrence = e.occurrences.find((o) => WORD.test(o.surface));
    if (!occurrence) return [];
    const { before, after } = around(source, occurrence.sentence, occurrence.span, 14);
    const hint = `${meaning(e)}, ${occurrence.surface.charAt(0)}…`;
    const form = fold(occurrence.surface) === fold(e.lemma) ? '' : ` Here it is ${quote(occurrence.surface)}, the form of ${quote(e.lemma)} the sentence needs.`;
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
      explanation: chosen.map((e) => `${quote(e.lemma)}: ${meaning(e)}`).join('; '),
      keys: chosen.map((e) => e.key),
    });
  }
  return drafts;
}
