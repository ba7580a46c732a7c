// What the analysis engine finds wrong in a lesson that parses: glossary rows that match nothing in
// the text, words nobody glosses (neither the glossary nor the engine), and a level two or more
// steps away from the engine's estimate. Warnings, not errors: the lesson still reads.
import * as l10n from '@vscode/l10n';
import { estimateLevel, type FrequencyRanks } from '../import/level';
import { CEFR_LEVELS, GLOSSARY_POS } from '../lesson/format';
import { compileGlossary, findGlossMatches } from '../lesson/glossMatch';
import { segmentText, type GlossEntry, type Lesson, type ReaderDocument } from '../lesson/model';
import { buildReaderDocument } from '../lesson/readerDocument';
import { ParseContext } from '../lesson/sections/context';
import { paragraphSource, type SourcePoint } from '../lesson/sections/text';
import { SourceLines } from '../lesson/sourceLines';
import type { Analysis, Analyzer } from '../text/types';
import type { ParsedDraft } from './lessonErrors';
import { lessonLayout, lineRange, tableCells, trimmedLineRange, type TextRange } from './lessonLayout';

export type WarningCode = 'glossary-unmatched' | 'word-unglossed' | 'level-estimate';

export interface LessonWarning {
  code: WarningCode;
  message: string;
  range: TextRange;
  /** The glossary entry a `glossary-unmatched` warning is about. */
  entry?: GlossEntry;
}

export interface AuthoringEngine {
  analyzer: Analyzer;
  ranks: FrequencyRanks;
}

/** What the engine made of a lesson: shared by the warnings, the quick fixes and the hovers. */
export interface LessonAnalysis {
  lesson: Lesson;
  document: ReaderDocument;
  analyses: Analysis[];
  /** The paragraphs (0-based) where a glossary entry matches the text, as the reader matches it. */
  matchesOf(entry: GlossEntry): number[];
  /** Where each paragraph's text stands in the file (per character), when it could be traced. */
  places: Array<SourcePoint[] | undefined>;
  parsed: ParsedDraft;
}

export function analyseLesson(lesson: Lesson, parsed: ParsedDraft, engine: AuthoringEngine): LessonAnalysis {
  const analyses = lesson.paragraphs.map((p) => engine.analyzer.analyze(p.text));
  const document = buildReaderDocument(lesson, engine.analyzer);
  // Entries that gloss a unit of the document match the text; the others are looked for together,
  // once, and any entry asked about later (a hover) on its own.
  const glossing = new Set(document.units.filter((u) => u.origin === 'lesson' || u.origin === 'inline').map((u) => u.lemma));
  const matches = new Map<GlossEntry, number[]>();
  const search = (entries: GlossEntry[]) => {
    const patterns = compileGlossary(entries, engine.analyzer);
    for (const entry of entries) matches.set(entry, []);
    analyses.forEach((a, paragraph) => {
      for (const m of findGlossMatches(patterns, a.tokens)) {
        const found = matches.get(m.entry)!;
        if (!found.includes(paragraph)) found.push(paragraph);
      }
    });
  };
  search(lesson.glossary.filter((e) => !glossing.has(e.headword)));
  const matchesOf = (entry: GlossEntry) => {
    if (!matches.has(entry)) search([entry]);
    return matches.get(entry)!;
  };
  return { lesson, document, analyses, matchesOf, places: tracePlaces(lesson, parsed), parsed };
}

/** Below this many words the level estimate says too little to argue with the author. */
const MIN_WORDS_FOR_LEVEL = 60;

/** Parts of speech whose unglossed words are not worth a warning: names and numbers read as themselves. */
const SELF_EXPLANATORY = new Set(['PROPN', 'NUM', 'PUNCT', 'SYM']);

