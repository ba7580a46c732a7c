// Lesson + analysis engine -> the reader document: every word a glossed unit, multi-word
// expressions as one unit, punctuation and spaces as plain text, sentences with their translation.
// A discontinuous expression (tirait alors « la sonnette d'alarme ») is one unit shown in parts:
// each part is a segment naming the unit and the part, and the words between are units of their own.
import type { AnalyzedToken, Analyzer, ExpressionMatch, Gender, Upos } from '../text/types';
import { impersonalHeadword } from '../text/impersonal';
import {
  compileGlossary,
  findGlossMatches,
  normalizeApostrophes,
  sameSpelling,
  type GlossMatch,
  type GlossPattern,
} from './glossMatch';
import { checkParagraphSize } from './limits';
import { renderInlineNote, renderSafeMarkdown } from './markdown';
import type {
  GlossOrigin,
  InlineGloss,
  Lesson,
  Note,
  Paragraph,
  ReaderDocument,
  ReaderParagraph,
  ReaderSegment,
  ReaderSentence,
  ReaderUnit,
} from './model';

/** A unit before ids are given: where it stands in its paragraph and what it says. */
interface Span {
  first: number;
  last: number;
  lemma: string;
  pos: Upos;
  gender?: Gender;
  gloss: string;
  note?: string;
  origin: GlossOrigin;
  /** Expressions are keyed `expression|EXPR` whatever their head's tag. */
  expression: boolean;
  /** A discontinuous expression's own tokens (the others in first..last belong to other units). */
  parts?: number[];
}

/** A run of consecutive tokens of one span: the whole span, or one part of a discontinuous one. */
interface Piece {
  /** Index of its span (and unit) in the paragraph. */
  span: number;
  /** Which part of a discontinuous span, else undefined. */
  part?: number;
  first: number;
  last: number;
}

