// Runs the integration suite inside a real VS Code extension host (code-server, see vscodeShim.ts)
// through @vscode/test-electron, with a scratch workspace holding a good and a broken lesson.
// Usage: source .ci/setup-vscode.sh && npx tsx test/integration/runTests.ts
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '../..');

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-integration-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: path.join(__dirname, 'vscode-shim.js'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`],
      extensionTestsEnv: { DEPECHE_TEST_WORKSPACE: workspace },
    });
    return 0;
  } catch (e) {
    console.error('integration tests failed:', e instanceof Error ? e.message : e);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