export function lessonWarnings(analysis: LessonAnalysis, engine: AuthoringEngine): LessonWarning[] {
  const { lesson, parsed } = analysis;
  const warnings: LessonWarning[] = [];
  const fileLines = parsed.text.split('\n');
  const fileLine = (line: number) => (parsed.origin[line - 1] ?? line) - 1;

  const glossing = new Set(analysis.document.units.filter((u) => u.origin === 'lesson' || u.origin === 'inline').map((u) => u.lemma));
  for (const entry of lesson.glossary) {
    if (glossing.has(entry.headword) || analysis.matchesOf(entry).length > 0) continue;
    const cell = tableCells(fileLines[entry.line - 1] ?? '')[0];
    warnings.push({
      code: 'glossary-unmatched',
      message: l10n.t("The glossary entry '{0}' matches nothing in the text.", entry.headword),
      range: cell ? lineRange(fileLine(entry.line), cell.start, cell.end) : trimmedLineRange(fileLines, entry.line - 1),
      entry,
    });
  }

  for (const { unit, paragraph, offset } of unitsInText(analysis.document)) {
    if (unit.gloss.trim() !== '' || unit.origin === 'lesson' || unit.origin === 'inline' || SELF_EXPLANATORY.has(unit.pos)) continue;
    if (!GLOSSARY_POS.includes(unit.pos) && unit.pos !== 'X') continue;
    const range = textRange(analysis, paragraph, offset, offset + unit.text.length, fileLine);
    if (!range) continue;
    warnings.push({
      code: 'word-unglossed',
      message: l10n.t("'{0}' has no gloss: the engine does not know it and the glossary does not cover it.", unit.text),
      range,
    });
  }

  const words = analysis.analyses.reduce((n, a) => n + a.tokens.filter((t) => t.kind === 'word').length, 0);
  const estimate = estimateLevel(analysis.analyses, engine.ranks);
  const gap = CEFR_LEVELS.indexOf(estimate) - CEFR_LEVELS.indexOf(lesson.meta.level);
  if (words >= MIN_WORDS_FOR_LEVEL && Math.abs(gap) >= 2) {
    const line = lessonLayout(parsed.text).fields.get('level') ?? 0;
    const at = (fileLines[line] ?? '').indexOf(lesson.meta.level);
    warnings.push({
      code: 'level-estimate',
      message:
        gap > 0
          ? l10n.t('The lesson says {0}, but its words and sentences read as {1}, {2} levels harder.', lesson.meta.level, estimate, Math.abs(gap))
          : l10n.t('The lesson says {0}, but its words and sentences read as {1}, {2} levels easier.', lesson.meta.level, estimate, Math.abs(gap)),
      range: lineRange(fileLine(line + 1), Math.max(at, 0), at >= 0 ? at + lesson.meta.level.length : (fileLines[line] ?? '').length),
    });
  }
  return warnings;
}

/** Each unit of the document with its paragraph and its offset in that paragraph's text. */
export function unitsInText(document: ReaderDocument): Array<{ unit: ReaderDocument['units'][number]; paragraph: number; offset: number }> {
  const found: Array<{ unit: ReaderDocument['units'][number]; paragraph: number; offset: number }> = [];
  document.paragraphs.forEach((p, paragraph) => {
    let offset = 0;
    for (const sentence of p.sentences) {
      for (const segment of sentence.segments) {
        if ('unit' in segment) {
          const unit = document.units[segment.unit];
          if (unit) {
            if (segment.part === undefined || segment.part === 0) found.push({ unit, paragraph, offset });
            // A discontinuous unit's segment shows one part (« ministre » of « ministre … des
            // Affaires étrangères »): the words between are other segments, so only the part counts.
            offset += segmentText(segment, unit).length;
          }
        } else {
          offset += segment.text.length;
        }
      }
    }
  });
  return found;
}

/** The file range of characters [start, end) of a paragraph's text (on the line of its first character). */
export function textRange(
  analysis: Pick<LessonAnalysis, 'places'>,
  paragraph: number,
  start: number,
  end: number,
  fileLine: (line: number) => number,
): TextRange | undefined {
  const places = analysis.places[paragraph];
  const first = places?.[start];
  const last = places?.[end - 1];
  if (!first || !last) return undefined;
  const endColumn = last.line === first.line ? last.column + 1 : first.column + (end - start);
  return lineRange(fileLine(first.line), first.column, endColumn);
}

/** Reads each paragraph again with the places of its characters; a paragraph that reads differently is left untraced. */
function tracePlaces(lesson: Lesson, parsed: ParsedDraft): Array<SourcePoint[] | undefined> {
  const lines = parsed.text.split('\n');
  const ctx = new ParseContext(lesson.file, new SourceLines(parsed.text));
  return lesson.paragraphs.map((p) => {
    let end = p.line - 1;
    while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
    try {
      const { paragraph, at } = paragraphSource(ctx, lines.slice(p.line - 1, end).join('\n'), p.line);
      return paragraph.text === p.text ? at : undefined;
    } catch {
      return undefined;
    }
  });
}
