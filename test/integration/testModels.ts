// The scripted chat model of lm-provider/, packaged with vsce (as `npm run package` packages
// Dépêche) for installing into a test's extensions folder. Shared by the integration runner and
// the machine-translation screenshots.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Writes the .vsix into `dir` and returns its path. */
export function packageTestModels(dir: string): string {
  const vsix = path.join(dir, 'depeche-test-models.vsix');
  const vsce = path.join(root, 'node_modules', '.bin', 'vsce');
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix];
  execFileSync(vsce, args, { cwd: path.join(__dirname, 'lm-provider'), stdio: ['ignore', 'ignore', 'inherit'] });
  return vsix;
}
