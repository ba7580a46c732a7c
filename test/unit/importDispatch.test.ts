// The importer end to end on real text with the real engine: the seed dispatch and damaged,
// HTML and long input. Lessons written by the CLI are read back with the lesson parser.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDepsFromData } from '../../src/core/import/deps';
import { ImportCancelled, ImportError, importDispatch, type ImportDeps } from '../../src/core/import/importer';
import { countWords } from '../../src/core/import/split';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { analysisDataDir } from './helpers/analysisData';
import { SEED_DISPATCH } from './helpers/shared';

const ROOT = join(__dirname, '..', '..');

describe('import: dispatch to lesson series', function () {
  this.timeout(120000);
  let deps: ImportDeps;
  before(() => {
    deps = importDepsFromData(analysisDataDir());
  });

  it('turns the seed dispatch into parseable lessons of 100-200 words, repaired and glossed', async () => {
    const series = await importDispatch(readFileSync(SEED_DISPATCH, 'utf8'), deps, { learnerLevel: 'B2', year: 2022 });
    assert.equal(series.source, 'Xinhua');
    assert.equal(series.date, '2022-02-04');
    assert.deepEqual(series.repairs.map((r) => `${r.from} → ${r.to}`).sort(), ['Etat → État', 'Sergue? → Sergueï', 'tache → tâche']);
    assert.ok(series.lessons.length >= 2);
    const lessons = series.lessons.map((l, i) => parseLesson(l.markdown, `/tmp/${series.slug}/${l.fileName}`));
    const fullText = lessons.flatMap((l) => l.paragraphs.map((p) => p.text)).join(' ');
    assert.equal(countWords(fullText), countWords(readFileSync(SEED_DISPATCH, 'utf8')) - countWords('Dernière mise à jour à 19h51 le 04/02'));
    assert.match(fullText, /Sergueï Lavrov.*la tâche primaire/s);
    assert.match(fullText, /«\u00a0Guidée par les consensus/);
    for (const [i, lesson] of lessons.entries()) {
      assert.equal(lesson.meta.order, i + 1);
      assert.ok(series.lessons[i]!.words >= 100 && series.lessons[i]!.words <= 200, `lesson ${i + 1}: ${series.lessons[i]!.words} words`);
      const doc = buildReaderDocument(lesson, deps.analyzer);
      const glossed = doc.units.filter((u) => u.gloss).length;
      assert.ok(glossed / doc.units.length > 0.97, `lesson ${i + 1}: ${glossed}/${doc.units.length} units glossed`);
    }
    const headwords = lessons.flatMap((l) => l.glossary.map((g) => g.headword));
    // « une rencontre en personne »: the entry of more content words (rencontre en personne) wins over avoir une rencontre.
    for (const expected of ["chef d'État", 'faire des préparatifs', 'rencontre en personne', 'pour sa part', 'endiguer', "s'opposer à"]) {
      assert.ok(headwords.includes(expected), `glossary lacks ${expected}`);
    }
    assert.ok(!headwords.includes('Vladimir'), 'a first name glossed as itself is not vocabulary');
    const repairNotes = lessons.flatMap((l) => l.notes.filter((n) => n.kind === 'repair').map((n) => n.title));
    assert.ok(repairNotes.includes('Sergue? → Sergueï') && repairNotes.includes('tache → tâche'));
  });

  it('leaves what a B2 learner knows out of the glossary, and what the learner marked known', async () => {
    const text = readFileSync(SEED_DISPATCH, 'utf8');
    const b1 = await importDispatch(text, deps, { learnerLevel: 'B1' });
    const c1 = await importDispatch(text, deps, { learnerLevel: 'C1', knownKeys: new Set(['endiguer|VERB']) });
    const rows = (s: typeof b1) => s.lessons.flatMap((l) => parseLesson(l.markdown, '/tmp/x/a.md').glossary.map((g) => g.headword));
    assert.ok(rows(c1).length < rows(b1).length);
    assert.ok(rows(b1).includes('endiguer') && !rows(c1).includes('endiguer'));
  });

  it('estimates the seed dispatch at B2-C1 and a simple text lower', async () => {
    const seed = await importDispatch(readFileSync(SEED_DISPATCH, 'utf8'), deps);
    assert.ok(seed.lessons.every((l) => l.level === 'B2' || l.level === 'C1'), seed.lessons.map((l) => l.level).join(', '));
    const simple = await importDispatch('Le président est venu hier. Il a parlé avec les enfants de la ville. Ils sont contents.', deps);
    assert.ok(['A1', 'A2', 'B1'].includes(simple.lessons[0]!.level), simple.lessons[0]!.level);
  });

  it('reads HTML, repairs mojibake, and reports progress', async () => {
    const html = '<html><body><h1>Sommet</h1><p>La rÃ©union du Conseil de sÃ©curitÃ© a eu lieu mardi Ã\u00a0 New York.</p><script>alert(1)</script></body></html>';
    const progress: number[] = [];
    const series = await importDispatch(html, deps, { fileName: 'sommet.html', onProgress: (fraction) => progress.push(fraction) });
    const lesson = parseLesson(series.lessons[0]!.markdown, '/tmp/s/01.md');
    assert.deepEqual(lesson.paragraphs.map((p) => p.text), ['Sommet', 'La réunion du Conseil de sécurité a eu lieu mardi à New York.']);
    assert.ok(series.repairs.some((r) => r.from === 'Ã©' && r.to === 'é'));
    assert.ok(progress.length >= 3 && progress[progress.length - 1] === 1);
    assert.deepEqual([...progress].sort((a, b) => a - b), progress, 'progress only moves forward');
  });

  it('can be cancelled while analysing long input', async () => {
    const controller = new AbortController();
    const paragraph = 'Le ministre a rencontré son homologue pour discuter de la coopération bilatérale.';
    const text = Array.from({ length: 500 }, () => paragraph).join('\n');
    const run = importDispatch(text, deps, { signal: controller.signal, onProgress: (fraction) => fraction >= 0.3 && controller.abort() });
    await assert.rejects(run, ImportCancelled);
  });

  it('refuses text with no words in one sentence', async () => {
    await assert.rejects(importDispatch('  \n … 1234 \n', deps), (e: unknown) => e instanceof ImportError && /no French words/.test(e.message));
  });
});

