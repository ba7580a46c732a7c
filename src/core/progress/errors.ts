// Named errors of the progress store. Each carries `sentence`: one plain sentence, naming the file,
// that the command boundary can show the learner as is.
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
    const start = `Your vocabulary progress file ${baseName(this.path)} was damaged, so a copy was kept as ${baseName(this.backupPath)}`;
    const r = this.recovery;
    if (!r || r.recovered === 0) return `${start} and a fresh file will be started.`;
    if (r.recovered === r.total) return `${start}, and all ${count(r.total)} items in it were recovered.`;
    return `${start}, and ${count(r.recovered)} of its ${count(r.total)} items were recovered.`;
  }
}

/** The file exists but cannot be read (permissions, I/O): nothing will be written over it. */
export class ProgressFileUnreadableError extends ProgressError {
  override readonly name = 'ProgressFileUnreadableError';
  constructor(readonly path: string, readonly code: string) {
    super(`${path} cannot be read (${code})`);
  }
  get sentence(): string {
    return `Your vocabulary progress file ${baseName(this.path)} cannot be read because ${plainCause(this.code)}, so progress is kept in memory and nothing will be saved over it.`;
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
      ? `${baseName(this.path)} was saved by a newer version of Dépêche, so it cannot be imported until you update the extension.`
      : `Your vocabulary progress file ${baseName(this.path)} was saved by a newer version of Dépêche, so it is left untouched until you update the extension.`;
  }
}

/** Writing failed (read-only directory, full disk): the file on disk is unchanged. */
export class ProgressSaveError extends ProgressError {
  override readonly name = 'ProgressSaveError';
  constructor(readonly path: string, readonly code: string) {
    super(`could not save ${path} (${code})`);
  }
  get sentence(): string {
    return `Your vocabulary progress could not be saved to ${baseName(this.path)} because ${plainCause(this.code)}; it is kept in memory and saving will be retried.`;
  }
}

/** A document (file or import) that does not have the expected shape; `file` names it when known. */
export class ProgressFormatError extends ProgressError {
  override readonly name = 'ProgressFormatError';
  constructor(readonly detail: string, readonly file?: string) {
    super(file ? `${file}: ${detail}` : detail);
  }
  get sentence(): string {
    return `${this.file ? baseName(this.file) : 'This'} is not a Dépêche progress file: ${this.detail}.`;
  }
}

/** The error codes a learner may meet, in words; others are named by their code. */
const CAUSES: Record<string, string> = {
  ENOSPC: 'there is no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the system did not permit it',
  EISDIR: 'it is a folder',
  EIO: 'the device reported an input/output error',
  EMFILE: 'too many files are open',
  ELOCKED: 'another Dépêche window held the file too long',
};

/** An error code (`ENOSPC`) as the plain words a sentence can end on. */
export function plainCause(code: string): string {
  return Object.hasOwn(CAUSES, code) ? CAUSES[code]! : `of a system error (${code})`;
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}
