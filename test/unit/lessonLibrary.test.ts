import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupSeries, loadLessonFolders, nextLesson } from '../../src/core/lesson/library';

const MINIMAL = readFileSync(join(__dirname, '..', 'fixtures', 'lessons', 'minimal.md'), 'utf8');

function lesson(series: string, order: number): string {
  return MINIMAL.replace('series: Fixtures', `series: ${series}`).replace('order: 1', `order: ${order}`);
}

describe('loadLessonFolders', () => {
  let root: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'depeche-lessons-'));
    const write = (rel: string, text: string) => {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), text);
    };
    write('shipped/README.md', '# Not a lesson');
    write('shipped/wang-yi/02-second.md', lesson('Wang Yi – Lavrov', 2));
    write('shipped/wang-yi/01-first.md', lesson('Wang Yi – Lavrov', 1));
    write('shipped/wang-yi/03-broken.md', lesson('Wang Yi – Lavrov', 3).replace('| partie | NOUN |', '| partie | NOM |'));
    write('shipped/wang-yi/notes.txt', 'not markdown');
    write('shipped/wang-yi/deeper/ignored.md', lesson('Too deep', 1));
    write('shipped/loose.md', lesson('Autre série', 1));
    write('workspace/wang-yi/01-first.md', lesson('Copy', 1));
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('loads the good lessons of a folder and its subfolders, and reports the broken one with its line', async () => {
    const library = await loadLessonFolders([join(root, 'shipped')]);
    assert.deepEqual(library.lessons.map((l) => l.id).sort(), ['shipped/loose', 'wang-yi/01-first', 'wang-yi/02-second']);
    assert.deepEqual(library.problems, [
      {
        file: join(root, 'shipped', 'wang-yi', '03-broken.md'),
        line: 17,
        message: "Unknown part of speech 'NOM' for 'partie'; use one of NOUN, VERB, ADJ, ADV, PROPN, ADP, DET, PRON, AUX, CCONJ, SCONJ, NUM, INTJ.",
      },
    ]);
  });

  it('skips a missing folder silently and counts a folder given twice once', async () => {
    const library = await loadLessonFolders([join(root, 'shipped'), join(root, 'shipped', '.'), join(root, 'absent')]);
    assert.equal(library.lessons.length, 3);
    assert.equal(library.problems.length, 1);
  });

  it('reports a second lesson with the same id instead of hiding or replacing the first', async () => {
    const library = await loadLessonFolders([join(root, 'shipped'), join(root, 'workspace')]);
    const first = library.lessons.find((l) => l.id === 'wang-yi/01-first');
    assert.equal(first?.meta.series, 'Wang Yi – Lavrov');
    const duplicate = library.problems.find((p) => p.file === join(root, 'workspace', 'wang-yi', '01-first.md'));
    assert.match(duplicate?.message ?? '', /id 'wang-yi\/01-first' is already used by/);
  });

  it('groups series by title with lessons in order, and finds the next lesson across series', async () => {
    const library = await loadLessonFolders([join(root, 'shipped')]);
    const series = groupSeries(library.lessons);
    assert.deepEqual(
      series.map((s) => [s.title, s.lessons.map((l) => l.id)]),
      [
        ['Autre série', ['shipped/loose']],
        ['Wang Yi – Lavrov', ['wang-yi/01-first', 'wang-yi/02-second']],
      ],
    );
    assert.equal(nextLesson(library, 'wang-yi/01-first')?.id, 'wang-yi/02-second');
    assert.equal(nextLesson(library, 'shipped/loose')?.id, 'wang-yi/01-first');
    assert.equal(nextLesson(library, 'wang-yi/02-second'), undefined);
    assert.equal(nextLesson(library, 'no/such'), undefined);
  });
});

describe('the shipped lessons folder', () => {
  it('has no broken lesson', async () => {
    const library = await loadLessonFolders([join(__dirname, '..', '..', 'lessons')]);
    assert.deepEqual(library.problems, []);
  });
});
