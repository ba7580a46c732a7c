// The reader fixtures (hand-made ReaderDocuments under test/fixtures/reader/, and one lesson with
// discontinuous expressions built by the real engine) and the default prefs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReaderDocument } from '../../src/core/lesson/model';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from '../unit/helpers/analysisData';
import type { HostToReader, ReaderPrefs } from '../../src/protocol';
import { REPO_ROOT } from './harness';

export function readerFixture(name: 'first-paragraph' | 'hostile'): ReaderDocument {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/reader', `${name}.json`), 'utf8')) as ReaderDocument;
}

export const HOVER_PREFS: ReaderPrefs = { mode: 'hover', showTranslation: false, fontSize: 18 };

export function lessonMessage(doc: ReaderDocument, prefs: ReaderPrefs = HOVER_PREFS, scrollTop = 0): HostToReader {
  return { type: 'lesson', doc, prefs, scrollTop };
}

/** The same lesson with its translation aligned by paragraph instead of by sentence. */
export function paragraphAligned(doc: ReaderDocument): ReaderDocument {
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((p) => ({
      translation: p.sentences.map((s) => s.translation ?? '').join(' '),
      sentences: p.sentences.map(({ translation: _dropped, ...s }) => s),
    })),
  };
}

/** The lesson's paragraphs `copies` times over, ids and occurrences renumbered (a long lesson). */
export function repeatedLesson(doc: ReaderDocument, copies: number): ReaderDocument {
  const unitCount = doc.units.length;
  const sentenceCount = doc.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  const units: ReaderDocument['units'] = [];
  const paragraphs: ReaderDocument['paragraphs'] = [];
  for (let copy = 0; copy < copies; copy++) {
    const offset = copy * unitCount;
    for (const unit of doc.units) units.push({ ...unit, id: unit.id + offset });
    for (const paragraph of doc.paragraphs) {
      paragraphs.push({
        ...paragraph,
        sentences: paragraph.sentences.map((s) => ({
          ...s,
          id: s.id + copy * sentenceCount,
          segments: s.segments.map((g) => ('unit' in g ? { ...g, unit: g.unit + offset } : g)),
        })),
      });
    }
  }
  const occurrences = doc.occurrences.map(() => [] as number[]);
  for (const unit of units) occurrences[unit.occurrenceList]?.push(unit.id);
  return { ...doc, units, paragraphs, occurrences };
}

export const DISCONTINUOUS_LESSON = `---
title: La sonnette d'alarme
level: B2
series: Fixtures
order: 1
---

## Text

Le médecin tirait alors « la sonnette d'alarme » sur la situation. Le secrétaire général a appelé les pays voisins à la prudence.

## Glossary

| French | POS | Gender | English | Note |
|---|---|---|---|---|
| médecin | NOUN | m | doctor | |
`;

/** DISCONTINUOUS_LESSON through the real engine (tirait … la sonnette d'alarme, appelé … à). */
export function discontinuousDoc(): ReaderDocument {
  const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  return buildReaderDocument(parseLesson(DISCONTINUOUS_LESSON, 'sonnette.md'), analyzer);
}
