// The Lessons tree's background builds: a lesson whose reader document throws is built once, not
// again at every redraw (the redraw asks for it again) or catalog reload, until its file changes.
// The worker and the document cache are the ones the extension uses, without vscode around them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lesson } from '../../src/core/lesson/model';
import { LessonParseError, parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { lessonVocabulary } from '../../src/core/progress/coverage';
import { LessonShareWorker } from '../../src/vscode/lessonShareWorker';
import { cachedDocuments } from '../../src/vscode/readerDocuments';
import { weakAnalyzer } from './lessonTestAnalyzer';

const MINIMAL = readFileSync(join(__dirname, '..', 'fixtures', 'lessons', 'minimal.md'), 'utf8');

/** A lesson the parser would refuse, as a catalog can still hold one: its document throws. */
function brokenLesson(words = 30000): Lesson {
  const base = parseLesson(MINIMAL, 'series/broken.md');
  return { ...base, paragraphs: [{ text: 'mot '.repeat(words).trim(), line: 10, overrides: [] }], questions: [] };
}

describe('Lessons tree: a lesson whose document throws', () => {
  it('is built once while the tree redraws and the catalog reloads, and again once its file changes', async () => {
    let builds = 0;
    const documentFor = cachedDocuments(async (lesson) => {
      builds += 1;
      return buildReaderDocument(lesson, weakAnalyzer());
    });
    const errors: unknown[] = [];
    let catalog = [brokenLesson(), parseLesson(MINIMAL, 'series/fine.md')];
    let redraws = 0;
    // The tree: every redraw asks each lesson's share, as getTreeItem does.
    const redraw = () => {
      redraws += 1;
      if (redraws < 50) for (const lesson of catalog) worker.shareOf(lesson);
    };
    const worker = new LessonShareWorker(
      async (lesson) => Object.keys(lessonVocabulary(await documentFor(lesson)).counts).length,
      redraw,
      (_lesson, error) => errors.push(error),
    );
    for (const lesson of catalog) worker.shareOf(lesson);
    await settle(worker);
    assert.equal(builds, 2, 'the broken lesson and the fine one, each once');
    assert.ok(redraws < 5, `${redraws} redraws`);
    assert.equal(errors.length, 1);
    assert.ok(errors[0] instanceof LessonParseError);
    assert.notEqual(worker.shareOf(catalog[1]!), undefined);

    // A progress change and a catalog reload (new objects, same files): nothing is built again.
    worker.forget();
    catalog = [brokenLesson(), parseLesson(MINIMAL, 'series/fine.md')];
    redraws = 0;
    for (const lesson of catalog) worker.shareOf(lesson);
    await settle(worker);
    assert.equal(builds, 3, 'the fine lesson is a new object; the broken one is remembered by its content');
    assert.equal(errors.length, 2);

    // The file changed: built again.
    catalog = [brokenLesson(30001)];
    redraws = 0;
    worker.shareOf(catalog[0]!);
    await settle(worker);
    assert.equal(builds, 4);
  });
});

/** Until the worker stays idle (a redraw may queue more work). */
async function settle(worker: LessonShareWorker): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await worker.whenIdle();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
