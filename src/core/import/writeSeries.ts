// Writes an imported series to disk all at once: the files go to a temporary folder beside the
// target, which is renamed into place only when every file is written. A failed import leaves
// nothing behind, and an existing folder is never overwritten.
import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ImportedSeries } from './importer';
import { ImportError } from './importer';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** A folder name under `parent` that is not taken yet: slug, slug-2, slug-3… */
export async function freeFolder(parent: string, slug: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(parent, n === 1 ? slug : `${slug}-${n}`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** Writes the series into `folder` (which must not exist yet); returns the lesson file paths in order. */
export async function writeSeries(series: ImportedSeries, folder: string): Promise<string[]> {
  if (await exists(folder)) throw new ImportError(l10n.t('{0} already exists; choose another folder.', folder));
  await mkdir(dirname(folder), { recursive: true });
  // Not mkdtemp: it makes the folder 0700, and the series must get the user's umask like any editor's files.
  const staging = join(dirname(folder), `.depeche-import-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    for (const lesson of series.lessons) await writeFile(join(staging, lesson.fileName), lesson.markdown, 'utf8');
    await rename(staging, folder);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  return series.lessons.map((l) => join(folder, l.fileName));
}
