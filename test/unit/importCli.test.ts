// `depeche lesson` gives the lessons "New Lessons from Dispatch…" gives: the same importer with
// the same learner. The learner's progress file (known, ignored and learning words) is read with
// --progress, as the command reads it from the progress hub; the series is written to disk.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/run';
import { importDepsFromData } from '../../src/core/import/deps';
import { importDispatch, suggestSeriesTitle, type ImportDeps } from '../../src/core/import/importer';
import { learnerKeys, learnerKeysFromFile } from '../../src/core/import/learner';
import { ProgressService, ProgressStore } from '../../src/core/progress';
import { parseLesson } from '../../src/core/lesson/parser';
import { analysisDataDir } from './helpers/analysisData';

const DISPATCH = join(__dirname, '..', 'fixtures', 'dispatches', 'soudan-treve.txt');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  const code = await runCli(['lesson', ...args], { stdin: new PassThrough(), stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('depeche lesson: the same lessons as the VS Code command', function () {
  this.timeout(120000);
  let deps: ImportDeps;
  let dir: string;
  let progressFile: string;
  before(async () => {
    deps = importDepsFromData(analysisDataDir());
    dir = mkdtempSync(join(tmpdir(), 'depeche-lesson-cli-'));
    progressFile = join(dir, 'progress.json');
    const clock = () => new Date('2026-03-02T09:00:00.000Z');
    const service = new ProgressService(new ProgressStore(progressFile, clock), clock, () => 0.5);
    await service.load();
    service.setStatus('trêve|NOUN', 'known');
    service.setStatus('cessez-le-feu|NOUN', 'ignored');
    service.setStatus('entrer en vigueur|EXPR', 'known');
    service.setStatus('acheminement|NOUN', 'learning-2');
    await service.save();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the known, ignored and learning words from a progress file without writing to it', () => {
    const before = readFileSync(progressFile);
    const keys = learnerKeysFromFile(before);
    assert.deepEqual([...keys.known].sort(), ['cessez-le-feu|NOUN', 'entrer en vigueur|EXPR', 'trêve|NOUN']);
    assert.deepEqual([...keys.learning], ['acheminement|NOUN']);
    assert.deepEqual(readFileSync(progressFile), before);
  });

  it('writes, for a learner, the very lessons the command makes with the suggested title', async () => {
    const out = join(dir, 'out');
    const r = await cli([DISPATCH, '--out', out, '--level', 'B2', '--progress', progressFile]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\d+% known/);
    // The command: the learner's keys from the progress hub's document, no title when the suggestion is kept.
    const text = readFileSync(DISPATCH, 'utf8');
    const doc = await new ProgressStore(progressFile, () => new Date()).load();
    const learner = learnerKeys(doc);
    const series = await importDispatch(text, deps, { fileName: DISPATCH, learnerLevel: 'B2', knownKeys: learner.known, learningKeys: learner.learning });
    assert.equal(series.title, suggestSeriesTitle(text, DISPATCH));
    const [folder] = readdirSync(out);
    const files = readdirSync(join(out, folder!)).sort();
    assert.deepEqual(files, series.lessons.map((l) => l.fileName));
    series.lessons.forEach((l, i) => assert.equal(readFileSync(join(out, folder!, files[i]!), 'utf8'), l.markdown, l.fileName));
    const glossary = series.lessons.flatMap((l) => parseLesson(l.markdown, '/tmp/s/a.md').glossary.map((g) => g.headword));
    for (const known of ['trêve', 'cessez-le-feu', 'entrer en vigueur']) assert.ok(!glossary.includes(known), known);
    assert.ok(glossary.includes('acheminement'), 'a word being learnt is taught');
  });

  it("reads statuses set in this window and not saved yet, as the command reads the hub's document", async () => {
    const clock = () => new Date('2026-03-02T09:00:00.000Z');
    const service = new ProgressService(new ProgressStore(join(dir, 'unsaved.json'), clock), clock, () => 0.5);
    await service.load();
    service.setStatus('homologue|NOUN', 'known');
    service.setStatus('évoquer|VERB', 'ignored');
    service.setStatus('sécurité énergétique|EXPR', 'known');
    const keys = learnerKeys(service.document);
    assert.deepEqual([...keys.known].sort(), ['homologue|NOUN', 'sécurité énergétique|EXPR', 'évoquer|VERB']);
    const text = "Le ministre a rencontré son homologue allemand. Ils ont évoqué la sécurité énergétique de l'Union européenne et les préparatifs du sommet.";
    const series = await importDispatch(text, deps, { learnerLevel: 'B1', knownKeys: keys.known, learningKeys: keys.learning });
    const rows = parseLesson(series.lessons[0]!.markdown, '/tmp/s/a.md').glossary.map((g) => g.headword);
    for (const word of ['homologue', 'évoquer', 'sécurité énergétique']) assert.ok(!rows.includes(word), `${word}: ${rows.join(', ')}`);
    assert.ok(rows.includes('allemand'), rows.join(', '));
  });

  it('without a progress file, teaches what a learner with progress knows', async () => {
    const out = join(dir, 'fresh');
    const r = await cli([DISPATCH, '--out', out, '--level', 'B2']);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /% known/);
    const [folder] = readdirSync(out);
    const rows = readdirSync(join(out, folder!)).flatMap((f) => parseLesson(readFileSync(join(out, folder!, f), 'utf8'), f).glossary.map((g) => g.headword));
    assert.ok(rows.includes('trêve') && rows.includes('entrer en vigueur'), rows.join(', '));
  });

  it('refuses a progress file it cannot read in one sentence naming it, and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": "x"');
    const out = join(dir, 'none');
    const r = await cli([DISPATCH, '--out', out, '--progress', bad]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^depeche lesson: .*bad\.json is not a Dépêche progress file: .*\.\n$/);
    const missing = await cli([DISPATCH, '--out', out, '--progress', join(dir, 'absent.json')]);
    assert.match(missing.stderr, /absent\.json cannot be read \(ENOENT\)\.\n$/);
    assert.throws(() => readdirSync(out));
  });
});
