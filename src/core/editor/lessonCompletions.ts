// Completions in a lesson file, from the format's own lists: a glossary row's POS and Gender cells,
// a note's kind, and the front matter's level, series (those in use) and tags (those in use).
import * as l10n from '@vscode/l10n';
import { CEFR_LEVELS, GENDERS, GLOSSARY_POS, NOTE_KIND_DESCRIPTIONS, NOTE_KINDS, POS_DESCRIPTIONS } from '../lesson/format';
import { lessonLayout, sectionAt, tableCells, type TextRange } from './lessonLayout';

export interface CompletionOffer {
  label: string;
  detail?: string;
}

export interface Completions {
  items: CompletionOffer[];
  /** What the chosen item replaces (the partial word before the cursor, or the cell). */
  range: TextRange;
}

export interface KnownValues {
  series: string[];
  tags: string[];
}

export function lessonCompletions(text: string, line: number, character: number, known: KnownValues): Completions | undefined {
  const layout = lessonLayout(text);
  const current = layout.lines[line] ?? '';
  const before = current.slice(0, character);
  const word = (pattern: RegExp) => {
    const start = character - (pattern.exec(before)?.[0].length ?? 0);
    return { start: { line, character: start }, end: { line, character } };
  };

  if (layout.frontMatterEnd !== undefined && line > 0 && line < layout.frontMatterEnd) {
    const field = /^([A-Za-z]+)[ \t]*:[ \t]*/.exec(before);
    const key = field?.[1]?.toLowerCase();
    if (!field || !key) return undefined;
    const valueRange = { start: { line, character: field[0].length }, end: { line, character: current.length } };
    if (key === 'level') return { items: CEFR_LEVELS.map((l) => ({ label: l, detail: l10n.t('CEFR level') })), range: valueRange };
    if (key === 'series') return { items: known.series.map((s) => ({ label: s, detail: l10n.t('series in use') })), range: valueRange };
    if (key === 'tags') {
      const used = new Set(before.slice(field[0].length).split(',').map((t) => t.trim()));
      return { items: known.tags.filter((t) => !used.has(t)).map((t) => ({ label: t, detail: l10n.t('tag in use') })), range: word(/[^,]*$/) };
    }
    return undefined;
  }

  const section = sectionAt(layout, line)?.name;
  if (section === 'Notes' && /^ {0,3}###[ \t]*\[[^\]]*$/.test(before)) {
    return { items: NOTE_KINDS.map((k) => ({ label: k, detail: NOTE_KIND_DESCRIPTIONS[k] })), range: word(/[a-z]*$/) };
  }
  const glossary = layout.glossary;
  if (section === 'Glossary' && glossary && line > glossary.header + 1 && current.trim().startsWith('|')) {
    const column = tableCells(before + ' |').length - 1;
    const name = glossary.columns[column];
    const cell = tableCells(current)[column];
    const range = cell && cell.start <= character ? { start: { line, character: cell.start }, end: { line, character: Math.max(cell.end, character) } } : word(/\S*$/);
    if (name === 'pos') return { items: GLOSSARY_POS.map((p) => ({ label: p, detail: POS_DESCRIPTIONS[p] })), range };
    if (name === 'gender') return { items: GENDERS.map((g) => ({ label: g, detail: g === 'm/f' ? l10n.t('either gender') : g === 'm' ? l10n.t('masculine') : l10n.t('feminine') })), range };
  }
  return undefined;
}
