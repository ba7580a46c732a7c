// From the reader's document to the progress signals: the sentence a unit stands in, as plain
// text, and the vocabulary keys a lesson's text holds.
import type { ReaderDocument, ReaderSentence, ReaderUnit } from '../lesson/model';
import type { Sighting } from './signals';

/** The sighting of unit `unitId` (key, form, gloss and its sentence), or undefined if it is not in `doc`. */
export function readerSighting(doc: ReaderDocument, unitId: number): Sighting | undefined {
  const unit = unitById(doc, unitId);
  if (!unit) return undefined;
  const sighting: Sighting = { key: unit.key, lesson: doc.lessonId, form: unit.text };
  if (unit.gloss) sighting.gloss = unit.gloss;
  const sentence = sentenceHolding(doc, unitId);
  if (sentence) sighting.sentence = sentenceText(doc, sentence);
  return sighting;
}

/** The sentence's text as printed: its plain segments and the surface text of its units. */
export function sentenceText(doc: ReaderDocument, sentence: ReaderSentence): string {
  return sentence.segments
    .map((s) => ('text' in s ? s.text : unitById(doc, s.unit)?.text ?? ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every vocabulary key of the lesson's text (what "mark the rest known" may touch). */
export function lessonKeys(doc: ReaderDocument): Set<string> {
  return new Set(doc.units.map((u) => u.key));
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
