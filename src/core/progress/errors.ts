// Named errors of the progress store. Each carries `sentence`: one plain sentence, naming the file,
// that the command boundary can show the learner as is.
import * as l10n from '@vscode/l10n';
import type { ProgressDocument } from './model';

export abstract class ProgressError extends Error {
  abstract readonly sentence: string;
}

/** What could be kept of a damaged file: the intact records (and sections) of the `total` it lists. */
export interface Recovery {
  doc: ProgressDocument;
  total: number;
  recovered: number;
}

/**
 * The file exists but is damaged (or is not a progress document); it was copied to `backupPath`
 * first. `recovery` holds what was intact, which the next save writes in its place.
 */
export class ProgressFileCorruptError extends ProgressError {
  override readonly name = 'ProgressFileCorruptError';
  constructor(readonly path: string, readonly backupPath: string, readonly reason: string, readonly recovery?: Recovery) {
    super(`${path} is not a valid progress file (${reason}); a copy was kept at ${backupPath}`);
  }
  get sentence(): string {
    const [file, backup] = [baseName(this.path), baseName(this.backupPath)];
    const r = this.recovery;
    if (!r || r.recovered === 0) return l10n.t('Your vocabulary progress file {0} was damaged, so a copy was kept as {1} and a fresh file will be started.', file, backup);
    if (r.recovered === r.total) return l10n.t('Your vocabulary progress file {0} was damaged, so a copy was kept as {1}, and all {2} items in it were recovered.', file, backup, count(r.total));
    return l10n.t('Your vocabulary progress file {0} was damaged, so a copy was kept as {1}, and {2} of its {3} items were recovered.', file, backup, count(r.recovered), count(r.total));
  }
}

/** The file exists but cannot be read (permissions, I/O): nothing will be written over it. */
export class ProgressFileUnreadableError extends ProgressError {
  override readonly name = 'ProgressFileUnreadableError';
  constructor(readonly path: string, readonly code: string) {
    super(`${path} cannot be read (${code})`);
  }
  get sentence(): string {
    return l10n.t('Your vocabulary progress file {0} cannot be read because {1}, so progress is kept in memory and nothing will be saved over it.', baseName(this.path), plainCause(this.code));
  }
}

/** The file (or an imported one) was written by a newer version of Dépêche: it is left untouched. */
export class ProgressFileTooNewError extends ProgressError {
  override readonly name = 'ProgressFileTooNewError';
  constructor(readonly path: string, readonly version: number, readonly imported = false) {
    super(`${path} has schema version ${version}, newer than this version of Dépêche understands`);
  }
  get sentence(): string {
    return this.imported
      ? l10n.t('{0} was saved by a newer version of Dépêche, so it cannot be imported until you update the extension.', baseName(this.path))
      : l10n.t('Your vocabulary progress file {0} was saved by a newer version of Dépêche, so it is left untouched until you update the extension.', baseName(this.path));
  }
}

/** Writing failed (read-only directory, full disk): the file on disk is unchanged. */
export class ProgressSaveError extends ProgressError {
  override readonly name = 'ProgressSaveError';
  constructor(readonly path: string, readonly code: string) {
    super(`could not save ${path} (${code})`);
  }
  get sentence(): string {
    return l10n.t('Your vocabulary progress could not be saved to {0} because {1}; it is kept in memory and saving will be retried.', baseName(this.path), plainCause(this.code));
  }
}

/** A document (file or import) that does not have the expected shape; `file` names it when known. */
export class ProgressFormatError extends ProgressError {
  override readonly name = 'ProgressFormatError';
  constructor(readonly detail: string, readonly file?: string) {
    super(file ? `${file}: ${detail}` : detail);
  }
  get sentence(): string {
    return this.file
      ? l10n.t('{0} is not a Dépêche progress file: {1}.', baseName(this.file), this.detail)
      : l10n.t('This is not a Dépêche progress file: {0}.', this.detail);
  }
}

/** The error codes a learner may meet, in words; others are named by their code. */
function cause(code: string): string | undefined {
  switch (code) {
    case 'ENOSPC': return l10n.t('there is no space left on the device');
    case 'EDQUOT': return l10n.t('the disk quota is used up');
    case 'EROFS': return l10n.t('the file system is read-only');
    case 'EACCES': return l10n.t('permission was denied');
    case 'EPERM': return l10n.t('the system did not permit it');
    case 'EISDIR': return l10n.t('it is a folder');
    case 'EIO': return l10n.t('the device reported an input/output error');
    case 'EMFILE': return l10n.t('too many files are open');
    case 'ELOCKED': return l10n.t('another Dépêche window held the file too long');
    default: return undefined;
  }
}

/** An error code (`ENOSPC`) as the plain words a sentence can end on. */
export function plainCause(code: string): string {
  return cause(code) ?? l10n.t('of a system error ({0})', code);
}

/** `1,234` in English, `1 234` in French: the bundle names the locale whose digit grouping counts use. */
function count(n: number): string {
  return n.toLocaleString(l10n.t({ message: 'en-GB', comment: ['The locale of the numbers in these messages: fr for French.'] }));
}

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}
