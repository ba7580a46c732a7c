// The checks every imported lesson must pass: it parses, its reader document shows the dispatch's
// text exactly (after the importer's documented normalisations), and a quiz is generated from it.
// Shared by the importer property test (unit stage) and the fuzz campaign (test/fuzz).
import { strict as assert } from 'node:assert';
import { detectDateline } from '../../src/core/import/dateline';
import { withoutPageFurniture } from '../../src/core/import/furniture';
import { ImportError, importDispatch, type ImportDeps, type ImportedSeries } from '../../src/core/import/importer';
import { repairText } from '../../src/core/import/repair';
import { formatOfFile, sourceToParagraphs } from '../../src/core/import/sourceText';
import { frenchTypography } from '../../src/core/import/typography';
import { segmentText, type Lesson, type ReaderDocument } from '../../src/core/lesson/model';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { generateQuiz } from '../../src/core/quiz/generate';
import { lessonText } from '../../src/core/quiz/lessonText';

/** The dispatch's paragraphs as the importer documents them: page furniture and dateline cut, repaired, French typography. */
export function normalisedParagraphs(dispatch: string, deps: ImportDeps, fileName = 'dispatch.txt'): string[] {
  const { paragraphs } = detectDateline(withoutPageFurniture(sourceToParagraphs(dispatch, formatOfFile(fileName))));
  return paragraphs.map((p) => frenchTypography(repairText([p.normalize('NFC')], deps.words).paragraphs[0]!));
}

/** The text a reader document shows for one paragraph: its segments and units, in order. */
export function readerText(doc: ReaderDocument, paragraph: number): string {
  return doc.paragraphs[paragraph]!.sentences
    .flatMap((s) => s.segments)
    .map((seg) => segmentText(seg, 'text' in seg ? undefined : doc.units[seg.unit]))
    .join('');
}

/**
 * Imports the dispatch and checks every lesson: it parses, shows the normalised dispatch text
 * exactly, and quizzes. Returns the lessons, or undefined when the importer refused the text
 * with its own one-sentence error.
 */
export async function checkImport(dispatch: string, deps: ImportDeps, fileName = 'dispatch.txt'): Promise<Lesson[] | undefined> {
  let series: ImportedSeries;
  try {
    series = await importDispatch(dispatch, deps, { fileName });
  } catch (err) {
    if (err instanceof ImportError) return undefined;
    throw err;
  }
  const lessons = series.lessons.map((l) => parseLesson(l.markdown, `/tmp/${series.slug}/${l.fileName}`));
  for (const lesson of lessons) {
    assert.ok(lesson.glossary.length > 0, `${lesson.file} has an empty glossary`);
    const doc = buildReaderDocument(lesson, deps.analyzer);
    lesson.paragraphs.forEach((p, i) => assert.equal(readerText(doc, i), p.text, `${lesson.file}: paragraph ${i + 1} of the reader`));
    generateQuiz(lesson, doc, deps.analyzer.analyze(lessonText(lesson)), { seed: 1 });
  }
  const written = lessons.flatMap((l) => l.paragraphs.map((p) => p.text)).join(' ');
  assert.equal(written, normalisedParagraphs(dispatch, deps, fileName).join(' '));
  return lessons;
}
