// The importer: any French dispatch becomes a series of lessons in the lesson format.
// Pure: it returns the files to write; the CLI and the VS Code command write them.
import * as l10n from '@vscode/l10n';
import { formatPercent } from '../uiLanguage';
import type { Cefr } from '../lesson/model';
import type { Analysis, Analyzer } from '../text/types';
import { detectDateline } from './dateline';
import { withoutPageFurniture } from './furniture';
import { estimateLevel, type FrequencyRanks } from './level';
import { repairText, uniqueRepairs, type Repair, type WordChecker } from './repair';
import { serializeLesson } from './serialize';
import { dispatchTooLong, formatOfFile, sourceToParagraphs } from './sourceText';
import { countWords, DEFAULT_SPLIT, splitIntoParts, type LessonPiece } from './split';
import { cutTitle, lessonTitles, seriesTitleOf } from './titles';
import { frenchTypography } from './typography';
import { dispatchNameWords, selectLessonVocabulary, vocabularyKey } from './vocabulary';

export class ImportError extends Error {
  override name = 'ImportError';
}

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

export interface ImportOptions {
  /** Used to read .html and .md input, and to name the series when there is no title. */
  fileName?: string;
  title?: string;
  learnerLevel?: Cefr;
  /** Vocabulary keys (`lemma|POS`, `expression|EXPR`) the learner marked known or ignored: left out of the glossaries. */
  knownKeys?: ReadonlySet<string>;
  /** Keys the learner is learning: taught before new words. */
  learningKeys?: ReadonlySet<string>;
  /** The year for datelines that give only day and month. */
  year?: number;
  /** Called between steps: the share of the work done (0 to 1) and what is being done. */
  onProgress?: (fraction: number, phase: string) => void;
  signal?: AbortSignal;
}

export interface ImportDeps {
  analyzer: Analyzer;
  words: WordChecker;
  ranks: FrequencyRanks;
}

export interface ImportedLesson {
  fileName: string;
  title: string;
  level: Cefr;
  words: number;
  /** The share of its running words the learner knows (or ignores), when knownKeys were given. */
  knownShare?: number;
  markdown: string;
}

export interface ImportedSeries {
  slug: string;
  title: string;
  source?: string;
  date?: string;
  lessons: ImportedLesson[];
  repairs: Repair[];
  unresolved: string[];
}

/** Work items (paragraphs, lessons) done between two yields, so long input can be cancelled and reports progress. */
const ITEMS_PER_STEP = 20;

/** Each phase's share of the progress bar, from timings of a 5 MB import. */
const PHASES = { repairing: 0.1, analysing: 0.7, writing: 0.2 } as const;

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '') || 'depeche';
}

/**
 * The series title to suggest before the import runs: the headline, else the first sentence after
 * the dateline (never the dateline itself), as the import would choose it.
 */
export function suggestSeriesTitle(content: string, fileName = ''): string {
  const { paragraphs } = detectDateline(withoutPageFurniture(sourceToParagraphs(content, formatOfFile(fileName))));
  return seriesTitleOf(paragraphs.slice(0, 2).map((p) => frenchTypography(p.normalize('NFC')))) || fileStem(fileName);
}

/** The file's name without its folder and extension: a title when the text gives none. */
function fileStem(fileName: string | undefined): string {
  return (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
}

/**
 * Maps items in steps of ITEMS_PER_STEP, yielding to the event loop between steps (so the
 * extension host stays responsive), reporting progress within the phase, and stopping when the
 * import is cancelled.
 */
async function mapInSteps<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
  phase: keyof typeof PHASES,
  options: ImportOptions,
): Promise<R[]> {
  const before = Object.entries(PHASES).findIndex(([name]) => name === phase);
  const start = Object.values(PHASES).slice(0, before).reduce((a, b) => a + b, 0);
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i % ITEMS_PER_STEP === 0) {
      options.onProgress?.(start + (PHASES[phase] * i) / items.length, phase);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) throw new ImportCancelled('The import was cancelled.');
    }
    out.push(fn(items[i]!, i));
  }
  return out;
}

