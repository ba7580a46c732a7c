import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { lessonKeys, readerSighting } from '../../src/core/progress/readerSightings';
import { weakAnalyzer } from './lessonTestAnalyzer';

const FILE = join(__dirname, '..', 'fixtures', 'lessons', 'example.md');

describe('reader sightings', () => {
  const doc = buildReaderDocument(parseLesson(readFileSync(FILE, 'utf8'), 'test/fixtures/lessons/example.md'), weakAnalyzer({}, [], {}));

  it('gives a unit its key, form, gloss and the plain text of its own sentence', () => {
    const sentence = doc.paragraphs[0]!.sentences[1] ?? doc.paragraphs[0]!.sentences[0]!;
    const ref = sentence.segments.find((s): s is { unit: number } => 'unit' in s)!;
    const unit = doc.units[ref.unit]!;
    const sighting = readerSighting(doc, unit.id)!;
    assert.equal(sighting.key, unit.key);
    assert.equal(sighting.lesson, doc.lessonId);
    assert.equal(sighting.form, unit.text);
    const expected = sentence.segments.map((s) => ('text' in s ? s.text : doc.units[s.unit]!.text)).join('').replace(/\s+/g, ' ').trim();
    assert.equal(sighting.sentence, expected);
    assert.ok(sighting.sentence!.includes(unit.text), 'the sentence holds the form (for the review card and the cloze)');
    if (unit.gloss) assert.equal(sighting.gloss, unit.gloss);
  });

  it('knows no unit outside the document', () => {
    assert.equal(readerSighting(doc, doc.units.length + 5), undefined);
    assert.equal(readerSighting(doc, -1), undefined);
  });

  it('lists each key of the lesson once', () => {
    const keys = lessonKeys(doc);
    assert.equal(keys.size, new Set(doc.units.map((u) => u.key)).size);
    for (const u of doc.units) assert.ok(keys.has(u.key));
  });
});
