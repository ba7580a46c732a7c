// Quick fixes for lesson files, as text edits: glossary rows for what the glossary leaves to the
// engine, an evidence quote replaced by the nearest passage of the text, a near-miss glossary
// entry corrected to the form in the text, and a `## Translation` skeleton.
import * as l10n from '@vscode/l10n';
import { selectVocabulary } from '../import/vocabulary';
import { GENDERED_POS } from '../lesson/format';
import { normalizeApostrophes, sameSpelling } from '../lesson/glossMatch';
import type { GlossEntry, Lesson } from '../lesson/model';
import { levenshtein } from '../text/editDistance';
import { splitSentences } from '../text/tokenizer';
import { lessonLayout, lineRange, tableCells, type TextRange } from './lessonLayout';
import type { AuthoringEngine, LessonAnalysis } from './lessonWarnings';

export interface TextEdit {
  range: TextRange;
  newText: string;
}

export interface LessonFix {
  title: string;
  edits: TextEdit[];
}

/**
 * Rows for the expressions and words the text holds and the glossary leaves to the engine: the
 * engine's expressions, and the words rarer than the lesson's level covers (the importer's choice),
 * with POS, gender and gloss from the engine, in order of appearance, after the last row.
 */
export function glossaryRowsFix(source: string, analysis: LessonAnalysis, engine: AuthoringEngine): LessonFix | undefined {
  const { lesson, document } = analysis;
  const layout = lessonLayout(source);
  const glossary = layout.glossary;
  const lastRow = glossary?.rows[glossary.rows.length - 1];
  if (!glossary || lastRow === undefined) return undefined;

  const covered = new Set(document.units.filter((u) => u.origin === 'lesson' || u.origin === 'inline').map((u) => u.key));
  const leftToEngine = new Set(document.units.filter((u) => u.origin === 'core' || u.origin === 'auto').map((u) => u.key));
  const rows = selectVocabulary(analysis.analyses, engine.ranks, lesson.meta.level, covered).filter((row) => {
    const key = `${normalizeApostrophes(row.headword)}|${row.headword.includes(' ') ? 'EXPR' : row.pos}`;
    return row.gloss.trim() !== '' && leftToEngine.has(key) && !lesson.glossary.some((e) => sameSpelling(e.headword, row.headword));
  });
  if (rows.length === 0) return undefined;

  const width = glossary.columns.length;
  const lines = rows.map((row) => {
    const cells = [row.headword, row.pos, row.gender && GENDERED_POS.includes(row.pos) ? row.gender : '', row.gloss, row.note ?? ''];
    return `| ${cells.slice(0, width).map(tableCell).join(' | ')} |`;
  });
  const end = (layout.lines[lastRow] ?? '').length;
  const title =
    rows.length === 1
      ? l10n.t("Add glossary rows for '{0}' the glossary leaves to the engine", rows[0]!.headword)
      : l10n.t('Add glossary rows for the {0} expressions and words the glossary leaves to the engine', rows.length);
  return { title, edits: [{ range: lineRange(lastRow, end, end), newText: `\n${lines.join('\n')}` }] };
}

/** The quote (1-based `line`, the error's) replaced by the passage of the text nearest to it. */
export function evidenceFix(source: string, line: number, lesson: Pick<Lesson, 'paragraphs'>): LessonFix | undefined {
  const lines = source.split(/\r?\n/);
  const first = line - 1;
  const quoteLine = /^([ \t]*)>[ \t]?(.*)$/;
  const opening = quoteLine.exec(lines[first] ?? '');
  if (!opening) return undefined;
  let last = first;
  const parts = [opening[2] ?? ''];
  while (quoteLine.test(lines[last + 1] ?? '') && (lines[last + 1] ?? '').trim() !== '>') {
    last++;
    parts.push(quoteLine.exec(lines[last] ?? '')?.[2] ?? '');
  }
  const passage = nearestPassage(parts.join(' ').trim(), lesson.paragraphs.map((p) => p.text));
  if (!passage) return undefined;
  return {
    title: l10n.t("Quote the text: '{0}'", passage),
    edits: [{ range: { start: { line: first, character: 0 }, end: { line: last, character: (lines[last] ?? '').length } }, newText: `${opening[1] ?? ''}> ${passage}` }],
  };
}