interface DraftNote {
  kind: 'repair' | 'usage';
  title: string;
  body: string;
}

/** Whether the text holds the form as a word of its own (État, not the État of États-Unis). */
export function containsForm(text: string, form: string): boolean {
  const whole = /^[\p{L}\p{M}]/u.test(form) && /[\p{L}\p{M}]$/u.test(form);
  if (!whole) return text.includes(form);
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + form.length] ?? ' ';
    if (!/[\p{L}\p{M}-]/u.test(before) && !/[\p{L}\p{M}-]/u.test(after)) return true;
  }
  return false;
}

/**
 * The notes of one lesson: a repair note for each repair made in its own paragraphs whose result
 * it still holds, quoting the source's spelling there; a note on damage left unrepaired likewise.
 */
function lessonNotes(part: LessonPiece[], repairsOf: (paragraph: number) => Repair[], unresolvedOf: (paragraph: number) => string[]): DraftNote[] {
  const texts = new Map<number, string>();
  for (const p of part) texts.set(p.paragraph, texts.has(p.paragraph) ? `${texts.get(p.paragraph)} ${p.text}` : p.text);
  const paragraphs = [...texts.keys()];
  const textOf = (paragraph: number) => texts.get(paragraph)!;
  const repairs = uniqueRepairs(paragraphs.flatMap((i) => repairsOf(i).filter((r) => containsForm(textOf(i), r.to))));
  const notes: DraftNote[] = repairs.map((r) => ({
    kind: 'repair',
    title: `${r.from} → ${r.to}`,
    // l10n-exempt: lesson content (written into the lesson file, which is English around the French)
    body: `${r.why} Dépêche repaired it in this lesson; the source had *${r.from}*.`,
  }));
  const unresolved = [...new Set(paragraphs.flatMap((i) => unresolvedOf(i).filter((u) => textOf(i).includes(u))))];
  if (unresolved.length) {
    notes.push({
      kind: 'usage',
      // l10n-exempt: lesson content (written into the lesson file, which is English around the French)
      title: 'Damaged characters in the source',
      // l10n-exempt: lesson content
      body: `Characters lost in transmission that could not be repaired with confidence: ${unresolved.map((u) => `*${u}*`).join(', ')}. Check them against the original.`,
    });
  }
  return notes;
}

/** The share of running words (numbers and punctuation aside) whose key is known; an expression counts all its words. */
export function knownShareOf(analyses: readonly Analysis[], knownKeys: ReadonlySet<string>): number {
  let running = 0;
  let known = 0;
  for (const a of analyses) {
    a.tokens.forEach((t) => {
      if (t.kind !== 'word' || t.upos === 'PUNCT' || t.upos === 'SYM' || t.upos === 'NUM') return;
      const e = t.expression === undefined ? undefined : a.expressions[t.expression];
      running++;
      if (knownKeys.has(e ? vocabularyKey(e.lemma, 'EXPR') : vocabularyKey(t.lemma, t.upos))) known++;
    });
  }
  return running === 0 ? 0 : known / running;
}

/** "You know 62% of the words (lessons: 58%, 66%)." for the end of an import, weighted by lesson length. */
export function knownShareSentence(series: ImportedSeries): string {
  const total = series.lessons.reduce((n, l) => n + l.words, 0);
  const overall = formatPercent(series.lessons.reduce((n, l) => n + (l.knownShare ?? 0) * l.words, 0) / (total || 1));
  if (series.lessons.length === 1) return l10n.t('You know {0} of the words.', overall);
  return l10n.t('You know {0} of the words (lessons: {1}).', overall, series.lessons.map((l) => formatPercent(l.knownShare ?? 0)).join(', '));
}

