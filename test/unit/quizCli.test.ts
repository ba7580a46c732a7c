// The `depeche quiz` command through the built bundle (dist/cli.js), on real lesson files.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lessonText } from '../../src/core/quiz/lessonText';
import { parseLesson } from '../../src/core/lesson/parser';
import { FIXTURE_SOMMET, SEED_FULL_TEXT } from './quizInputs';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const LESSON_1 = path.join(ROOT, 'lessons', 'wang-yi-lavrov', '01-rencontre.md');

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'quiz', ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('depeche quiz (CLI)', function () {
  this.timeout(60000);
  let tmp: string;

  before(() => {
    // The bundle under test is the one the build makes from this tree.
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-quiz-'));
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints a readable quiz with French typography, then the answers', () => {
    const r = run(LESSON_1, '--seed', '42');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Quiz — Wang Yi reçoit Sergueï Lavrov · 10 questions · seed 42\n/);
    assert.match(r.stdout, /\n1\. \[[a-z-]+\] /);
    assert.match(r.stdout, /\nAnswers\n/);
    assert.match(r.stdout, /«\u00a0[^»]+\u00a0»/, 'guillemets with non-breaking spaces');
    assert.doesNotMatch(r.stdout, / \?/, 'no ordinary space before ?');
  });

  it('prints JSON Lines with kind, prompt, choices, answer and evidence inside the text', () => {
    const r = run(FIXTURE_SOMMET, '--seed', '7', '--json', '--size', '12');
    assert.equal(r.code, 0, r.stderr);
    const text = lessonText(parseLesson(fs.readFileSync(FIXTURE_SOMMET, 'utf8'), FIXTURE_SOMMET));
    const items = jsonLines(r.stdout);
    assert.equal(items.length, 12);
    for (const item of items) {
      for (const k of ['kind', 'prompt', 'choices', 'answer', 'evidence']) assert.ok(k in item, `missing ${k}`);
      const { start, end } = item.evidence as { start: number; end: number };
      assert.ok(start >= 0 && start < end && end <= text.length);
      const choices = item.choices as string[];
      if (typeof item.answer === 'number') assert.ok(item.answer >= 0 && item.answer < choices.length);
      else if (typeof item.answer === 'string') {
        assert.deepEqual(choices, []);
        assert.ok(text.slice(start, end).includes(item.answer));
      } else assert.deepEqual([...(item.answer as number[])].sort(), choices.map((_, i) => i));
    }
  });

  it('gives the same quiz for the same seed, another order for another seed', () => {
    const a = run(SEED_FULL_TEXT, '--seed', '5', '--json');
    const b = run(SEED_FULL_TEXT, '--seed', '5', '--json');
    const c = run(SEED_FULL_TEXT, '--seed', '6', '--json');
    assert.equal(a.stdout, b.stdout);
    assert.notEqual(a.stdout, c.stdout);
  });

  it('without --seed picks one and says which on stderr (JSON mode)', () => {
    const r = run(LESSON_1, '--json');
    assert.equal(r.code, 0);
    const seed = /seed (\d+)/.exec(r.stderr)?.[1];
    assert.ok(seed, r.stderr);
    assert.equal(run(LESSON_1, '--json', '--seed', seed).stdout, r.stdout);
  });

  it('keeps to --kinds', () => {
    const r = run(FIXTURE_SOMMET, '--seed', '1', '--json', '--kinds', 'cloze,title-person');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([...new Set(jsonLines(r.stdout).map((i) => i.kind))].sort(), ['cloze', 'title-person']);
  });

  it('a missing file is one sentence and exit 1', () => {
    const r = run(path.join(tmp, 'absent.md'));
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^depeche quiz: .*absent\.md does not exist\.\n$/);
  });

  it('a broken lesson names its file and line, exit 1', () => {
    const broken = path.join(tmp, 'broken.md');
    fs.writeFileSync(broken, '---\ntitle: x\nlevel: B2\nseries: s\norder: 1\n---\n\n## Texte\n\nBonjour.\n');
    const r = run(broken);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^depeche quiz: .*broken\.md:\d+: .+\n$/);
  });

  it('usage mistakes exit 2 with the usage line', () => {
    for (const args of [[], [LESSON_1, '--seed', 'abc'], [LESSON_1, '--seed', '-3'], [LESSON_1, '--kinds', 'essay'], [LESSON_1, '--colour']]) {
      const r = run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^depeche quiz: .+\nusage: depeche quiz LESSON\.md/);
    }
  });

  it('explains itself with --help, JSON Lines included', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^usage: depeche quiz LESSON\.md/);
    assert.match(r.stdout, /JSON Lines/);
  });

  it('is listed by depeche --help', () => {
    const r = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    assert.match(r.stderr + r.stdout, /\bquiz\b/);
  });
});