/** The run of words of the text (about as many as the quote has) that differs least from it. */
export function nearestPassage(quote: string, paragraphs: string[]): string | undefined {
  const target = loose(quote);
  const size = quote.split(/\s+/).filter(Boolean).length;
  if (size === 0) return undefined;
  let best: { text: string; distance: number } | undefined;
  for (const text of paragraphs) {
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.max(1, size - 1); n <= size + 1 && i + n <= words.length; n++) {
        const candidate = text.slice(words[i]!.start, words[i + n - 1]!.end).replace(/^[«"“(]\s*|[\s,;:.!?»”)]+$/gu, '');
        const distance = levenshtein(loose(candidate), target, best?.distance);
        if (!best || distance < best.distance) best = { text: candidate, distance };
      }
    }
  }
  return best && best.text !== '' ? best.text : undefined;
}

/** A glossary entry that matches nothing, set to the form of the text it nearly matches. */
export function nearMissFix(source: string, entry: GlossEntry, analysis: LessonAnalysis): LessonFix | undefined {
  const size = entry.headword.split(/\s+/).length;
  const target = entry.headword.toLowerCase();
  const allowed = Math.max(1, Math.floor(target.length / 4));
  let best: { form: string; distance: number } | undefined;
  for (const a of analysis.analyses) {
    const words = a.tokens.filter((t) => t.kind === 'word');
    for (let i = 0; i + size <= words.length; i++) {
      const form = a.text.slice(words[i]!.start, words[i + size - 1]!.end);
      if (form.split(/\s+/).length !== size) continue;
      const distance = levenshtein(form.toLowerCase(), target, allowed + 1);
      if (distance > 0 && distance <= allowed && (!best || distance < best.distance)) best = { form, distance };
    }
  }
  if (!best) return undefined;
  const line = analysis.parsed.origin[entry.line - 1] ?? entry.line;
  const cell = tableCells(source.split(/\r?\n/)[line - 1] ?? '')[0];
  if (!cell) return undefined;
  return { title: l10n.t("Change '{0}' to '{1}', as in the text", entry.headword, best.form), edits: [{ range: lineRange(line - 1, cell.start, cell.end), newText: tableCell(best.form) }] };
}

/** A `## Translation` section with one numbered line per French sentence, after the glossary. */
export function translationSkeletonFix(source: string, lesson: Lesson): LessonFix | undefined {
  const layout = lessonLayout(source);
  if (lesson.translation || layout.sections.some((s) => s.name === 'Translation')) return undefined;
  const sentences = lesson.paragraphs.reduce((n, p) => n + splitSentences(p.text).length, 0);
  const glossary = layout.sections.find((s) => s.name === 'Glossary');
  // After the glossary's last non-blank line, or at the end of the file.
  let after = (glossary?.end ?? layout.lines.length) - 1;
  while (after > 0 && (layout.lines[after] ?? '').trim() === '') after--;
  const end = (layout.lines[after] ?? '').length;
  const items = Array.from({ length: sentences }, (_, i) => `${i + 1}. `).join('\n');
  return {
    title:
      sentences === 1
        ? l10n.t("Add a '## Translation' section with 1 numbered sentence to fill in")
        : l10n.t("Add a '## Translation' section with {0} numbered sentences to fill in", sentences),
    edits: [{ range: lineRange(after, end, end), newText: `\n\n## Translation\n\n${items}` }],
  };
}

function tableCell(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** Spaces of any width and both apostrophes compare equal, as in the parser's evidence search. */
function loose(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009\s]+/g, ' ').replace(/[’‘]/g, "'").toLowerCase().trim();
}
