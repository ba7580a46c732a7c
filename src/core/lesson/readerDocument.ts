// Lesson + analysis engine -> the reader document: every word a glossed unit, multi-word
// expressions as one unit, punctuation and spaces as plain text, sentences with their translation.
import type { AnalyzedToken, Analyzer, ExpressionMatch, Gender, Upos } from '../text/types';
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
    const unitsHere = spans.map((span, i) => toUnit(span, units.length + i, paragraph.text, analysis.tokens, renderNote));
    markRepairs(unitsHere, analysis.tokens, spans, paragraph.text, repairs);
    for (const unit of unitsHere) units.push(unit);

    const boundaries = analysis.sentences.length > 0 ? analysis.sentences.map((s) => s.start) : [0];
    const segmented = segmentSentences(paragraph.text, boundaries, unitsHere, spans, analysis.tokens);
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
    for (let i = span.first; i <= span.last; i++) claimed[i] = true;
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
  for (const expression of expressions) {
    if (free(expression.first, expression.last)) claim(fromExpression(expression));
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
  return {
    first: e.first,
    last: e.last,
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
  const lemma = normalizeApostrophes(span.lemma.normalize('NFC'));
  return {
    id,
    text: text.slice(start, end),
    lemma: span.lemma,
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

/**
 * Marks the units a repair note changed. Only the changed letters count (`la tache → la tâche`
 * marks `tâche`, not `la`), unless the repair only deleted text.
 */
function markRepairs(
  units: ReaderUnit[],
  tokens: readonly AnalyzedToken[],
  spans: Span[],
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
      // Spans are in text order: start at the first that ends after `a` (a repaired letter
      // repeated through a paragraph must not cost spans × occurrences).
      for (let i = firstEndingAfter(spans, tokens, a); i < spans.length; i++) {
        const span = spans[i] as Span;
        if ((tokens[span.first] as AnalyzedToken).start >= b) break;
        const unit = units[i];
        if (unit) unit.repairedFrom = from;
      }
    }
  }
}

/** Index of the first span (in text order) whose text ends after `offset`. */
function firstEndingAfter(spans: Span[], tokens: readonly AnalyzedToken[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[(spans[mid] as Span).last] as AnalyzedToken).end > offset) hi = mid;
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
  spans: Span[],
  tokens: readonly AnalyzedToken[],
): ReaderSegment[][] {
  const sentences: ReaderSegment[][] = [];
  let cursor = 0;
  let next = 0;
  boundaries.forEach((_, s) => {
    const end = s + 1 < boundaries.length ? (boundaries[s + 1] as number) : text.length;
    const segments: ReaderSegment[] = [];
    while (next < spans.length) {
      const span = spans[next] as Span;
      const start = (tokens[span.first] as AnalyzedToken).start;
      if (start >= end) break;
      if (start > cursor) segments.push({ text: text.slice(cursor, start) });
      segments.push({ unit: (units[next] as ReaderUnit).id });
      cursor = (tokens[span.last] as AnalyzedToken).end;
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
