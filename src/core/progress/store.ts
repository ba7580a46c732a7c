// The progress file on disk (node `fs`, for a path the caller chooses).
// - Atomic: written to a temporary file in the same directory, fsynced, then renamed over the old one,
//   so a crash leaves either the old or the new file, never a torn one.
// - Safe: a damaged file is copied to `<name>.corrupt-<time>.json` before anything replaces it, and
//   what was intact in it is kept (fileFormat.ts, the careful way); an unreadable or too-new file is
//   never replaced at all.
// - Shared: two windows may save the same file. Saves take a lock file, re-read the file when
//   someone else changed it since we last saw it, and merge by timestamps (merge.ts).
import { promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as nodePath from 'node:path';
import {
  ProgressError, ProgressFileCorruptError, ProgressFileTooNewError, ProgressFileUnreadableError,
  ProgressFormatError, ProgressSaveError, type Recovery,
} from './errors';
import { emptyDocument } from './document';
import {
  encodeFile, generationInHeader, looksLikeVersion4, progressFileText, readVersion4, salvageVersion4, versionInHeader,
} from './fileFormat';
import { absorbSaved, mergeDocuments, mergeInto } from './merge';
import { conflictSides, findConflictCopies, gitConflictVersions, hasConflictMarkers, mergedCopiesDir, type ConflictCopy } from './syncConflicts';
import { UnknownVersionError, readProgressFile } from './migrate';
import { PROGRESS_VERSION, type ProgressDocument } from './model';

export interface StoreOptions {
  /** A lock older than this, or held by a dead process, is taken over. */
  lockStaleMs?: number;
  /** Give up waiting for another writer's lock after this long. */
  lockTimeoutMs?: number;
  /**
   * Writes `buffers` at the handle's position, like `handle.writev` (the default): it may write
   * less than asked, as on a disk that fills up. Tests inject such a disk here.
   */
  writev?: (handle: FileHandle, buffers: Buffer[]) => Promise<{ bytesWritten: number }>;
  /**
   * The lock file that serialises this machine's writers; by default beside the progress file. A
   * progress file in a synced folder keeps its lock outside that folder: a lock synced to another
   * machine would name a process there that cannot be checked here.
   */
  lockPath?: string;
}

/** What merging the sync tools' conflict copies did (ProgressStore.absorbConflictCopies). */
export interface ConflictCopiesReport {
  merged: ConflictCopy[];
  /** Copies read only in part (damaged) or not at all (unreadable, too new): `reason` says which. */
  problems: { copy: ConflictCopy; reason: string }[];
}

export interface SaveResult {
  /** What is now on disk: the saved document, into which other writers' changes were merged. */
  doc: ProgressDocument;
  /** Set when a corrupt file found while saving was backed up before being replaced. */
  backupPath?: string;
}

/** Identifies one version of the file: a rename by any writer changes the inode. */
interface FileSignature {
  ino: number;
  size: number;
  mtimeMs: number;
}

type ReadOutcome =
  | { kind: 'missing' }
  | { kind: 'ok'; doc: ProgressDocument; signature: FileSignature; fromVersion: number; generation: number }
  | { kind: 'corrupt'; reason: string; signature: FileSignature; recovery?: Recovery; generation?: number };

let tempCounter = 0;

export class ProgressStore {
  /** The file as we last read or wrote it; a save re-reads only when it differs. */
  private seen: FileSignature | null = null;
  /** A corrupt version already backed up (and reported), which a save may replace. */
  private backedUp: FileSignature | null = null;
  /** Set when the file must not be written over: it comes from a newer schema. (An unreadable or
   * corrupt file needs no flag: every save re-reads a file it has not seen, and stops if that fails.) */
  private blocked: ProgressError | null = null;
  /** The schema version of the file on disk when older than ours: it is copied aside before the first save. */
  private olderVersion: number | null = null;
  /** The generation (fileFormat.ts) of the file as we last read or wrote it; 0 before any version 3 file. */
  private generation = 0;
  private readonly lockStaleMs: number;
  private readonly lockTimeoutMs: number;
  private readonly writev: NonNullable<StoreOptions['writev']>;
  private readonly lockPath: string;
  /**
   * This store's saves and change checks, one at a time. A check made while a save was between writing
   * the file and noting what it wrote took our own bytes for another writer's, and merged them back
   * over what changed since (an undo made meanwhile came undone).
   */
  private turn: Promise<unknown> = Promise.resolve();
  /** Set when the file as last read must be written again although nothing changed (git's markers in it). */
  rewrite: 'git-conflict' | null = null;

  constructor(readonly path: string, private readonly clock: () => Date, options: StoreOptions = {}) {
    this.lockStaleMs = options.lockStaleMs ?? 10_000;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 15_000;
    this.writev = options.writev ?? ((handle, buffers) => handle.writev(buffers));
    this.lockPath = options.lockPath ?? `${path}.lock`;
  }

  /**
   * Merges into `doc` (in place) the conflict copies a sync tool left beside the file (Dropbox's
   * "conflicted copy", Syncthing's ".sync-conflict-…", …). A damaged copy gives what was intact in it;
   * an unreadable or too-new one is left where it is. Call tidyConflictCopies after the merged
   * document is saved.
   */
  async absorbConflictCopies(doc: ProgressDocument): Promise<ConflictCopiesReport> {
    const report: ConflictCopiesReport = { merged: [], problems: [] };
    for (const copy of await findConflictCopies(this.path)) {
      const bytes = await fs.readFile(copy.path).catch((e: unknown) => errorCode(e));
      if (typeof bytes === 'string') {
        if (bytes !== 'ENOENT') report.problems.push({ copy, reason: `it cannot be read (${bytes})` });
        continue;
      }
      const parsed = parseProgressBytes(bytes);
      if (parsed.kind === 'too-new') {
        report.problems.push({ copy, reason: `it was written by a newer Dépêche (version ${parsed.version})` });
        continue;
      }
      const other = parsed.kind === 'ok' ? parsed.doc : parsed.recovery?.doc;
      if (other) mergeInto(doc, other);
      if (parsed.kind === 'corrupt') report.problems.push({ copy, reason: `it is damaged (${parsed.reason}); what was intact was merged` });
      report.merged.push(copy);
    }
    return report;
  }

  /** Moves merged conflict copies into `.depeche-merged/` beside the file: out of the way, recoverable. */
  async tidyConflictCopies(copies: readonly ConflictCopy[]): Promise<void> {
    if (copies.length === 0) return;
    const dir = mergedCopiesDir(this.path);
    await fs.mkdir(dir, { recursive: true });
    for (const copy of copies) {
      const stamp = this.clock().toISOString().replace(/:/g, '-');
      await fs.rename(copy.path, nodePath.join(dir, `${stamp} ${nodePath.basename(copy.path)}`)).catch((e: unknown) => {
        if (errorCode(e) !== 'ENOENT') throw new ProgressSaveError(copy.path, errorCode(e));
      });
    }
  }

  /**
   * The stored document; an empty one when there is no file yet. Throws a ProgressError otherwise:
   * for a damaged file, a ProgressFileCorruptError after the file was backed up, whose `recovery`
   * holds what was intact (the next save writes it over the damaged file).
   */
  async load(): Promise<ProgressDocument> {
    await this.removeDeadWritersTemps();
    const read = await this.read();
    if (read.kind === 'missing') {
      this.seen = null;
      return emptyDocument();
    }
    if (read.kind === 'corrupt') {
      const error = await this.backUpCorrupt(read);
      this.olderVersion = null;
      this.generation = read.generation ?? 0;
      throw error;
    }
    this.olderVersion = read.fromVersion < PROGRESS_VERSION ? read.fromVersion : null;
    this.seen = read.signature;
    this.generation = read.generation;
    return read.doc;
  }

  /**
   * What another writer saved since we last read or wrote the file, or null if nothing changed.
   * Never writes; a damaged file is left for the next save to back up.
   */
  readIfChanged(): Promise<ProgressDocument | null> {
    return this.inTurn(() => this.readChanged());
  }

  private async readChanged(): Promise<ProgressDocument | null> {
    if (this.blocked) throw this.blocked;
    const current = await this.statFile();
    if (!current || (await this.unchanged(current)) || sameSignature(current, this.backedUp)) return null;
    const read = await this.read();
    if (read.kind !== 'ok') return null;
    this.seen = read.signature;
    this.generation = read.generation;
    return read.doc;
  }

  /**
   * Saves `doc`, first merging into it (in place) any change another writer made since we last saw
   * the file. Only records changed since the last save are encoded; the others are written back as
   * the bytes they were read as.
   */
  save(doc: ProgressDocument): Promise<SaveResult> {
    return this.inTurn(() => this.saveLocked(doc));
  }

  private async saveLocked(doc: ProgressDocument): Promise<SaveResult> {
    if (this.blocked) throw this.blocked;
    const release = await this.lock();
    try {
      let backupPath: string | undefined;
      const current = await this.statFile();
      if (current && !(await this.unchanged(current)) && !sameSignature(current, this.backedUp)) {
        const read = await this.read();
        if (read.kind === 'ok') {
          this.olderVersion = read.fromVersion < PROGRESS_VERSION ? read.fromVersion : null;
          this.generation = Math.max(this.generation, read.generation);
          absorbSaved(doc, read.doc);
        }
        if (read.kind === 'corrupt') {
          backupPath = (await this.backUpCorrupt(read)).backupPath;
          // What was intact in it is kept; the damaged parts are not written back.
          if (read.recovery) absorbSaved(doc, read.recovery.doc);
          this.generation = Math.max(this.generation, read.generation ?? 0);
        }
      }
      if (this.olderVersion !== null) await this.keepOlderVersion(this.olderVersion);
      const generation = this.generation + 1;
      await this.writeAtomically(encodeFile(doc, generation));
      this.rewrite = null;
      this.generation = generation;
      this.seen = await this.statFile();
      const result: SaveResult = { doc };
      if (backupPath) result.backupPath = backupPath;
      return result;
    } finally {
      await release();
    }
  }

  /**
   * Whether the file is the one we last read or wrote: same inode, size and mtime, and (for a
   * version 3 file) the same generation in its header, which every save bumps: this catches another
   * writer's same-size save within the file system's mtime resolution. One 96-byte read.
   */
  private async unchanged(current: FileSignature): Promise<boolean> {
    if (!sameSignature(current, this.seen)) return false;
    if (this.generation === 0) return true;
    let head = '';
    try {
      const handle = await fs.open(this.path, 'r');
      try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(96), 0, 96, 0);
        head = buffer.toString('utf8', 0, bytesRead);
      } finally {
        await handle.close();
      }
    } catch {
      return false; // Let the full read report it.
    }
    return generationInHeader(head) === this.generation;
  }

  private async read(): Promise<ReadOutcome> {
    let bytes: Buffer;
    let stats: Stats;
    try {
      const handle = await fs.open(this.path, 'r');
      try {
        stats = await handle.stat();
        bytes = await handle.readFile();
      } finally {
        await handle.close();
      }
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ENOENT') return { kind: 'missing' };
      throw new ProgressFileUnreadableError(this.path, code);
    }
    const signature = signatureOf(stats);
    const parsed = isGitConflict(bytes) ? await this.resolveGitConflict(bytes) : parseProgressBytes(bytes);
    if (parsed.kind === 'too-new') throw this.tooNew(parsed.version);
    return { ...parsed, signature };
  }

  /**
   * A file git left with merge-conflict markers (a progress folder kept in a git repository): both
   * sides are read (exactly, from git's index when git is there; else rebuilt from the markers and
   * read the careful way) and merged. The merged document is saved over the file at the next save;
   * when a side could not be read whole, the file is first backed up as a damaged one.
   */
  private async resolveGitConflict(bytes: Buffer): Promise<ParsedFile> {
    const versions = await gitConflictVersions(this.path);
    const sides = versions ?? conflictSides(progressFileText(bytes))?.map((t) => Buffer.from(t, 'latin1'));
    if (!sides) return { kind: 'corrupt', reason: 'it holds git merge-conflict markers that do not pair up' };
    const [ours, theirs] = sides.map(parseProgressBytes) as [ParsedFile, ParsedFile];
    for (const side of [ours, theirs]) if (side.kind === 'too-new') return side;
    const docs = [ours, theirs].map((p) => (p.kind === 'ok' ? p.doc : p.kind === 'corrupt' ? p.recovery?.doc : undefined));
    const merged = docs[0] && docs[1] ? mergeDocuments(docs[0], docs[1]) : (docs[0] ?? docs[1]);
    const generation = Math.max(...[ours, theirs].map((p) => ('generation' in p ? (p.generation ?? 0) : 0)));
    this.rewrite = 'git-conflict';
    if (ours.kind === 'ok' && theirs.kind === 'ok') return { kind: 'ok', doc: merged!, fromVersion: Math.min(ours.fromVersion, theirs.fromVersion), generation };
    const total = [ours, theirs].reduce((n, p) => n + (p.kind === 'ok' ? p.doc.records.size : p.kind === 'corrupt' ? (p.recovery?.total ?? 0) : 0), 0);
    const reason = 'it holds a git merge conflict whose sides could not both be read whole';
    return merged ? { kind: 'corrupt', reason, recovery: { doc: merged, total, recovered: merged.records.size }, generation } : { kind: 'corrupt', reason };
  }

  private tooNew(version: number): ProgressFileTooNewError {
    const error = new ProgressFileTooNewError(this.path, version);
    this.blocked = error;
    return error;
  }

  /** Copies the corrupt file aside (never moving it: the original stays until a save replaces it). */
  private async backUpCorrupt(read: { reason: string; signature: FileSignature; recovery?: Recovery }): Promise<ProgressFileCorruptError> {
    const dir = nodePath.dirname(this.path);
    const stem = nodePath.basename(this.path).replace(/\.json$/i, '');
    // ISO time with ':' replaced: file names must also be valid on Windows.
    const stamp = this.clock().toISOString().replace(/:/g, '-');
    let backupPath = nodePath.join(dir, `${stem}.corrupt-${stamp}.json`);
    for (let n = 2; ; n++) {
      try {
        await fs.copyFile(this.path, backupPath, fs.constants.COPYFILE_EXCL);
        break;
      } catch (e) {
        const code = errorCode(e);
        // Without a backup the file must not be replaced: the save stops here.
        if (code !== 'EEXIST') throw new ProgressSaveError(this.path, code);
        backupPath = nodePath.join(dir, `${stem}.corrupt-${stamp}-${n}.json`);
      }
    }
    this.backedUp = read.signature;
    return new ProgressFileCorruptError(this.path, backupPath, read.reason, read.recovery);
  }

  /** Before the first save in a newer schema, the file as the older version wrote it is kept aside. */
  private async keepOlderVersion(version: number): Promise<void> {
    const copy = this.path.replace(/(\.json)?$/i, `.v${version}.json`);
    try {
      await fs.copyFile(this.path, copy, fs.constants.COPYFILE_EXCL);
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') throw new ProgressSaveError(this.path, errorCode(e));
    }
    this.olderVersion = null;
  }

  /** Temporary files left by writers that were killed mid-write. */
  private async removeDeadWritersTemps(): Promise<void> {
    const dir = nodePath.dirname(this.path);
    const prefix = `${nodePath.basename(this.path)}.tmp-`;
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.startsWith(prefix)) continue;
      const pid = Number(name.slice(prefix.length).split('-')[0]);
      if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) {
        await fs.rm(nodePath.join(dir, name), { force: true }).catch(() => undefined);
      }
    }
  }

  private async writeAtomically(buffers: Buffer[]): Promise<void> {
    const temp = `${this.path}.tmp-${process.pid}-${++tempCounter}`;
    try {
      const handle = await fs.open(temp, 'wx');
      try {
        await this.writeAll(handle, buffers);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, this.path);
    } catch (e) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw new ProgressSaveError(this.path, errorCode(e));
    }
    await syncDirectory(nodePath.dirname(this.path));
  }

  /**
   * One gathered write (the unchanged records go out as the bytes they were read as), continued
   * until all is written. A disk that fills up mid-write makes writev return a short count, not an
   * error (libuv keeps what was written); the write of the rest then fails with the real cause (ENOSPC).
   */
  private async writeAll(handle: FileHandle, buffers: Buffer[]): Promise<void> {
    const rest = buffers.filter((b) => b.length > 0);
    for (let first = 0; first < rest.length;) {
      let { bytesWritten } = await this.writev(handle, first === 0 ? rest : rest.slice(first));
      if (bytesWritten <= 0) throw Object.assign(new Error('the write made no progress'), { code: 'EIO' });
      while (first < rest.length && bytesWritten >= rest[first]!.length) bytesWritten -= rest[first++]!.length;
      if (bytesWritten > 0) rest[first] = rest[first]!.subarray(bytesWritten);
    }
  }

  private async statFile(): Promise<FileSignature | null> {
    try {
      return signatureOf(await fs.stat(this.path));
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return null;
      throw new ProgressSaveError(this.path, errorCode(e));
    }
  }

  /** An exclusive lock file next to the progress file, taken over when its holder died or hung. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turn.then(work, work);
    this.turn = run.catch(() => undefined);
    return run;
  }

  private async lock(): Promise<() => Promise<void>> {
    const lockPath = this.lockPath;
    const started = Date.now();
    const token = `${process.pid} ${++tempCounter}`;
    for (;;) {
      try {
        await fs.writeFile(lockPath, token, { flag: 'wx' });
        return async () => {
          // Only remove the lock if it is still ours (it may have been taken over as stale).
          const holder = await fs.readFile(lockPath, 'utf8').catch(() => '');
          if (holder === token) await fs.rm(lockPath, { force: true });
        };
      } catch (e) {
        const code = errorCode(e);
        if (code !== 'EEXIST') throw new ProgressSaveError(this.path, code);
      }
      const stale = await this.staleLock(lockPath);
      if (stale !== null) {
        await breakLock(lockPath, stale, token);
        continue;
      }
      if (Date.now() - started > this.lockTimeoutMs) throw new ProgressSaveError(this.path, 'ELOCKED');
      await new Promise((resolve) => setTimeout(resolve, 5 + (process.pid % 7)));
    }
  }

  /** The content of the lock if its holder died or hung, else null. */
  private async staleLock(lockPath: string): Promise<string | null> {
    try {
      const [text, stats] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath)]);
      const pid = Number(text.split(' ')[0]);
      const dead = Number.isInteger(pid) && pid > 0 && !processAlive(pid);
      return dead || Date.now() - stats.mtimeMs > this.lockStaleMs ? text : null;
    } catch {
      return null; // Gone already, or being written: try again.
    }
  }
}

