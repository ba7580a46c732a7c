// `depeche export` through the built bundle (dist/cli.js, with dist/sql-wasm.wasm beside it), on a
// progress file written by the progress store: every format, the --include option, and bad input.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadSqlJs, NOTE_TYPE_NAME, noteGuid, readZip } from '../../src/core/anki';
import { ProgressService, ProgressStore } from '../../src/core/progress';
import { FixedClock, seededRng, tempDir } from './progress-helpers';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'export', ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('depeche export (CLI)', function () {
  this.timeout(120_000);
  let dir: string;
  let cleanup: () => void;
  let progress: string;

  before(async () => {
    // The bundle under test is the one the build makes from this tree.
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' });
    assert.ok(existsSync(join(ROOT, 'dist', 'sql-wasm.wasm')), 'the build puts SQLite’s wasm in dist/');
    ({ dir, cleanup } = tempDir());
    progress = join(dir, 'progress.json');
    const clock = new FixedClock('2026-11-20T18:00:00.000Z');
    const service = new ProgressService(new ProgressStore(progress, clock.now), clock.now, seededRng(1));
    await service.load();
    const lesson = 'wang-yi-lavrov/01-rencontre';
    const sentence = 'Ils ont fait des préparatifs politiques pour la réunion prochaine des chefs d’État des deux pays.';
    service.noteSightings([
      { key: 'préparatif|NOUN', lesson, sentence, form: 'préparatifs', gloss: 'preparation' },
      { key: 'réunion|NOUN', lesson, sentence, form: 'réunion', gloss: 'meeting' },
    ]);
    service.setStatus('préparatif|NOUN', 'learning-2');
    service.setStatus('réunion|NOUN', 'known');
    await service.save();
  });
  after(() => cleanup());

  it('writes an .apkg that opens, with the learning items by default and known ones when asked', async () => {
    const sql = await loadSqlJs(join(ROOT, 'dist', 'sql-wasm.wasm'));
    const guids = (file: string) => {
      const db = new sql.Database(readZip(readFileSync(file))[0]!.data);
      try {
        return db.exec('SELECT guid FROM notes')[0]!.values.map((v) => v[0]);
      } finally {
        db.close();
      }
    };
    const out = join(dir, 'deck.apkg');
    const r = run('--format', 'apkg', '--progress', progress, '--out', out);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(guids(out), [noteGuid(NOTE_TYPE_NAME, 'préparatif|NOUN')]);
    assert.equal(run('--format', 'apkg', '--progress', progress, '--out', out, '--include', 'known,ignored').code, 0);
    assert.deepEqual(guids(out).sort(), [noteGuid(NOTE_TYPE_NAME, 'préparatif|NOUN'), noteGuid(NOTE_TYPE_NAME, 'réunion|NOUN')].sort());
  });

  it('writes the Anki text file, the CSV and the whole progress', () => {
    const tsv = join(dir, 'notes.txt');
    assert.equal(run('--format', 'anki-tsv', '--progress', progress, '--out', tsv).code, 0);
    const text = readFileSync(tsv, 'utf8');
    assert.match(text, /^#separator:tab\n#html:true\n#notetype:Cloze\n/);
    assert.match(text, /\n[^\n]*\{\{c1::préparatifs::preparation\}\}[^\n]*\tDépêche::Wang Yi – Lavrov, Pékin 2022\t/);

    const csv = join(dir, 'vocabulary.csv');
    assert.equal(run('--format', 'csv', '--progress', progress, '--out', csv, '--include', 'known').code, 0);
    const records: string[][] = parse(readFileSync(csv, 'utf8'), { bom: true, record_delimiter: '\r\n' });
    assert.deepEqual(records.map((r) => r[0]), ['key', 'préparatif|NOUN', 'réunion|NOUN']);

    const json = join(dir, 'export.json');
    assert.equal(run('--format', 'json', '--progress', progress, '--out', json).code, 0);
    assert.equal(JSON.parse(readFileSync(json, 'utf8')).records['réunion|NOUN'].status, 'known');
  });

  it('refuses bad input in one sentence naming the file, and writes nothing', () => {
    const out = join(dir, 'never.apkg');
    const missing = run('--format', 'apkg', '--progress', join(dir, 'absent.json'), '--out', out);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^depeche export: .*absent\.json .*\n$/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"schema":"depeche-progress","version":2,"records":');
    const bad = run('--format', 'csv', '--progress', broken, '--out', out);
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr, 'depeche export: broken.json is not a Dépêche progress file: it is not valid JSON.\n');
    assert.equal(existsSync(out), false);
    const unwritable = run('--format', 'csv', '--progress', progress, '--out', join(dir, 'no-such-folder', 'x.csv'));
    assert.equal(unwritable.code, 1);
    assert.match(unwritable.stderr, /no-such-folder\/x\.csv could not be written \(ENOENT\)/);
    const usage = run('--format', 'xlsx', '--progress', progress, '--out', out);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--format must be one of apkg, anki-tsv, csv, json; 'xlsx' is not one\.\nusage: depeche export/);
    assert.equal(run('--format', 'csv', '--progress', progress, '--out', out, '--include', 'new').code, 2);
    assert.equal(run('--format', 'csv', '--progress', progress).code, 2);
  });
});
