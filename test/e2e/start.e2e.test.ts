// `npm start` as a new user without `code` meets it: .ci/start builds, installs the packaged
// extension into code-server and serves VS Code in the browser; the first lesson opens by itself.
// Run with a home folder of its own, so that anything written outside Dépêche's cache and the
// learner's data folder shows up: code-server's config.yaml in ~/.config once did.
// Needs `source .ci/setup-vscode.sh` (DEPECHE_CACHE is shared with it, so a cold cache is set up once).
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../integration/codeServer';

const root = path.resolve(__dirname, '../..');
const outDir = path.resolve(process.env.DEPECHE_E2E_OUT ?? path.join(root, 'test-results', 'e2e'));

/** Every path under `dir`, relative to it, down to `depth` levels. */
function listTree(dir: string, depth: number, prefix = ''): string[] {
  if (depth === 0 || !fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name);
    return [rel, ...(entry.isDirectory() ? listTree(path.join(dir, entry.name), depth - 1, rel) : [])];
  });
}

/** Resolves with the first match of `pattern` in the child's output, or rejects when it exits first. */
function waitForOutput(child: ChildProcess, pattern: RegExp, log: string[]): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const match = log.join('').match(pattern);
      if (match) resolve(match);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${log.join('').slice(-3000)}`)));
  });
}

describe('npm start without `code`: VS Code in the browser', function () {
  let home: string;
  let start: ChildProcess | undefined;
  let browser: BrowserContext | undefined;
  const log: string[] = [];

  before(function () {
    assert.ok(process.env.DEPECHE_CACHE, 'DEPECHE_CACHE is set (source .ci/setup-vscode.sh)');
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-home-'));
    // npm reads its settings and cache from the home folder: point it at the real ones, so the
    // nested installs stay as fast and as configured as the outer run.
    const npmrc = path.join(os.homedir(), '.npmrc');
    const settings = fs.existsSync(npmrc) ? fs.readFileSync(npmrc, 'utf8') : '';
    fs.writeFileSync(path.join(home, '.npmrc'), `${settings}\ncache=${path.join(os.homedir(), '.npm')}\n`);
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    if (start?.pid && start.exitCode === null) process.kill(-start.pid, 'SIGKILL');
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('serves the workbench with the first lesson open, keeps lessons in a lasting data folder, writes nothing else home, and stops on Ctrl-C', async function () {
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, DEPECHE_START_BROWSER: '1', DEPECHE_PORT: '' };
    delete env.XDG_DATA_HOME;
    delete env.XDG_CONFIG_HOME;
    delete env.DEPECHE_WORKSPACE;
    // Its own process group, as a terminal would give it: Ctrl-C goes to the whole group.
    start = spawn('bash', ['.ci/start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    // The address comes first, then where the lessons go; the last line says how to stop.
    await waitForOutput(start, /Ctrl-C stops it\./, log);
    const [url] = log.join('').match(/http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/) ?? [];
    assert.ok(url, 'npm start prints the address to open');

    const workspace = path.join(home, '.local', 'share', 'depeche', 'workspace');
    assert.ok(fs.existsSync(path.join(workspace, 'lessons')), `the learner's lessons folder is ${workspace}/lessons`);
    assert.match(log.join(''), new RegExp(`Your own lessons go in ${workspace.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/lessons`));

    browser = await launchChromium(fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-start-chromium-')));
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(url, { timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    const reader = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await reader.locator('.unit').first().waitFor({ timeout: 120_000 });
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Wang Yi' }).first().waitFor({ timeout: 30_000 });
    fs.mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: path.join(outDir, 'start.png') });

    const written = listTree(home, 4).filter((p) => !/^(\.npmrc|\.local|\.local\/share|\.local\/share\/depeche(\/.*)?)$/.test(p));
    assert.deepEqual(written, [], 'npm start writes nothing in the home folder but the learner\'s data folder');

    process.kill(-start.pid!, 'SIGINT');
    const code = await new Promise<number | null>((resolve) => start!.on('exit', resolve));
    assert.ok(code !== null, 'npm start stops on Ctrl-C');
    const port = new URL(url).port;
    const stillServing = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => true, () => false);
    assert.equal(stillServing, false, 'code-server stops with it');
  });
});
