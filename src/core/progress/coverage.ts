// How much of a lesson's running text the learner knows, and the fewest items to learn to reach
// a target share of it (95 %, 98 %).
import type { ReaderDocument } from '../lesson/model';
import { STATUSES, type ProgressDocument, type Status } from './model';

/** A lesson's vocabulary: how many running words each key accounts for. */
export interface LessonVocabulary {
  lessonId: string;
  counts: Record<string, number>;
}

export interface CoverageTarget {
  target: number;
  /** The shortest list of keys whose learning reaches the target, most frequent first. */
  keys: string[];
  /** The share reached once they are learnt. */
  share: number;
}

export interface LessonCoverage {
  lessonId: string;
  runningWords: number;
  knownWords: number;
  share: number;
  targets: CoverageTarget[];
}

export const DEFAULT_TARGETS: readonly number[] = [0.95, 0.98];

/** Counts running words per key; an expression counts all its words, numbers and punctuation none. */
export function lessonVocabulary(doc: ReaderDocument): LessonVocabulary {
  const counts: Record<string, number> = {};
  for (const unit of doc.units) {
    if (unit.pos === 'PUNCT' || unit.pos === 'SYM' || unit.pos === 'NUM') continue;
    const words = unit.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words > 0) counts[unit.key] = (counts[unit.key] ?? 0) + words;
  }
  return { lessonId: doc.lessonId, counts };
}

/** Known for coverage: marked known, or ignored (names and the like the learner chose to skip). */
export function countsAsKnown(status: Status | undefined): boolean {
  return status === 'known' || status === 'ignored';
}

export function lessonCoverage(
  lesson: LessonVocabulary, progress: ProgressDocument, targets: readonly number[] = DEFAULT_TARGETS,
): LessonCoverage {
  let runningWords = 0;
  let knownWords = 0;
  const unknown: [string, number][] = [];
  for (const [key, count] of Object.entries(lesson.counts)) {
    runningWords += count;
    // The status from the table's index: no record is decoded to colour the Lessons tree.
    const status = progress.records.statusIndex(key);
    if (countsAsKnown(status === undefined ? undefined : STATUSES[status])) knownWords += count;
    else unknown.push([key, count]);
  }
  return {
    lessonId: lesson.lessonId,
    runningWords,
    knownWords,
    share: runningWords ? knownWords / runningWords : 1,
    targets: targets.map((target) => shortestListToReach(unknown, knownWords, runningWords, target)),
  };
}

/**
 * Greedy by count: take unknown items from the most to the least frequent until the target share.
 *
 * Why it is the shortest: let the greedy list have k items. Any list of k-1 items covers at most
 * the sum of the k-1 largest counts (swapping any chosen item for a larger unchosen one never
 * lowers the sum), which is exactly what greedy had after k-1 items — still below the target,
 * or greedy would have stopped. So no list shorter than k reaches the target.
 * Ties are broken by key so the list is deterministic.
 */
export function shortestListToReach(
  unknown: readonly (readonly [string, number])[], knownWords: number, runningWords: number, target: number,
): CoverageTarget {
  const needed = Math.ceil(target * runningWords - 1e-9);
  const sorted = [...unknown].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const keys: string[] = [];
  let covered = knownWords;
  for (const [key, count] of sorted) {
    if (covered >= needed) break;
    keys.push(key);
    covered += count;
  }
  return { target, keys, share: runningWords ? covered / runningWords : 1 };
}
