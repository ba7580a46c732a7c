// Writing an imported series: all files or none, never over an existing folder, and with the
// permissions any editor would give them (the user's umask), not mkdtemp's private 0700.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportedSeries } from '../../src/core/import/importer';
import { freeFolder, writeSeries } from '../../src/core/import/writeSeries';

function series(files: Record<string, string>): ImportedSeries {
  const lessons = Object.entries(files).map(([fileName, markdown]) => ({ fileName, markdown }));
  return { lessons } as unknown as ImportedSeries;
}

describe('import: writing a series to disk', () => {
  let parent: string;
  let umask: number;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'depeche-write-'));
    umask = process.umask();
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(parent, { recursive: true, force: true });
  });

  for (const [mask, folderMode, fileMode] of [[0o022, 0o755, 0o644], [0o002, 0o775, 0o664], [0o077, 0o700, 0o600]] as const) {
    it(`gives the folder and files the user's umask (${mask.toString(8).padStart(3, '0')})`, async () => {
      process.umask(mask);
      const folder = join(parent, 'lessons', 'wang-yi');
      const files = await writeSeries(series({ '01-a.md': 'a', '02-b.md': 'b' }), folder);
      assert.equal(statSync(folder).mode & 0o777, folderMode);
      for (const file of files) assert.equal(statSync(file).mode & 0o777, fileMode);
    });
  }

  it('writes every file, leaves no staging folder, and never writes over an existing folder', async () => {
    const folder = join(parent, 'series');
    const files = await writeSeries(series({ '01-a.md': 'première', '02-b.md': 'deuxième' }), folder);
    assert.deepEqual(files.map((f) => readFileSync(f, 'utf8')), ['première', 'deuxième']);
    assert.deepEqual(readdirSync(parent), ['series']);
    await assert.rejects(writeSeries(series({ '01-a.md': 'x' }), folder), /already exists/);
    assert.equal(readFileSync(files[0]!, 'utf8'), 'première');
    assert.equal(await freeFolder(parent, 'series'), join(parent, 'series-2'));
  });
});
