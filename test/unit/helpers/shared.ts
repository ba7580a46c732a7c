// The team's shared folder (seed dispatch, eval treebank): beside the repository in CI, or the
// workplace's copy when working in a worktree.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = [join(__dirname, '..', '..', '..', '..', 'shared'), '/work/shared'];

export function sharedPath(...parts: string[]): string {
  const base = CANDIDATES.find((d) => existsSync(join(d, ...parts))) ?? CANDIDATES[0]!;
  return join(base, ...parts);
}

export const SEED_DISPATCH = sharedPath('seed', 'dispatch-wang-yi-lavrov.txt');