/** Throws LessonParseError for a paragraph over the parser's limits (a lesson not read from a file). */
export function buildReaderDocument(lesson: Lesson, analyzer: Analyzer): ReaderDocument {
  const steps = documentSteps(lesson, analyzer);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same document, with `pause()` awaited after each paragraph: the extension host builds a long
 * lesson in slices (one paragraph is at most MAX_PARAGRAPH_CHARS) and stays responsive meanwhile.
 */
export async function buildReaderDocumentInSlices(lesson: Lesson, analyzer: Analyzer, pause: () => Promise<void>): Promise<ReaderDocument> {
  const steps = documentSteps(lesson, analyzer);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Builds the document, yielding after each paragraph. */
function* documentSteps(lesson: Lesson, analyzer: Analyzer): Generator<void, ReaderDocument> {
  for (const paragraph of lesson.paragraphs) checkParagraphSize(paragraph.text, paragraph.line, lesson.file);
  const patterns = compileGlossary(lesson.glossary, analyzer);
  const repairs = lesson.notes.filter((n): n is Note & { repair: { from: string; to: string } } => n.repair !== undefined);
  const units: ReaderUnit[] = [];
  const renderNote = memoize((note: string) => {
    const { text, html } = renderInlineNote(note);
    return { note: text, noteHtml: html };
  });
  let sentenceId = 0;

  const paragraphs: ReaderParagraph[] = [];
  for (const paragraph of lesson.paragraphs) {
    const analysis = analyzer.analyze(paragraph.text);
    const spans = glossParagraph(paragraph, analysis.tokens, analysis.expressions, patterns);
    const pieces = piecesOf(spans);
    const unitsHere = spans.map((span, i) => toUnit(span, units.length + i, paragraph.text, analysis.tokens, renderNote));
    markRepairs(unitsHere, analysis.tokens, pieces, paragraph.text, repairs);
    for (const unit of unitsHere) units.push(unit);

    const boundaries = analysis.sentences.length > 0 ? analysis.sentences.map((s) => s.start) : [0];
    const segmented = segmentSentences(paragraph.text, boundaries, unitsHere, pieces, analysis.tokens);
    const sentences = segmented.map((segments): ReaderSentence => {
      const sentence: ReaderSentence = { id: sentenceId, segments };
      const translation = lesson.translation?.mode === 'sentence' ? lesson.translation.sentences[sentenceId] : undefined;
      if (translation !== undefined) sentence.translation = translation;
      sentenceId += 1;
      return sentence;
    });
    paragraphs.push({ sentences });
    yield;
  }

  if (lesson.translation?.mode === 'paragraph') {
    const translations = lesson.translation.paragraphs;
    paragraphs.forEach((p, i) => {
      const translation = translations[i];
      if (translation !== undefined) p.translation = translation;
    });
  }
  return {
    lessonId: lesson.id,
    meta: lesson.meta,
    paragraphs,
    units,
    occurrences: linkOccurrences(units),
    notes: lesson.notes.map((n) => ({ kind: n.kind, title: n.title, html: renderSafeMarkdown(n.body) })),
    ...(lesson.translation?.machine !== undefined && { translationBy: lesson.translation.machine }),
  };
}

/**
 * The units of one paragraph in text order. Tokens are claimed in order of authority: inline
 * glosses, then glossary matches (longest first), then the engine's expressions, then single words.
 */
function glossParagraph(
  paragraph: Paragraph,
  tokens: readonly AnalyzedToken[],
  expressions: readonly ExpressionMatch[],
  patterns: GlossPattern[],
): Span[] {
  const spans: Span[] = [];
  const claimed = new Array<boolean>(tokens.length).fill(false);
  const free = (first: number, last: number) => claimed.slice(first, last + 1).every((c) => !c);
  const claim = (span: Span) => {
    if (span.parts) for (const i of span.parts) claimed[i] = true;
    else for (let i = span.first; i <= span.last; i++) claimed[i] = true;
    spans.push(span);
  };
  const matches = findGlossMatches(patterns, tokens);

  for (const override of paragraph.overrides) {
    const range = tokenRange(tokens, override);
    if (!range || !free(range.first, range.last)) continue;
    const underlying = describeRange(paragraph.text, range, tokens, expressions, matches, patterns);
    claim({ ...underlying, gloss: override.gloss, origin: 'inline' });
  }
  for (const match of matches) {
    if (free(match.first, match.last)) claim(fromGlossary(match));
  }
  // An expression needs only its own tokens: the words between its parts stay for other units.
  for (const expression of expressions) {
    if (expression.parts.every((i) => !claimed[i])) claim(fromExpression(expression));
  }
  tokens.forEach((token, i) => {
    if (token.kind === 'word' && !claimed[i]) claim(fromToken(token, i));
  });
  return spans.sort((a, b) => a.first - b.first);
}

/** The tokens an inline gloss covers (any token it overlaps). */
function tokenRange(tokens: readonly AnalyzedToken[], override: InlineGloss): { first: number; last: number } | undefined {
  const inside = tokens.flatMap((t, i) => (t.start < override.end && t.end > override.start ? [i] : []));
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** What a range of tokens is when an inline gloss replaces only its gloss: glossary, expression or word. */
function describeRange(
  text: string,
  { first, last }: { first: number; last: number },
  tokens: readonly AnalyzedToken[],
  expressions: readonly ExpressionMatch[],
  matches: GlossMatch[],
  patterns: GlossPattern[],
): Span {
  const match = matches.find((m) => m.first === first && m.last === last);
  if (match) return fromGlossary(match);
  const expression = expressions.find((e) => e.first === first && e.last === last);
  if (expression) return fromExpression(expression);
  const token = tokens[first] as AnalyzedToken;
  const form = text.slice(token.start, (tokens[last] as AnalyzedToken).end);
  // An inline gloss often marks a form the glossary spells differently (`Asie pacifique` for
  // `Asie-Pacifique`): the entry still gives the lemma, tag and key.
  const spelled = patterns.find((p) => sameSpelling(form, p.entry.headword));
  if (spelled) return fromGlossary({ entry: spelled.entry, first, last }, spelled.tokens.length);
  if (first === last) return fromToken(token, first);
  return { first, last, lemma: form.toLowerCase(), pos: token.upos, gloss: '', origin: 'inline', expression: true };
}

/** `headwordTokens`: an entry is an expression when its headword is more than one token. */
function fromGlossary({ entry, first, last }: GlossMatch, headwordTokens = last - first + 1): Span {
  return {
    first,
    last,
    lemma: entry.headword,
    pos: entry.pos,
    ...(entry.gender && { gender: entry.gender }),
    gloss: entry.gloss,
    ...(entry.note !== undefined && { note: entry.note }),
    origin: 'lesson',
    expression: headwordTokens > 1,
  };
}

function fromExpression(e: ExpressionMatch): Span {
  const contiguous = e.parts.length === e.last - e.first + 1;
  return {
    first: e.first,
    last: e.last,
    ...(!contiguous && { parts: e.parts }),
    lemma: e.lemma,
    pos: e.upos,
    gloss: e.gloss,
    ...(e.note !== undefined && { note: e.note }),
    origin: 'core',
    expression: true,
  };
}

function fromToken(token: AnalyzedToken, index: number): Span {
  return {
    first: index,
    last: index,
    lemma: token.lemma,
    pos: token.upos,
    ...(token.gender && { gender: token.gender }),
    gloss: token.gloss ?? '',
    origin: token.glossSource ?? 'auto',
    expression: false,
  };
}

function toUnit(
  span: Span,
  id: number,
  text: string,
  tokens: readonly AnalyzedToken[],
  renderNote: (note: string) => { note: string; noteHtml: string },
): ReaderUnit {
  const start = (tokens[span.first] as AnalyzedToken).start;
  const end = (tokens[span.last] as AnalyzedToken).end;
  // A lesson written before impersonal headwords were conjugated may say « il s'agir de ».
  const headword = span.expression ? impersonalHeadword(span.lemma) : span.lemma;
  const lemma = normalizeApostrophes(headword.normalize('NFC'));
  const parts = span.parts && runsOf(span.parts).map(([a, b]) => text.slice((tokens[a] as AnalyzedToken).start, (tokens[b] as AnalyzedToken).end));
  return {
    id,
    text: parts ? parts.join(' … ') : text.slice(start, end),
    ...(parts && { parts }),
    lemma: headword,
    pos: span.pos,
    ...(span.gender && { gender: span.gender }),
    gloss: span.gloss,
    ...(span.note !== undefined && renderNote(span.note)),
    origin: span.origin,
    multiword: span.last > span.first,
    key: span.expression ? `${lemma}|EXPR` : `${lemma}|${span.pos}`,
    occurrenceList: -1,
  };
}

/** Runs of consecutive indices: [3, 5, 6, 7] -> [[3, 3], [5, 7]]. */
function runsOf(indices: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const i of indices) {
    const run = runs[runs.length - 1];
    if (run && run[1] === i - 1) run[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** The spans' pieces in text order: they never overlap, whereas a discontinuous span holds others. */
function piecesOf(spans: Span[]): Piece[] {
  const pieces: Piece[] = [];
  spans.forEach((span, i) => {
    if (!span.parts) pieces.push({ span: i, first: span.first, last: span.last });
    else runsOf(span.parts).forEach(([first, last], part) => pieces.push({ span: i, part, first, last }));
  });
  return pieces.sort((a, b) => a.first - b.first);
}

/**
 * Marks the units a repair note changed. Only the changed letters count (`la tache → la tâche`
 * marks `tâche`, not `la`), unless the repair only deleted text.
 */
function markRepairs(
  units: ReaderUnit[],
  tokens: readonly AnalyzedToken[],
  pieces: Piece[],
  text: string,
  repairs: Array<{ repair: { from: string; to: string } }>,
): void {
  for (const { repair } of repairs) {
    const { from, to } = repair;
    let prefix = 0;
    while (prefix < Math.min(from.length, to.length) && from[prefix] === to[prefix]) prefix++;
    let suffix = 0;
    while (suffix < Math.min(from.length, to.length) - prefix && from[from.length - 1 - suffix] === to[to.length - 1 - suffix]) {
      suffix++;
    }
    const changed = prefix < to.length - suffix ? [prefix, to.length - suffix] : [0, to.length];
    for (let at = text.indexOf(to); at >= 0; at = text.indexOf(to, at + 1)) {
      const [a, b] = [at + (changed[0] ?? 0), at + (changed[1] ?? to.length)];
      // Pieces are in text order: start at the first that ends after `a` (a repaired letter
      // repeated through a paragraph must not cost pieces × occurrences).
      for (let i = firstEndingAfter(pieces, tokens, a); i < pieces.length; i++) {
        const piece = pieces[i] as Piece;
        if ((tokens[piece.first] as AnalyzedToken).start >= b) break;
        const unit = units[piece.span];
        if (unit) unit.repairedFrom = from;
      }
    }
  }
}

/** Index of the first piece (in text order) whose text ends after `offset`. */
function firstEndingAfter(pieces: Piece[], tokens: readonly AnalyzedToken[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[(pieces[mid] as Piece).last] as AnalyzedToken).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Cuts a paragraph into sentences of segments. Sentence i runs from its start to the next
 * sentence's start (the first from 0, the last to the end), so every character is in exactly
 * one segment and the segments give back the text.
 */
function segmentSentences(
  text: string,
  boundaries: number[],
  units: ReaderUnit[],
  pieces: Piece[],
  tokens: readonly AnalyzedToken[],
): ReaderSegment[][] {
  const sentences: ReaderSegment[][] = [];
  let cursor = 0;
  let next = 0;
  boundaries.forEach((_, s) => {
    const end = s + 1 < boundaries.length ? (boundaries[s + 1] as number) : text.length;
    const segments: ReaderSegment[] = [];
    while (next < pieces.length) {
      const piece = pieces[next] as Piece;
      const start = (tokens[piece.first] as AnalyzedToken).start;
      if (start >= end) break;
      if (start > cursor) segments.push({ text: text.slice(cursor, start) });
      const unit = (units[piece.span] as ReaderUnit).id;
      segments.push(piece.part === undefined ? { unit } : { unit, part: piece.part });
      cursor = (tokens[piece.last] as AnalyzedToken).end;
      next += 1;
    }
    if (cursor < end) {
      segments.push({ text: text.slice(cursor, end) });
      cursor = end;
    }
    sentences.push(segments);
  });
  return sentences;
}

/** One list of unit ids per vocabulary key; each unit points at its key's list. Linear in units. */
function linkOccurrences(units: ReaderUnit[]): number[][] {
  const lists: number[][] = [];
  const listOfKey = new Map<string, number>();
  for (const unit of units) {
    let index = listOfKey.get(unit.key);
    if (index === undefined) {
      index = lists.push([]) - 1;
      listOfKey.set(unit.key, index);
    }
    (lists[index] as number[]).push(unit.id);
    unit.occurrenceList = index;
  }
  return lists;
}

/** The same note text is rendered once per document, however many units share it. */
function memoize<T>(render: (note: string) => T): (note: string) => T {
  const cache = new Map<string, T>();
  return (note) => {
    const hit = cache.get(note);
    if (hit !== undefined) return hit;
    const value = render(note);
    cache.set(note, value);
    return value;
  };
}
