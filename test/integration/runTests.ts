// Runs the integration suite inside a real VS Code extension host (code-server, see vscodeShim.ts)
// through @vscode/test-electron, with a scratch workspace holding a good and a broken lesson, and
// the scripted language model of lm-provider/ installed as a .vsix (a second extension development
// path would not load: only one is).
// Usage: source .ci/setup-vscode.sh && npx tsx test/integration/runTests.ts
// DEPECHE_TEST_GREP=<regex> runs only the tests whose full title matches.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { installExtension, writeUserSettings } from './codeServer';
import { packageTestModels } from './testModels';

const root = path.resolve(__dirname, '../..');

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-integration-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  const dirs = { userDataDir: path.join(tmp, 'user-data'), extensionsDir: path.join(tmp, 'extensions'), configDir: path.join(tmp, 'config') };
  try {
    // Language models stay off unless a test turns them on: no other test may meet the question.
    writeUserSettings(dirs, { 'depeche.languageModel': 'off' });
    installExtension(dirs, packageTestModels(tmp));
    await runTests({
      vscodeExecutablePath: path.join(__dirname, 'vscode-shim.js'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${dirs.userDataDir}`, `--extensions-dir=${dirs.extensionsDir}`],
      extensionTestsEnv: {
        DEPECHE_TEST_WORKSPACE: workspace,
        ...(process.env.DEPECHE_TEST_GREP && { DEPECHE_TEST_GREP: process.env.DEPECHE_TEST_GREP }),
      },
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
