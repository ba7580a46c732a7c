// From the reader's document to the progress signals: the sentence a unit stands in, as plain
// text, and the vocabulary keys a lesson's text holds. Every way an item is met in a lesson (a
// lookup, a quiz answer, a status, "mark the rest known") records it through a sighting from here,
// so that each record carries the lesson, a sentence and the gloss it was met with.
import { segmentText, type ReaderDocument, type ReaderSentence, type ReaderUnit } from '../lesson/model';
import type { Sighting } from './signals';

/** The sighting of unit `unitId` (key, form, gloss and its sentence), or undefined if it is not in `doc`. */
export function readerSighting(doc: ReaderDocument, unitId: number): Sighting | undefined {
  const unit = unitById(doc, unitId);
  if (!unit) return undefined;
  const sentence = sentenceHolding(doc, unitId);
  return unitSighting(doc, unit, sentence && sentenceText(doc, sentence));
}

/**
 * Each key of the lesson's text at its first occurrence: the sighting a quiz answer, a status or
 * "mark the rest known" records (they name a key, not a place in the text). One pass over the text.
 */
export function firstSightings(doc: ReaderDocument): Map<string, Sighting> {
  const out = new Map<string, Sighting>();
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      let text: string | undefined;
      for (const segment of sentence.segments) {
        if (!('unit' in segment)) continue;
        const unit = unitById(doc, segment.unit);
        if (!unit || out.has(unit.key)) continue;
        text ??= sentenceText(doc, sentence);
        out.set(unit.key, unitSighting(doc, unit, text));
      }
    }
  }
  // Units outside any sentence (none in a well-formed document) still give their gloss.
  for (const unit of doc.units) if (!out.has(unit.key)) out.set(unit.key, unitSighting(doc, unit, undefined));
  return out;
}

/** The sightings of `keys` in the lesson; a key its text does not hold is met in the lesson only. */
export function keySightings(doc: ReaderDocument, keys: Iterable<string>): Sighting[] {
  const first = firstSightings(doc);
  return [...new Set(keys)].map((key) => first.get(key) ?? { key, lesson: doc.lessonId });
}

/**
 * The sentence's text as printed: its plain segments and the surface text of its units. Only line
 * breaks and runs of ordinary spaces are made one space: the non-breaking spaces of French
 * typography (inside « », before : ; ? !) stay, as they do in the unit's form that a cloze looks for.
 */
export function sentenceText(doc: ReaderDocument, sentence: ReaderSentence): string {
  return sentence.segments
    .map((s) => segmentText(s, 'unit' in s ? unitById(doc, s.unit) : undefined))
    .join('')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/^ | $/g, '');
}

/** Every vocabulary key of the lesson's text (what "mark the rest known" may touch). */
export function lessonKeys(doc: ReaderDocument): Set<string> {
  return new Set(doc.units.map((u) => u.key));
}

function unitSighting(doc: ReaderDocument, unit: ReaderUnit, sentence: string | undefined): Sighting {
  const sighting: Sighting = { key: unit.key, lesson: doc.lessonId, form: unit.text };
  if (unit.gloss) sighting.gloss = unit.gloss;
  if (sentence) sighting.sentence = sentence;
  return sighting;
}

/** Units are stored by id (units[i].id === i); the search is only a fallback. */
function unitById(doc: ReaderDocument, id: number): ReaderUnit | undefined {
  const unit = doc.units[id];
  return unit?.id === id ? unit : doc.units.find((u) => u.id === id);
}

function sentenceHolding(doc: ReaderDocument, unitId: number): ReaderSentence | undefined {
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (sentence.segments.some((s) => 'unit' in s && s.unit === unitId)) return sentence;
    }
  }
  return undefined;
}