describe('depeche lesson (built CLI)', function () {
  this.timeout(120000);
  let dir: string;
  const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'lesson', ...args], { encoding: 'utf8' });
  before(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'depeche-lesson-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the series into a new folder and says where', () => {
    const r = cli([SEED_DISPATCH, '--out', dir, '--title', 'Wang Yi et Lavrov', '--level', 'b2']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Wang Yi et Lavrov: \d lessons in .*wang-yi-et-lavrov/);
    assert.match(r.stdout, /repaired: Sergue\? → Sergueï/);
    const files = readdirSync(join(dir, 'wang-yi-et-lavrov'));
    assert.ok(files.length >= 2 && files.every((f) => f.endsWith('.md')));
    for (const f of files) parseLesson(readFileSync(join(dir, 'wang-yi-et-lavrov', f), 'utf8'), join(dir, f));
    const again = cli([SEED_DISPATCH, '--out', dir, '--title', 'Wang Yi et Lavrov']);
    assert.equal(again.status, 0, again.stderr);
    assert.ok(existsSync(join(dir, 'wang-yi-et-lavrov-2')), 'a second import goes to a new folder');
  });

  it('fails with one sentence and writes nothing for a missing or non-UTF-8 file', () => {
    const missing = cli([join(dir, 'absent.txt'), '--out', dir]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^depeche lesson: .*absent\.txt does not exist\.\n$/);
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x4c, 0x27, 0xe9, 0x74, 0xe9]));
    const bad = cli([latin1, '--out', join(dir, 'out')]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /not UTF-8/);
    assert.ok(!existsSync(join(dir, 'out')));
  });

  it('rejects a bad level with usage', () => {
    const r = cli([SEED_DISPATCH, '--level', 'D4']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--level must be one of/);
  });
});
