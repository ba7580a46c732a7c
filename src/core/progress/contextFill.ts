// Filling in where items were met, for records made before every signal kept it: a quiz answer, a
// status button or "mark the rest known" used to store the key alone, so reviews showed "(no gloss
// recorded)" and no sentence, and the dashboard no English and no lesson. The lessons hold what was
// missing: the record gets the lesson, the sentence and the gloss of a lesson whose text holds it.
import type { ReaderDocument } from '../lesson/model';
import type { ProgressDocument, VocabRecord } from './model';
import { firstSightings } from './readerSightings';
import type { SentencePool } from './sentencePool';
import { missingContext, noteSighting, type Sighting } from './signals';

/** True when a record has no gloss, or no sentence it was met in. */
export function lacksContext(record: VocabRecord, sentences: SentencePool): boolean {
  return !record.gloss || !(record.met ?? []).some((m) => m.sentence !== undefined && sentences.has(m.sentence));
}

/**
 * Fills the records of `doc` that lack context from the lessons (in library order) and returns
 * their keys. Only the records of keys the lessons hold are read, so a large file costs little.
 * The lesson chosen is one the record names already, else the one whose quiz graded the item (the
 * attempt finished soonest after its first quiz grade), else the first that holds it. What a
 * record has is never replaced.
 */
export function fillContext(doc: ProgressDocument, lessons: readonly ReaderDocument[], now: Date): string[] {
  const byKey = new Map<string, Sighting[]>();
  for (const lesson of lessons) {
    for (const [key, sighting] of firstSightings(lesson)) {
      if (!doc.records.has(key)) continue;
      const list = byKey.get(key);
      if (list) list.push(sighting);
      else byKey.set(key, [sighting]);
    }
  }
  const filled: string[] = [];
  for (const [key, sightings] of byKey) {
    const record = doc.records.get(key)!;
    if (!lacksContext(record, doc.sentences)) continue;
    const fill = missingContext(doc, record, chooseSighting(doc, record, sightings));
    if (!fill) continue; // the lessons know no more than the record: nothing to save
    noteSighting(doc, fill, now);
    filled.push(key);
  }
  return filled;
}

function chooseSighting(doc: ProgressDocument, record: VocabRecord, sightings: Sighting[]): Sighting {
  const named = new Set((record.met ?? []).map((m) => m.lesson));
  const byName = sightings.find((s) => named.has(s.lesson));
  if (byName) return byName;
  // A quiz grades as it goes and is kept when finished: the attempt that ended soonest after the
  // item's first quiz grade is the quiz that graded it.
  const graded = record.history?.find((e) => e.source === 'quiz')?.at;
  let best: { sighting: Sighting; gap: number } | undefined;
  if (graded) {
    const gradedMs = Date.parse(graded);
    for (const sighting of sightings) {
      for (const attempt of doc.quizzes[sighting.lesson] ?? []) {
        const gap = Date.parse(attempt.at) - gradedMs;
        if (gap >= 0 && (!best || gap < best.gap)) best = { sighting, gap };
      }
    }
  }
  return best?.sighting ?? sightings[0]!;
}
