// Glosses for any French text (a dispatch in a .txt, notes in Markdown): the text is analysed once,
// paragraph by paragraph, and a hover finds its word by binary search and says what the reader's
// gloss card says: lemma, part of speech, gender, the gloss the context calls for, the expression
// the word belongs to.
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

const POS_NAMES: Record<string, string> = {
  NOUN: 'noun', VERB: 'verb', ADJ: 'adjective', ADV: 'adverb', PROPN: 'name', ADP: 'preposition', DET: 'determiner',
  PRON: 'pronoun', AUX: 'auxiliary', CCONJ: 'conjunction', SCONJ: 'conjunction', NUM: 'number', INTJ: 'interjection',
  PART: 'particle', X: 'word',
};
const GENDER_NAMES: Record<string, string> = { m: 'masculine', f: 'feminine', 'm/f': 'masculine or feminine' };
const STATUS_NAMES: Record<string, string> = {
  new: 'new', 'learning-1': 'learning (1)', 'learning-2': 'learning (2)', 'learning-3': 'learning (3)',
  'learning-4': 'learning (4)', known: 'known', ignored: 'ignored',
};

/** Markdown for a hover: the word, its reading, its gloss, its expression, the learner's status and the links given. */
export function hoverMarkdown(hit: WordHit, status: string | undefined, links: string[]): string {
  const t = hit.token;
  const reading = [`*${POS_NAMES[t.upos] ?? t.upos.toLowerCase()}*`, ...(t.gender ? [GENDER_NAMES[t.gender] ?? t.gender] : [])].join(', ');
  const lines = [`**${md(t.form)}** — ${md(t.lemma)} · ${reading}`];
  lines.push(t.gloss ? `${md(t.gloss)}${t.glossSource === 'auto' ? ' *(automatic gloss)*' : ''}` : '*No gloss known.*');
  if (hit.expression) lines.push(`Part of **${md(hit.expression.lemma)}**: ${md(hit.expression.gloss)}`);
  if (status) lines.push(`Status: ${STATUS_NAMES[status] ?? status}`);
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
