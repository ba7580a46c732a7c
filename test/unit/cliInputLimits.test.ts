// The CLI's input limits and encodings, through the built bundle (dist/cli.js) on real files: each
// refusal is one sentence naming the file (and the byte and line), exit code 1, nothing on stdout.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDepsFromData } from '../../src/core/import/deps';
import { ImportError, importDispatch } from '../../src/core/import/importer';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from './helpers/analysisData';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const MINIMAL = readFileSync(join(ROOT, 'test', 'fixtures', 'lessons', 'minimal.md'), 'utf8');
const MB = 1024 * 1024;

function cli(args: string[], input?: Buffer): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: tmpdir(), maxBuffer: 64 * MB });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 1, nothing printed, and exactly this one line on stderr. */
function assertRefused(r: { code: number; stdout: string; stderr: string }, line: string): void {
  assert.equal(r.stderr, `${line}\n`);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
}

describe('CLI input limits and encodings (built CLI)', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'data', 'lexicon.tsv'))) {
      execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' });
    }
    dir = mkdtempSync(join(tmpdir(), 'depeche-limits-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('analyze refuses a file over 10 MB, and stops reading /dev/zero at 10 MB', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(10 * MB + 1, 'a'));
    assertRefused(cli(['analyze', big]), `depeche analyze: ${big} is larger than 10 MB, the most Dépêche reads.`);
    assertRefused(cli(['analyze', '/dev/zero']), 'depeche analyze: /dev/zero is larger than 10 MB, the most Dépêche reads.');
    assertRefused(
      cli(['analyze'], Buffer.alloc(10 * MB + 1, 'a')),
      'depeche analyze: The standard input is larger than 10 MB, the most Dépêche reads.',
    );
  });

  it('analyze --json, written line by line, is the analysis of the whole text', () => {
    const text = "Le chef d'État\r\nest arrivé à Beijing.\n\n\nM. Wang a parlé.  Il a fait des préparatifs.\nLes chefs d'Etat se sont rencontrés";
    const file = join(dir, 'lines.txt');
    writeFileSync(file, text);
    const r = cli(['analyze', '--json', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${JSON.stringify(createAnalyzer({ dataDir: analysisDataDir() }).analyze(text), null, 1)}\n`);
  });

  it('quiz refuses a lesson that is not UTF-8, naming the byte and its line (it used to read U+FFFD and exit 0)', () => {
    const file = join(dir, 'latin1.md');
    const bytes = Buffer.from(MINIMAL, 'latin1');
    writeFileSync(file, bytes);
    const offset = bytes.findIndex((b) => b >= 0x80);
    assertRefused(cli(['quiz', file, '--seed', '1']), `depeche quiz: ${file} is not UTF-8 text: the byte at offset ${offset} (line 10) is not valid UTF-8.`);
  });

  it('quiz names UTF-16 and UTF-32 text by its byte-order mark (it said "starts with front matter")', () => {
    const utf16 = join(dir, 'utf16.md');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL, 'utf16le')]));
    assertRefused(cli(['quiz', utf16]), `depeche quiz: ${utf16} is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8.`);
    const utf32 = join(dir, 'utf32.md');
    writeFileSync(utf32, Buffer.from([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x2d]));
    assertRefused(cli(['quiz', utf32]), `depeche quiz: ${utf32} is UTF-32 text (it starts with a UTF-32 byte-order mark); save it as UTF-8.`);
    const noBom = join(dir, 'utf16-no-bom.md');
    writeFileSync(noBom, Buffer.from(MINIMAL, 'utf16le'));
    assertRefused(cli(['quiz', noBom]), `depeche quiz: ${noBom} is not text: it holds a NUL byte at offset 1 (line 1), as binary files and UTF-16 do.`);
  });

  it('quiz refuses a lesson file over 2 MB', () => {
    const file = join(dir, 'huge.md');
    writeFileSync(file, MINIMAL + 'x'.repeat(2 * MB));
    assertRefused(cli(['quiz', file]), `depeche quiz: ${file} is larger than 2 MB, the most Dépêche reads.`);
  });

  it('lesson refuses a dispatch over 10 MB or not in UTF-8', () => {
    const big = join(dir, 'dispatch-big.txt');
    writeFileSync(big, Buffer.alloc(10 * MB + 1, 'a'));
    assertRefused(cli(['lesson', big, '--out', dir]), `depeche lesson: ${big} is larger than 10 MB, the most Dépêche reads.`);
    const latin1 = join(dir, 'dispatch-latin1.txt');
    writeFileSync(latin1, Buffer.from('Le ministre a parlé.\nIl est arrivé.\n', 'latin1'));
    assertRefused(cli(['lesson', latin1, '--out', dir]), `depeche lesson: ${latin1} is not UTF-8 text: the byte at offset 18 (line 1) is not valid UTF-8.`);
  });

  it('the importer refuses text over 10 MB however it came (the VS Code command reads no file size)', async () => {
    const deps = importDepsFromData(analysisDataDir());
    await assert.rejects(
      importDispatch('a'.repeat(10 * MB + 1), deps, { fileName: 'selection.txt' }),
      (err: unknown) => err instanceof ImportError && err.message === 'selection.txt is longer than 10,485,760 characters (10 MB), the most Dépêche imports.',
    );
  });
});
