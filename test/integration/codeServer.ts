// Real VS Code on a machine without a desktop build: code-server (VS Code's server + web workbench,
// installed by .ci/setup-vscode.sh) driven by headless Debian chromium through playwright-core.
// Shared by the integration shim and the e2e test.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Keeps the workbench quiet and offline: no AI panel, welcome page, telemetry or update checks. */
export const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
};

export interface CodeServerDirs {
  userDataDir: string;
  extensionsDir: string;
  /** Holds code-server's own config (XDG_CONFIG_HOME), so nothing is written to the home folder. */
  configDir: string;
}

function env(dirs: CodeServerDirs): NodeJS.ProcessEnv {
  const node24 = requiredEnv('NODE24_DIR');
  return { ...process.env, PATH: `${node24}:${process.env.PATH}`, XDG_CONFIG_HOME: dirs.configDir };
}

function requiredEnv(name: 'NODE24_DIR' | 'CODE_SERVER'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run \`source .ci/setup-vscode.sh\` first`);
  return value;
}

/** Writes the user settings code-server starts with (it reloads them live when the file changes). */
export function writeUserSettings(dirs: CodeServerDirs, settings: Record<string, unknown>): void {
  const file = path.join(dirs.userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
}

/** Installs a packaged extension into the extensions dir, as a user would. */
export function installExtension(dirs: CodeServerDirs, vsix: string): string {
  return execFileSync(
    requiredEnv('CODE_SERVER'),
    ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--install-extension', vsix, '--force'],
    { env: env(dirs), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
  /** Stops code-server and everything it started (it runs in its own process group). */
  stop(): void;
}

/** Starts code-server on a free port of 127.0.0.1 without auth; resolves once it answers /healthz. */
export async function startCodeServer(
  dirs: CodeServerDirs,
  { extraArgs = [], logFile }: { extraArgs?: string[]; logFile: string },
): Promise<RunningCodeServer> {
  const port = await freePort();
  const args = [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir,
    ...extraArgs,
  ];
  const log = fs.openSync(logFile, 'a');
  const child = spawn(requiredEnv('CODE_SERVER'), args, { env: env(dirs), detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    try {
      if (child.pid && !exited) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`code-server exited at start; see ${logFile}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (i > 600) {
      stop();
      throw new Error(`code-server did not answer within a minute; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, process: child, stop };
}

/** Headless Debian chromium with the flags this machine needs (see the brief). */
export function launchChromium(profileDir: string, viewport = { width: 1400, height: 900 }): Promise<BrowserContext> {
  // Playwright refuses --user-data-dir in args: a persistent context takes the profile dir instead.
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
