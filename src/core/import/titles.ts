// Titles of an imported series and of its lessons, as a teacher would write them: the dispatch's
// headline when it has one, else its first sentence after the dateline, cut at a word; each
// lesson of a series named after what its part is about, so the Lessons tree tells them apart.
import { looksLikeHeadline } from './dateline';

/** The longest title before it is cut at a word boundary (about ten French words). */
export const TITLE_CHARS = 72;

/** Words a cut title does not end on: it would read as a sentence stopped mid-phrase. */
const DANGLING = new Set([
  'à', 'au', 'aux', 'de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'un', 'une', 'et', 'ou', 'en', 'par', 'pour',
  'sur', 'dans', 'avec', 'sans', 'entre', 'vers', 'chez', 'que', 'qu', 'qui', 'dont', 'où', 'son', 'sa', 'ses',
  'leur', 'leurs', 'ce', 'cette', 'ces', 'a', 'ont', 'est', 'sont', 'se', 's', 'ne', 'n', 'plus', 'très', 'M.', 'Mme',
]);

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /(?:^|\s)(?:M|Mme|Mlle|MM|Dr|Pr|St|Ste|av|etc|cf|p|[A-Z])\.$/;

/** The first sentence of a paragraph, found without the analysis (for a title suggested before import). */
export function firstSentenceOf(paragraph: string): string {
  const ends = /[.!?…]+[»”"]?(?=\s+[«"“(\p{Lu}\d])/gu;
  for (let m = ends.exec(paragraph); m; m = ends.exec(paragraph)) {
    const candidate = paragraph.slice(0, m.index + m[0].length);
    if (!ABBREVIATION.test(paragraph.slice(0, m.index + 1))) return candidate.trim();
  }
  return paragraph.trim();
}

/** Drops an opening quotation mark left without its closing one by a cut. */
function balanceQuotes(title: string): string {
  let out = title;
  for (const [open, close] of [['«', '»'], ['“', '”']] as const) {
    const opens = out.split(open).length - 1;
    const closes = out.split(close).length - 1;
    if (opens > closes) {
      const at = out.lastIndexOf(open);
      out = (out.slice(0, at) + out.slice(at + 1).replace(/^[\s\u00a0\u202f]+/, '')).trim();
    }
  }
  return out;
}

/**
 * A sentence as a title: whole when it fits TITLE_CHARS (without its full stop), else cut at a
 * word boundary before the limit, never on an article or a preposition, and marked with "…".
 */
export function cutTitle(sentence: string, maxChars = TITLE_CHARS): string {
  // Runs of ordinary spaces only: the no-break spaces of French typography (« », before :) stay.
  const whole = sentence.replace(/[ \t\r\n]+/g, ' ').trim();
  if (whole.length <= maxChars) return balanceQuotes(whole.replace(/(?<!\.\.)\.$/, '').trim());
  const words = whole.split(' ');
  const kept: string[] = [];
  let length = 0;
  for (const w of words) {
    if (kept.length > 0 && length + 1 + w.length > maxChars) break;
    kept.push(w);
    length += (kept.length > 1 ? 1 : 0) + w.length;
  }
  const bare = (w: string) => w.replace(/[«»“”"\u00a0\u202f,;:()]/g, '').replace(/['’]$/, '').toLowerCase();
  while (kept.length > 3 && (DANGLING.has(bare(kept[kept.length - 1]!)) || /['’]$/.test(kept[kept.length - 1]!) || /^[«“:;–—-]$/.test(kept[kept.length - 1]!))) {
    kept.pop();
  }
  const cut = kept.join(' ').replace(/[\s\u00a0\u202f]*[,;:–—-]$/, '');
  return `${balanceQuotes(cut)}…`;
}

/** A paragraph that heads what follows: a short line without a final full stop, with text after it. */
export function isHeading(paragraphs: readonly string[], index: number): boolean {
  return index < paragraphs.length - 1 && looksLikeHeadline(paragraphs[index]!);
}

/** The series title: the headline when the dispatch has one, else its first sentence, cut. */
export function seriesTitleOf(paragraphs: readonly string[], firstSentence: (paragraph: string) => string = firstSentenceOf): string {
  if (paragraphs.length === 0) return '';
  if (isHeading(paragraphs, 0)) return cutTitle(paragraphs[0]!);
  return cutTitle(firstSentence(paragraphs[0]!));
}

/**
 * Each lesson's title. One lesson: the series title. In a series, a lesson that opens with a
 * heading is named by it with its place ("… (2/3)"); the first lesson otherwise takes the series
 * title; any other by its own first sentence. Titles that would still be the same get their place.
 */
export function lessonTitles(
  parts: readonly (readonly string[])[],
  seriesTitle: string,
  firstSentence: (paragraph: string) => string = firstSentenceOf,
): string[] {
  if (parts.length === 1) return [seriesTitle];
  const place = (i: number) => `(${i + 1}/${parts.length})`;
  const titles = parts.map((part, i) => {
    if (isHeading(part, 0)) return `${cutTitle(part[0]!)} ${place(i)}`;
    if (i === 0) return seriesTitle;
    return cutTitle(firstSentence(part[0]!));
  });
  const seen = new Map<string, number>();
  for (const t of titles) seen.set(t, (seen.get(t) ?? 0) + 1);
  return titles.map((t, i) => (seen.get(t)! > 1 && !t.endsWith(place(i)) ? `${t} ${place(i)}` : t));
}
