// Runs the built CLI (dist/cli.js) on real files, as a user would.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DISPATCH } from './helpers/shared';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string | Buffer): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'analyze', ...args], { input, encoding: 'utf8', cwd: tmpdir() });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('depeche analyze (built CLI)', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'data', 'lexicon.tsv'))) {
      execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' });
    }
    dir = mkdtempSync(join(tmpdir(), 'depeche-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints form, lemma, UPOS, gloss and expression per token, a blank line after each input line', () => {
    const file = join(dir, 'two-lines.txt');
    writeFileSync(file, "Les chefs d'Etat se sont rencontrés.\nIls ont fait des préparatifs.\n");
    const { code, stdout, stderr } = run([file]);
    assert.equal(code, 0, stderr);
    const blocks = stdout.split('\n\n');
    assert.equal(blocks.length, 3); // two lines, each followed by an empty line, then the final newline
    const rows = blocks[0]!.split('\n').map((l) => l.split('\t'));
    assert.ok(rows.every((r) => r.length === 5));
    assert.deepEqual(rows[1], ['chefs', 'chef', 'NOUN', 'head; leader; chief; chef', "chef d'État"]);
    assert.deepEqual(rows[3]!.slice(0, 3), ['Etat', 'État', 'NOUN']);
    assert.deepEqual(blocks[1]!.split('\n')[2]!.split('\t').slice(0, 3), ['fait', 'faire', 'VERB']);
  });

  it('reads standard input when no file is given and analyses the seed dispatch', () => {
    const { code, stdout } = run([], readFileSync(SEED_DISPATCH));
    assert.equal(code, 0);
    assert.match(stdout, /^prête\tprêt\tADJ\tready; willing\têtre prêt à$/m);
    assert.match(stdout, /^19h51\t19h51\tNUM\t\t$/m);
    assert.equal(stdout.split('\n').filter((l) => l === '').length, 9); // 8 input lines + final newline
  });

  it('--json gives tokens with offsets into the text', () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, 'M. Wang a parlé.');
    const { code, stdout } = run(['--json', file]);
    assert.equal(code, 0);
    const a = JSON.parse(stdout) as { text: string; tokens: Array<{ form: string; start: number; end: number; upos: string }> };
    assert.equal(a.text, 'M. Wang a parlé.');
    for (const t of a.tokens) assert.equal(a.text.slice(t.start, t.end), t.form);
    assert.deepEqual(a.tokens.map((t) => t.upos), ['NOUN', 'PROPN', 'AUX', 'VERB', 'PUNCT']);
  });

  it('fails with one clear sentence for a missing file, a non-UTF-8 file and an empty text', () => {
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x45, 0x74, 0x61, 0x74, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, ' \n\n');
    const cases: Array<[string[], RegExp]> = [
      [[join(dir, 'nope.txt')], /nope\.txt does not exist\.$/],
      [[latin1], /latin1\.txt is not UTF-8 text: the byte at offset 5 \(line 1\) is not valid UTF-8\.$/],
      [[empty], /empty\.txt holds no text to analyse\.$/],
      [[dir], /is a folder, not a file\.$/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = run(args);
      assert.notEqual(code, 0);
      assert.equal(stdout, '');
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr.trim(), message);
    }
  });

  it('rejects unknown options with the usage and exit code 2', () => {
    const { code, stderr } = run(['--frobnicate']);
    assert.equal(code, 2);
    assert.match(stderr, /usage: depeche analyze/);
  });
});
