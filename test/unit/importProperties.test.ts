// Every lesson the importer writes can be read: it parses, its reader document shows the dispatch's
// text exactly (after the importer's documented normalisations), and a quiz is generated from it.
// Checked on the lines that used to break lessons and over random and hostile dispatches.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { importDepsFromData } from '../../src/core/import/deps';
import { ImportError, importDispatch, type ImportDeps } from '../../src/core/import/importer';
import { frenchTypography } from '../../src/core/import/typography';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { generateQuiz } from '../../src/core/quiz/generate';
import { lessonText } from '../../src/core/quiz/lessonText';
import { analysisDataDir } from './helpers/analysisData';
import { checkImport } from './importChecks';
import { frenchDispatch, hostileDispatch } from './importArbitraries';

describe('import: every lesson written can be read', function () {
  this.timeout(120000);
  let deps: ImportDeps;
  before(() => {
    deps = importDepsFromData(analysisDataDir());
  });

  it('glosses an easy text anyway, so its lesson has vocabulary and a quiz', async () => {
    const lessons = await checkImport('Le président de la France a parlé avec le ministre.', deps);
    const lesson = lessons![0]!;
    assert.deepEqual(lesson.glossary.map((g) => g.headword), ['président', 'parler', 'ministre'], 'its content words, not avoir or avec');
    const doc = buildReaderDocument(lesson, deps.analyzer);
    const quiz = generateQuiz(lesson, doc, deps.analyzer.analyze(lessonText(lesson)), { seed: 1 });
    assert.ok(quiz.items.length > 0);
  });

  it('refuses in one sentence a text with no word it can gloss, rather than write a lesson with nothing to study', async () => {
    await assert.rejects(importDispatch('Qzx blorf wug.', deps), (err: Error) => err instanceof ImportError && /no word Dépêche can gloss/.test(err.message));
  });

  const hostileLines = [
    '<!-- un commentaire', '<script>alert(1)</script>', '<pre>', '```', '~~~', '---', '***', '___', '+', '-', '#', '1.',
    '[ref]: http://example.org', '## Glossary', '> citation', '{{a|b}} et \\{{ et \\ et \\\\ et \\#', '"Oui", dit-il, "non"',
    '- Nous sommes prêts, a-t-il dit.', '1. Premier point : la paix.', '# Pas un titre',
  ];
  for (const hostile of hostileLines) {
    it(`reads back a dispatch line ${JSON.stringify(hostile)} exactly`, async () => {
      const lessons = await checkImport(`Le ministre a parlé.\n${hostile}\nLa réunion de jeudi a eu lieu à Pékin.`, deps);
      assert.ok(lessons, 'the import was refused');
      assert.ok(lessons.flatMap((l) => l.paragraphs).some((p) => p.text === frenchTypography(hostile)), 'the line is not a paragraph of its own');
    });
  }

  it('writes a title the front matter reads back: quotes, colons, a title of punctuation', async () => {
    for (const title of ['"Oui", dit-il, "non"', "'citation'", 'Titre : sous-titre', 'a\nb\u2028c']) {
      const series = await importDispatch('Le ministre a parlé.', deps, { title });
      assert.equal(parseLesson(series.lessons[0]!.markdown, '/tmp/x/01.md').meta.title, title.replace(/\s+/g, ' '));
    }
    const untitled = await importDispatch('. Le ministre a parlé.', deps, { fileName: 'dépêche du jour.txt' });
    assert.equal(parseLesson(untitled.lessons[0]!.markdown, '/tmp/x/01.md').meta.title, 'dépêche du jour');
  });

  it('holds for random French dispatches with hostile lines (fixed seed)', async () => {
    await fc.assert(fc.asyncProperty(frenchDispatch, async (d) => void (await checkImport(d, deps))), { numRuns: 30, seed: 42 });
  });

  it('holds for random hostile dispatches: Markdown, HTML, odd Unicode, long lines (fixed seed)', async () => {
    await fc.assert(fc.asyncProperty(hostileDispatch, async (d) => void (await checkImport(d, deps))), { numRuns: 40, seed: 7 });
  });
});