/**
 * Removes a stale lock without ever removing a live one: the lock is first renamed to a name only
 * we use, and if it turns out not to be the stale one we judged (another writer broke the stale
 * lock and took a new one meanwhile), it is linked back in place (a link never overwrites).
 */
async function breakLock(lockPath: string, staleContent: string, token: string): Promise<void> {
  const claimed = `${lockPath}.stale-${token.replace(/\s+/g, '-')}`;
  try {
    await fs.rename(lockPath, claimed);
  } catch {
    return; // Someone else broke it first.
  }
  const content = await fs.readFile(claimed, 'utf8').catch(() => '');
  if (content !== staleContent) await fs.link(claimed, lockPath).catch(() => undefined);
  await fs.rm(claimed, { force: true });
}

type ParsedFile =
  | { kind: 'ok'; doc: ProgressDocument; fromVersion: number; generation: number }
  | { kind: 'corrupt'; reason: string; recovery?: Recovery; generation?: number }
  | { kind: 'too-new'; version: number };

/** Reads the bytes of a progress file of any version: whole, or the careful way when damaged. */
export function parseProgressBytes(bytes: Buffer): ParsedFile {
  // A version 4 file as written (its checksum holds) is read without decoding its records.
  const fast = looksLikeVersion4(bytes) ? readVersion4(bytes) : null;
  if (fast) return { kind: 'ok', ...fast, fromVersion: 4 };
  // Anything else is parsed whole and every part checked (fileFormat.ts, the careful way).
  const text = progressFileText(bytes);
  let raw: unknown;
  let reason: string;
  try {
    raw = JSON.parse(text);
  } catch {
    // A newer Dépêche may write what this one cannot parse: its header says so.
    const version = versionInHeader(text);
    if (version !== null && version > PROGRESS_VERSION) return { kind: 'too-new', version };
    raw = undefined;
  }
  if (raw === undefined) reason = text.length === 0 ? 'the file is empty' : 'the JSON is cut short or malformed';
  else {
    try {
      const read = readProgressFile(raw);
      if (!read.damage) return { kind: 'ok', doc: read.doc, fromVersion: read.fromVersion, generation: read.generation };
      const { total, recovered } = read.damage;
      return { kind: 'corrupt', reason: read.damage.reason, recovery: { doc: read.doc, total, recovered }, generation: read.generation };
    } catch (e) {
      if (e instanceof UnknownVersionError) return { kind: 'too-new', version: e.version };
      if (!(e instanceof ProgressFormatError)) throw e;
      reason = e.detail;
    }
  }
  // Not readable whole (cut short, or a damaged byte in the JSON or the header): a version 4 file
  // is read line by line, and what checks is kept. When everything checks, only the header was hit.
  const salvaged = salvageVersion4(bytes);
  if (salvaged && salvaged.damage === null) return { kind: 'ok', doc: salvaged.doc, fromVersion: 4, generation: salvaged.generation };
  if (!salvaged) return { kind: 'corrupt', reason };
  const { doc, total, recovered, generation } = salvaged;
  return { kind: 'corrupt', reason: `${reason}; ${salvaged.damage}`, recovery: { doc, total, recovered }, generation };
}

/** Git's conflict markers at the start of the file or of a line (the file itself is ASCII JSON). */
function isGitConflict(bytes: Buffer): boolean {
  return bytes.includes('\n<<<<<<< ') || bytes.subarray(0, 8).toString('latin1') === '<<<<<<< ' ? hasConflictMarkers(progressFileText(bytes)) : false;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

/** Makes the rename itself durable; not possible on every platform, so failures are ignored. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a directory; the rename is still atomic there.
  }
}

function signatureOf(stats: Stats): FileSignature {
  return { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
}

function sameSignature(a: FileSignature, b: FileSignature | null): boolean {
  return b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'EIO';
}
