// What file-sync tools and git leave behind when two machines change the progress file between two
// syncs: conflict copies beside it (one per tool's naming scheme) and merge-conflict markers inside it.
// Both are read here so the store can merge them in; nothing in this module writes.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';

export type ConflictTool = 'Dropbox' | 'Syncthing' | 'Nextcloud' | 'Google Drive' | 'OneDrive' | 'iCloud';

/**
 * The sync tool whose conflict-copy naming `name` follows for the progress file `fileName`
 * (e.g. progress.json), or null when it is not a conflict copy of it:
 *  - Dropbox: `progress (conflicted copy).json`, `progress (Ana's conflicted copy 2026-12-05).json`;
 *  - Nextcloud / ownCloud: `progress (conflicted copy 2026-12-05 101112).json`, `progress_conflict-20261205-101112.json`;
 *  - Syncthing: `progress.sync-conflict-20261205-101112-ABCDEFG.json`;
 *  - Google Drive: `progress (1).json`; iCloud: `progress 2.json`;
 *  - OneDrive: `progress-LAPTOP-42.json` (the machine's name appended).
 * Our own side files (`progress.corrupt-….json`, `progress.v3.json`, temporary and lock files)
 * are never conflict copies.
 */
export function conflictTool(fileName: string, name: string): ConflictTool | null {
  const ext = nodePath.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  if (name === fileName || !name.startsWith(stem) || !name.endsWith(ext)) return null;
  const middle = name.slice(stem.length, name.length - ext.length);
  if (/^\.(corrupt-|v\d+$|moved-)/.test(middle)) return null;
  if (/^ \((?:[^()]*'s )?conflicted copy[^()]*\)$/i.test(middle)) return /\d{6}\)$/.test(middle) ? 'Nextcloud' : 'Dropbox';
  if (/^_conflict-\d{8}-\d{6}$/.test(middle)) return 'Nextcloud';
  if (/^\.sync-conflict-\d{8}-\d{6}(-[A-Z0-9]{7})?$/.test(middle)) return 'Syncthing';
  if (/^ \(\d+\)$/.test(middle)) return 'Google Drive';
  if (/^ \d+$/.test(middle)) return 'iCloud';
  if (/^-[A-Za-z0-9][A-Za-z0-9_-]{0,30}$/.test(middle)) return 'OneDrive';
  return null;
}

export interface ConflictCopy {
  path: string;
  tool: ConflictTool;
}

/** The conflict copies of `filePath` in its folder, oldest name first (stable order). */
export async function findConflictCopies(filePath: string): Promise<ConflictCopy[]> {
  const dir = nodePath.dirname(filePath);
  const fileName = nodePath.basename(filePath);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const copies: ConflictCopy[] = [];
  for (const name of names.sort()) {
    const tool = conflictTool(fileName, name);
    if (tool) copies.push({ path: nodePath.join(dir, name), tool });
  }
  return copies;
}

/** Where merged conflict copies are moved, out of the way but recoverable, beside the progress file. */
export function mergedCopiesDir(filePath: string): string {
  return nodePath.join(nodePath.dirname(filePath), '.depeche-merged');
}

const CONFLICT_START = /^<{7}(?: .*)?$/;
const CONFLICT_BASE = /^\|{7}(?: .*)?$/;
const CONFLICT_MIDDLE = /^={7}$/;
const CONFLICT_END = /^>{7}(?: .*)?$/;

/** True when the text holds git's merge-conflict markers at the start of a line. */
export function hasConflictMarkers(text: string): boolean {
  return /(^|\n)<{7}( [^\n]*)?\n[\s\S]*\n={7}\n[\s\S]*\n>{7}/.test(text);
}

/**
 * The two sides of a file with git merge-conflict markers (diff3 style too): each side is the file
 * with every conflicted hunk replaced by that side's lines. Null when the markers do not nest properly.
 */
export function conflictSides(text: string): [string, string] | null {
  const ours: string[] = [];
  const theirs: string[] = [];
  let state: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  for (const line of text.split('\n')) {
    if (CONFLICT_START.test(line)) {
      if (state !== 'both') return null;
      state = 'ours';
    } else if (CONFLICT_BASE.test(line) && state === 'ours') state = 'base';
    else if (CONFLICT_MIDDLE.test(line) && (state === 'ours' || state === 'base')) state = 'theirs';
    else if (CONFLICT_END.test(line) && state === 'theirs') state = 'both';
    else if (state === 'both') {
      ours.push(line);
      theirs.push(line);
    } else if (state === 'ours') ours.push(line);
    else if (state === 'theirs') theirs.push(line);
  }
  return state === 'both' ? [ours.join('\n'), theirs.join('\n')] : null;
}

/**
 * The exact "ours" and "theirs" versions of a file git left in conflict, from git's index (stages
 * 2 and 3), or null when git is not installed, the folder is not a repository or the file is not
 * in conflict there. Reconstructing the sides from the markers is the fallback: git may have merged
 * some hunks of one side into both.
 */
export async function gitConflictVersions(filePath: string): Promise<[Buffer, Buffer] | null> {
  const dir = nodePath.dirname(filePath);
  const name = `./${nodePath.basename(filePath)}`;
  const show = (stage: number) =>
    new Promise<Buffer | null>((resolve) => {
      execFile('git', ['-C', dir, 'show', `:${stage}:${name}`], { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, timeout: 20_000 }, (err, stdout) =>
        resolve(err ? null : stdout),
      );
    });
  const [ours, theirs] = await Promise.all([show(2), show(3)]);
  return ours && theirs ? [ours, theirs] : null;
}
