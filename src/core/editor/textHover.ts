// Glosses for any French text (a dispatch in a .txt, notes in Markdown): the text is analysed once,
// paragraph by paragraph, and a hover finds its word by binary search and says what the reader's
// gloss card says: lemma, part of speech, gender, the gloss the context calls for, the expression
// the word belongs to.
import * as l10n from '@vscode/l10n';
import { normalizeApostrophes } from '../lesson/glossMatch';
import type { Analysis, AnalyzedToken, Analyzer, ExpressionMatch } from '../text/types';

/** A paragraph's analysis with where the paragraph starts in the document. */
interface PlacedAnalysis {
  offset: number;
  analysis: Analysis;
}

export interface WordHit {
  /** Offsets of the word, or of the whole expression it belongs to, in the document. */
  start: number;
  end: number;
  token: AnalyzedToken;
  expression?: ExpressionMatch;
  /** The text of the expression or the word, as written. */
  text: string;
  /** The sentence around it, as written (for a review card). */
  sentence: string;
  /** The vocabulary key the progress store uses: `lemma|POS` or `expression|EXPR`. */
  key: string;
}

export class TextAnalysis {
  private readonly paragraphs: PlacedAnalysis[] = [];
  /** Start offsets of the paragraphs, for the binary search. */
  private readonly starts: number[] = [];

  /** Paragraphs are runs of text between blank lines: a slow paragraph never blocks the others' reuse. */
  constructor(
    readonly text: string,
    analyzer: Analyzer,
  ) {
    for (const m of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
      if (m[0].trim() === '') continue;
      this.paragraphs.push({ offset: m.index, analysis: analyzer.analyze(m[0]) });
      this.starts.push(m.index);
    }
  }

  /** Every word of the document with its offsets (for decorations), in order. */
  *words(from = 0, to = Infinity): Generator<{ start: number; end: number; key: string }> {
    let p = Math.max(0, upperBound(this.starts, from) - 1);
    for (; p < this.paragraphs.length; p++) {
      const { offset, analysis } = this.paragraphs[p]!;
      if (offset > to) return;
      for (const token of analysis.tokens) {
        if (token.kind !== 'word' || offset + token.end < from) continue;
        if (offset + token.start > to) return;
        const expression = token.expression === undefined ? undefined : analysis.expressions[token.expression];
        yield { start: offset + token.start, end: offset + token.end, key: keyOf(token, expression) };
      }
    }
  }

  /** The word at a document offset (a hover), or undefined over spaces, punctuation and numbers. */
  wordAt(at: number): WordHit | undefined {
    const p = upperBound(this.starts, at) - 1;
    const placed = this.paragraphs[p];
    if (!placed) return undefined;
    const { offset, analysis } = placed;
    const local = at - offset;
    const tokens = analysis.tokens;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid]!;
      if (t.end <= local) lo = mid + 1;
      else if (t.start > local) hi = mid - 1;
      else {
        if (t.kind !== 'word') return undefined;
        const expression = t.expression === undefined ? undefined : analysis.expressions[t.expression];
        const start = expression ? tokens[expression.first]!.start : t.start;
        const end = expression ? tokens[expression.last]!.end : t.end;
        const sentence = analysis.sentences.find((s) => s.start <= t.start && t.end <= s.end);
        return {
          start: offset + start,
          end: offset + end,
          token: t,
          ...(expression && { expression }),
          text: analysis.text.slice(start, end),
          sentence: sentence ? analysis.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim() : '',
          key: keyOf(t, expression),
        };
      }
    }
    return undefined;
  }
}

export function keyOf(token: AnalyzedToken, expression?: ExpressionMatch): string {
  if (expression) return `${normalizeApostrophes(expression.lemma.normalize('NFC'))}|EXPR`;
  return `${normalizeApostrophes(token.lemma.normalize('NFC'))}|${token.upos}`;
}

/** Part-of-speech and gender names as a hover reads them (the comment keeps the keys apart from other "noun"s). */
function posName(upos: string): string {
  switch (upos) {
    case 'NOUN': return l10n.t({ message: 'noun', comment: 'part of speech' });
    case 'VERB': return l10n.t({ message: 'verb', comment: 'part of speech' });
    case 'ADJ': return l10n.t({ message: 'adjective', comment: 'part of speech' });
    case 'ADV': return l10n.t({ message: 'adverb', comment: 'part of speech' });
    case 'PROPN': return l10n.t({ message: 'name', comment: 'part of speech' });
    case 'ADP': return l10n.t({ message: 'preposition', comment: 'part of speech' });
    case 'DET': return l10n.t({ message: 'determiner', comment: 'part of speech' });
    case 'PRON': return l10n.t({ message: 'pronoun', comment: 'part of speech' });
    case 'AUX': return l10n.t({ message: 'auxiliary', comment: 'part of speech' });
    case 'CCONJ':
    case 'SCONJ': return l10n.t({ message: 'conjunction', comment: 'part of speech' });
    case 'NUM': return l10n.t({ message: 'number', comment: 'part of speech' });
    case 'INTJ': return l10n.t({ message: 'interjection', comment: 'part of speech' });
    case 'PART': return l10n.t({ message: 'particle', comment: 'part of speech' });
    case 'X': return l10n.t({ message: 'word', comment: 'part of speech' });
    default: return upos.toLowerCase();
  }
}

function genderName(gender: string): string {
  if (gender === 'm') return l10n.t('masculine');
  if (gender === 'f') return l10n.t('feminine');
  if (gender === 'm/f') return l10n.t('masculine or feminine');
  return gender;
}

function statusLine(status: string): string {
  switch (status) {
    case 'new': return l10n.t('Status: new');
    case 'learning-1': return l10n.t('Status: learning ({0})', 1);
    case 'learning-2': return l10n.t('Status: learning ({0})', 2);
    case 'learning-3': return l10n.t('Status: learning ({0})', 3);
    case 'learning-4': return l10n.t('Status: learning ({0})', 4);
    case 'known': return l10n.t('Status: known');
    case 'ignored': return l10n.t('Status: ignored');
    default: return l10n.t('Status: {0}', status);
  }
}

/** Markdown for a hover: the word, its reading, its gloss, its expression, the learner's status and the links given. */
export function hoverMarkdown(hit: WordHit, status: string | undefined, links: string[]): string {
  const t = hit.token;
  const reading = [`*${posName(t.upos)}*`, ...(t.gender ? [genderName(t.gender)] : [])].join(', ');
  const lines = [`**${md(t.form)}** — ${md(t.lemma)} · ${reading}`];
  lines.push(t.gloss ? (t.glossSource === 'auto' ? l10n.t('{0} *(automatic gloss)*', md(t.gloss)) : md(t.gloss)) : `*${l10n.t('No gloss known.')}*`);
  if (hit.expression) lines.push(l10n.t('Part of **{0}**: {1}', md(hit.expression.lemma), md(hit.expression.gloss)));
  if (status) lines.push(statusLine(status));
  if (links.length > 0) lines.push(links.join(' · '));
  return lines.join('\n\n');
}

/** Markdown's special characters escaped, so text is shown as written. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** Index of the first element greater than `value` (the array is sorted). */
function upperBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
