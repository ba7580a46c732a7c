// Fuzz: the built command line (dist/cli.js) on random files. Every run exits 0, or non-zero with
// one line on stderr; never a stack trace. Lessons that `depeche lesson` writes are quizzed in turn.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { dispatchLine, frenchDispatch, hostileDispatch } from '../unit/importArbitraries';
import { campaign, FUZZ_TIMEOUT } from './campaign';
import { lessonFile } from './lessonFiles';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function depeche(...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 0, or a non-zero exit with one line on stderr that is not a stack trace. */
function assertClean(r: Run, what: string): void {
  assert.equal(r.signal, null, `${what}: killed by ${r.signal}`);
  assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `${what}: exit ${r.code}\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^\s+at |Error:|\n.*\S.*\n/m, `${what}: ${r.stderr}`);
  if (r.code !== 0) assert.equal(r.stderr.trimEnd().split('\n').length, 1, `${what}: ${r.stderr}`);
}

/** What a learner might hand the CLI: text, bytes that are not UTF-8, UTF-16 with its mark. */
const fileContent: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(hostileDispatch, frenchDispatch) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  { weight: 1, arbitrary: frenchDispatch.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]))) },
  { weight: 1, arbitrary: fc.constant('') },
);

describe('fuzz: the depeche command line', function () {
  this.timeout(FUZZ_TIMEOUT);
  let tmp: string;
  let n = 0;
  const newFile = (name: string, content: string | Uint8Array): string => {
    const dir = join(tmp, String(++n));
    mkdirSync(dir);
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  before(() => {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' });
    tmp = mkdtempSync(join(tmpdir(), 'depeche-fuzz-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('analyze: tokens or one sentence of error, as TSV and JSON', () => {
    fc.assert(
      fc.property(fileContent, fc.boolean(), (content, json) => {
        const file = newFile('dispatch.txt', content);
        assertClean(depeche('analyze', file, ...(json ? ['--json'] : [])), `analyze ${file}`);
      }),
      campaign(6),
    );
  });

  it('lesson: writes lessons or says why not in one sentence, and every lesson written quizzes', () => {
    fc.assert(
      fc.property(fileContent, fc.constantFrom('dispatch.txt', 'dispatch.md', 'dispatch.html'), fc.option(dispatchLine), (content, name, title) => {
        const file = newFile(name, content);
        const out = join(file, '..', 'out');
        const r = depeche('lesson', file, '--out', out, ...(title !== null && !title.startsWith('-') ? ['--title', title.replace(/\0/g, '')] : []));
        assertClean(r, `lesson ${file}`);
        if (r.code !== 0) return;
        for (const series of readdirSync(out)) {
          for (const lesson of readdirSync(join(out, series))) {
            const quiz = depeche('quiz', join(out, series, lesson), '--seed', '1', '--json');
            assertClean(quiz, `quiz ${join(out, series, lesson)}`);
            assert.doesNotMatch(quiz.stderr, /\.md:\d+:/, `an imported lesson does not parse: ${quiz.stderr}`);
          }
        }
      }),
      campaign(6),
    );
  });

  it('quiz: a quiz or one sentence of error on random lesson files', () => {
    fc.assert(
      fc.property(fc.oneof(lessonFile, fileContent), fc.nat(1000), (content, seed) => {
        const file = newFile('lesson.md', content);
        assertClean(depeche('quiz', file, '--seed', String(seed)), `quiz ${file}`);
      }),
      campaign(6),
    );
  });
});
