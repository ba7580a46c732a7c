// Runs extension tests the way a desktop VS Code would for @vscode/test-electron, in code-server:
// takes the Electron command line runTests passes (--extensionDevelopmentPath=, --extensionTestsPath=,
// --user-data-dir=, --extensions-dir=, [folder]), opens the web workbench in headless chromium with a
// `payload` naming the extension and the tests, relays the extension host's console (mocha's report)
// to stdout, and exits with the test runner's exit code.
// Env: CODE_SERVER, NODE24_DIR (from .ci/setup-vscode.sh), CHROMIUM (default /usr/bin/chromium).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, startCodeServer, writeUserSettings, type RunningCodeServer } from './codeServer';

const TIMEOUT_MS = Number(process.env.SHIM_TIMEOUT_MS ?? 300_000);

/** Stops what this process started, then exits; replaced once there is something to stop. */
let finish = async (code: number): Promise<void> => process.exit(code);

/** Workbench and remote-connection chatter that would bury the test report. */
const CHATTER =
  /^\s*(\[[\w:.\- ]+\] |(INFO|WARN|TRACE|DEBUG)\s|Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin)/;

function parseArgs(argv: string[]) {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const devPaths = argv.filter((a) => a.startsWith('--extensionDevelopmentPath=')).map((a) => a.slice(a.indexOf('=') + 1));
  const testsPath = value('extensionTestsPath');
  if (!devPaths.length || !testsPath) throw new Error('need --extensionDevelopmentPath= and --extensionTestsPath=');
  return {
    devPaths,
    testsPath,
    userDataDir: value('user-data-dir'),
    extensionsDir: value('extensions-dir'),
    folder: argv.find((a) => !a.startsWith('-')),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-shim-'));
  const dirs = {
    userDataDir: path.resolve(args.userDataDir ?? path.join(tmp, 'user-data')),
    extensionsDir: path.resolve(args.extensionsDir ?? path.join(tmp, 'extensions')),
    configDir: path.join(tmp, 'config'),
  };
  if (!fs.existsSync(path.join(dirs.userDataDir, 'User', 'settings.json'))) writeUserSettings(dirs, {});
  const logFile = path.join(tmp, 'code-server.log');

  let server: RunningCodeServer | undefined;
  let browser: BrowserContext | undefined;
  let finished = false;
  finish = async (code: number) => {
    if (finished) return;
    finished = true;
    await browser?.close().catch(() => undefined);
    server?.stop();
    if (code === 0) fs.rmSync(tmp, { recursive: true, force: true });
    else console.error(`shim: code-server log kept at ${logFile}`);
    process.exit(code);
  };
  setTimeout(() => {
    console.error(`shim: no result after ${TIMEOUT_MS / 1000}s`);
    void finish(3);
  }, TIMEOUT_MS).unref();
  process.on('SIGINT', () => void finish(130));
  process.on('SIGTERM', () => void finish(143));

  // The web workbench reads `payload` only with the smoke-test driver enabled.
  server = await startCodeServer(dirs, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver'], logFile });
  server.process.on('exit', (c) => {
    if (!finished) console.error(`shim: code-server exited early (${c})`);
    void finish(4);
  });
  browser = await launchChromium(path.join(tmp, 'chromium-profile'));
  const page = browser.pages()[0] ?? (await browser.newPage());

  // Receives the workbench's log lines and the extension host's console output.
  await page.exposeFunction('codeAutomationLog', (type: string, logArgs: unknown[]) => {
    let line = format(...logArgs.map((a) => (typeof a === 'string' ? a.replace(/%c/g, '') : a)));
    if (!process.env.SHIM_VERBOSE) {
      if (CHATTER.test(line)) return;
      if (/\/static\/out\/vs\//.test(line)) line = `[workbench] ${line.split('\n')[0]}`;
    }
    (type === 'error' ? console.error : console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => {
    console.log(`shim: extension tests exit code ${code}`);
    void finish(code === 0 ? 0 : 1);
  });

  const host = new URL(server.url).host;
  const remote = (p: string) => `vscode-remote://${host}${path.resolve(p)}`;
  const payload = [
    ...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(args.testsPath)],
    ['skipWelcome', 'true'],
  ];
  const where = args.folder ? `folder=${encodeURIComponent(path.resolve(args.folder))}` : 'ew=true';
  // A loaded machine takes more than playwright's default 30 s to serve the workbench.
  await page.goto(`${server.url}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 180_000 });
}

main().catch((e) => {
  console.error('shim:', e);
  void finish(5);
});