export async function importDispatch(content: string, deps: ImportDeps, options: ImportOptions = {}): Promise<ImportedSeries> {
  const tooLong = dispatchTooLong(content, options.fileName);
  if (tooLong) throw new ImportError(tooLong);
  const format = formatOfFile(options.fileName ?? '');
  const { dateline, paragraphs: raw } = detectDateline(withoutPageFurniture(sourceToParagraphs(content, format)), options.year);
  if (!/\p{L}/u.test(raw.join(' '))) throw new ImportError(l10n.t('The text has no French words to make a lesson of.'));
  // The whole text is the evidence for a repair that needs it (a name glued to « et » stands alone elsewhere).
  const evidence = raw.map((p) => p.normalize('NFC'));
  const repairedSteps = await mapInSteps(raw, (p) => {
    const r = repairText([p.normalize('NFC')], deps.words, evidence);
    return { ...r, text: frenchTypography(r.paragraphs[0]!) };
  }, 'repairing', options);
  const paragraphs = repairedSteps.map((r) => r.text);
  const repairs = uniqueRepairs(repairedSteps.flatMap((r) => r.repairs));
  const unresolved = [...new Set(repairedSteps.flatMap((r) => r.unresolved))];
  const analyses = await mapInSteps(paragraphs, (p) => deps.analyzer.analyze(p), 'analysing', options);
  const analysisOf = new Map(paragraphs.map((p, i) => [p, analyses[i]!]));
  const sentencesOf = (p: string) => (analysisOf.get(p)?.sentences ?? [{ start: 0, end: p.length }]).map((s) => p.slice(s.start, s.end).trim());
  const wordsOf = (p: string) => analysisOf.get(p)?.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length ?? countWords(p);
  const parts = splitIntoParts(paragraphs, sentencesOf, DEFAULT_SPLIT, wordsOf);
  const chunks = parts.map((part) => part.map((p) => p.text));
  const firstSentence = (p: string) => {
    const first = analysisOf.get(p)?.sentences[0];
    return (first ? p.slice(first.start, first.end).trim() : '') || p;
  };

  const title = options.title?.trim() || seriesTitleOf(paragraphs, firstSentence) || fileStem(options.fileName) || 'Dépêche';
  const titles = lessonTitles(chunks, title, firstSentence);
  const slug = slugify(title);
  const learnerLevel = options.learnerLevel ?? 'B1';
  const source = dateline?.source;
  const date = dateline?.date && !dateline.date.startsWith('--') ? dateline.date : undefined;
  const learner = { known: options.knownKeys ?? new Set<string>(), learning: options.learningKeys ?? new Set<string>() };
  const namesTaught = new Set<string>();
  const nameWords = dispatchNameWords(analyses);
  const lessons = await mapInSteps(chunks, (chunk, index): ImportedLesson => {
    const chunkAnalyses = chunk.map((p) => analysisOf.get(p) ?? deps.analyzer.analyze(p));
    const level = estimateLevel(chunkAnalyses, deps.ranks);
    const lessonTitle = titles[index]!;
    const text = chunk.join(' ');
    const glossary = selectLessonVocabulary(chunkAnalyses, deps.ranks, { learnerLevel, learner, namesTaught, nameWords });
    if (glossary.length === 0) {
      throw new ImportError(chunks.length > 1
        ? l10n.t('Part {0} of the text has no word Dépêche can gloss, so it cannot make a lesson of it (is it French?).', index + 1)
        : l10n.t('The text has no word Dépêche can gloss, so it cannot make a lesson of it (is it French?).'));
    }
    const markdown = serializeLesson({
      meta: { title: lessonTitle, ...(source ? { source } : {}), ...(date ? { date } : {}), level, series: title, order: index + 1, tags: ['imported'] },
      paragraphs: chunk,
      glossary,
      notes: lessonNotes(parts[index]!, (i) => repairedSteps[i]!.repairs, (i) => repairedSteps[i]!.unresolved),
    });
    return { fileName: `${String(index + 1).padStart(2, '0')}-${slugify(cutTitle(firstSentence(chunk[0]!), 32).replace(/…$/, ''))}.md`, title: lessonTitle, level, words: countWords(text),
      ...(options.knownKeys ? { knownShare: knownShareOf(chunkAnalyses, options.knownKeys) } : {}), markdown };
  }, 'writing', options);
  options.onProgress?.(1, 'done');
  return { slug, title, ...(source ? { source } : {}), ...(date ? { date } : {}), lessons, repairs, unresolved };
}
