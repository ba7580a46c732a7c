// Named errors of the progress store. Each carries `sentence`: one plain sentence the command
// boundary can show the learner as is.

export abstract class ProgressError extends Error {
  abstract readonly sentence: string;
}

/** The file exists but is not a valid progress document; it was copied to `backupPath` first. */
export class ProgressFileCorruptError extends ProgressError {
  override readonly name = 'ProgressFileCorruptError';
  constructor(readonly path: string, readonly backupPath: string, readonly reason: string) {
    super(`${path} is not a valid progress file (${reason}); a copy was kept at ${backupPath}`);
  }
  get sentence(): string {
    return `Your vocabulary progress file was damaged, so a copy was kept as ${baseName(this.backupPath)} and a fresh file will be started.`;
  }
}

/** The file exists but cannot be read (permissions, I/O): nothing will be written over it. */
export class ProgressFileUnreadableError extends ProgressError {
  override readonly name = 'ProgressFileUnreadableError';
  constructor(readonly path: string, readonly code: string) {
    super(`${path} cannot be read (${code})`);
  }
  get sentence(): string {
    return `Your vocabulary progress file cannot be read (${this.code}), so progress is kept in memory and nothing will be saved over it.`;
  }
}

/** The file was written by a newer version of Dépêche: it is left untouched. */
export class ProgressFileTooNewError extends ProgressError {
  override readonly name = 'ProgressFileTooNewError';
  constructor(readonly path: string, readonly version: number) {
    super(`${path} has schema version ${version}, newer than this version of Dépêche understands`);
  }
  get sentence(): string {
    return 'Your vocabulary progress was saved by a newer version of Dépêche, so it is left untouched until you update the extension.';
  }
}

/** Writing failed (read-only directory, full disk): the file on disk is unchanged. */
export class ProgressSaveError extends ProgressError {
  override readonly name = 'ProgressSaveError';
  constructor(readonly path: string, readonly code: string) {
    super(`could not save ${path} (${code})`);
  }
  get sentence(): string {
    return `Your vocabulary progress could not be saved (${this.code}); it is kept in memory and saving will be retried.`;
  }
}

/** A document (file or import) that does not have the expected shape. */
export class ProgressFormatError extends ProgressError {
  override readonly name = 'ProgressFormatError';
  constructor(readonly detail: string) {
    super(detail);
  }
  get sentence(): string {
    return `This is not a Dépêche progress file: ${this.detail}.`;
  }
}

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}
