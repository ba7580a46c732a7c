// Runs a webview surface the way VS Code does, in headless Debian Chromium: the real built
// bundle and style sheets, served from 127.0.0.1 inside the real HTML shell (real CSP, real
// nonce), with a stub `acquireVsCodeApi` that records what the page posts and saves, a VS Code
// theme injected the way the workbench injects it, and host messages posted into the page.
// Reused by every webview surface's tests (reader, review, dashboard).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { makeNonce, webviewHtml, type WebviewShell } from '../../src/vscode/webviewHtml';
import { THEMES, type ThemeKind, type WebviewTheme } from './themes';

export const REPO_ROOT = resolve(__dirname, '../..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One webview surface: its bundle and style sheets, relative to the repository root. */
export interface Surface {
  name: string;
  script: string;
  styles: string[];
}

export const READER_SURFACE: Surface = {
  name: 'reader',
  script: 'dist/webview/reader.js',
  styles: ['media/common.css', 'media/reader.css'],
};

/** Only built webview code and media are served, as `localResourceRoots` would allow. */
const SERVED_ROOTS = ['dist/webview/', 'media/'];
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface OpenOptions {
  surface: Surface;
  theme?: ThemeKind;
  /** What `getState()` returns at load, as VS Code hands a restored webview its saved state. */
  state?: unknown;
  viewport?: { width: number; height: number };
  title?: string;
  /**
   * Swaps the nonce policy for one that would let inline script run if the page ever created
   * it, so a test can prove the page itself never builds executable markup (not only that the
   * CSP blocks it).
   */
  permissiveCsp?: boolean;
  /** The interface language and its bundle, as the host sets them (English when absent). */
  locale?: WebviewShell['locale'];
}

/** The messages the stub host holds: what the page posted, what it saved, what CSP refused. */
interface HostRecord {
  posted: { type: string; [key: string]: unknown }[];
  state: unknown;
  cspViolations: string[];
}

declare global {
  interface Window {
    __host: HostRecord;
  }
}

/** Extra Chromium arguments and environment (the speech tests reach a private speech-dispatcher). */
export interface LaunchOptions {
  args?: string[];
  env?: Record<string, string>;
}

export class WebviewHarness {
  private nextPage = 0;

  private constructor(
    private readonly browser: Browser,
    private readonly server: Server,
    private readonly pages: Map<string, string>,
    readonly origin: string,
  ) {}

  static async start(launch: LaunchOptions = {}): Promise<WebviewHarness> {
    const pages = new Map<string, string>();
    const server = createServer((request, response) => {
      void serve(pages, request.url ?? '/', response);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('test server has no port');
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, ...(launch.args ?? [])],
      ...(launch.env ? { env: { ...process.env, ...launch.env } as Record<string, string> } : {}),
    });
    return new WebviewHarness(browser, server, pages, `http://127.0.0.1:${address.port}`);
  }

  /** Opens a surface in a fresh browser context and waits for its script to have run. */
  async open(options: OpenOptions): Promise<WebviewPage> {
    const theme = THEMES[options.theme ?? 'light'];
    const id = String(this.nextPage++);
    let html = webviewHtml({
      cspSource: this.origin,
      nonce: makeNonce(),
      title: options.title ?? `Dépêche ${options.surface.name}`,
      scriptUri: `${this.origin}/${options.surface.script}`,
      styleUris: options.surface.styles.map((s) => `${this.origin}/${s}`),
      surface: options.surface.name,
      locale: options.locale,
    });
    if (options.permissiveCsp) {
      html = html.replace(/script-src 'nonce-[^']+'/, `script-src ${this.origin} 'unsafe-inline' 'unsafe-eval'`);
    }
    this.pages.set(id, html);

    const context = await this.browser.newContext({ viewport: options.viewport ?? { width: 900, height: 700 } });
    const page = await context.newPage();
    const view = new WebviewPage(context, page, theme);
    await page.addInitScript({ content: stubHostScript(options.state, theme) });
    await page.goto(`${this.origin}/page/${id}`);
    await page.waitForFunction(() => window.__host.posted.length > 0);
    return view;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await new Promise<void>((done) => this.server.close(() => done()));
  }
}

export class WebviewPage {
  /** Uncaught page errors and console errors, in order. */
  readonly errors: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly theme: WebviewTheme,
  ) {
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
  }

  /** Posts a host -> webview message, as `webview.postMessage` does. */
  async post(message: unknown): Promise<void> {
    await this.page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  async posted(): Promise<HostRecord['posted']> {
    return this.page.evaluate(() => window.__host.posted);
  }

  async postedOfType(type: string): Promise<HostRecord['posted']> {
    return (await this.posted()).filter((m) => m.type === type);
  }

  /** Waits until the page has posted at least `count` messages of `type`; returns them. */
  async waitForPosted(type: string, count = 1): Promise<HostRecord['posted']> {
    await this.page.waitForFunction(
      ([t, n]) => window.__host.posted.filter((m) => m.type === t).length >= n,
      [type, count] as const,
    );
    return this.postedOfType(type);
  }

  async state(): Promise<unknown> {
    return this.page.evaluate(() => window.__host.state);
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => window.__host.cspViolations);
  }

  /** Switches the theme live, as VS Code does when the user changes colour theme. */
  async setTheme(kind: ThemeKind): Promise<void> {
    await this.page.evaluate(applyTheme, THEMES[kind]);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * The stub host, run in the page before any of its scripts (outside the page's CSP). Kept as
 * plain JavaScript text: tsx would otherwise wrap named functions in helpers the page lacks.
 */
function stubHostScript(state: unknown, theme: WebviewTheme): string {
  return `(() => {
  const record = { posted: [], state: ${JSON.stringify(state ?? null)}, cspViolations: [] };
  if (record.state === null) record.state = undefined;
  const theme = ${JSON.stringify(theme)};
  Object.defineProperty(window, '__host', { value: record });
  let acquired = false;
  window.acquireVsCodeApi = function () {
    if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
    acquired = true;
    return Object.freeze({
      postMessage(message) { record.posted.push(JSON.parse(JSON.stringify(message))); },
      getState() { return record.state; },
      setState(next) { record.state = JSON.parse(JSON.stringify(next)); return next; },
    });
  };
  document.addEventListener('securitypolicyviolation', function (event) {
    record.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
  // The workbench sets the theme variables on <html style> and the theme class on <body>.
  function apply() {
    if (!document.documentElement) return;
    for (const name of Object.keys(theme.vars)) document.documentElement.style.setProperty(name, theme.vars[name]);
    if (!document.body) return;
    document.body.classList.add(theme.bodyClass);
    document.body.dataset.vscodeThemeKind = theme.bodyClass;
    document.body.dataset.vscodeThemeName = theme.name;
  }
  apply();
  new MutationObserver(function (_, observer) {
    apply();
    if (document.body) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;
}

function applyTheme(theme: WebviewTheme): void {
  const style = document.documentElement.style;
  for (const name of Array.from(style)) if (name.startsWith('--vscode-')) style.removeProperty(name);
  for (const [name, value] of Object.entries(theme.vars)) style.setProperty(name, value);
  document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light');
  document.body.classList.add(theme.bodyClass);
  document.body.dataset.vscodeThemeKind = theme.bodyClass;
  document.body.dataset.vscodeThemeName = theme.name;
}

async function serve(pages: Map<string, string>, url: string, response: import('node:http').ServerResponse): Promise<void> {
  const path = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname).slice(1);
  if (path === 'favicon.ico') {
    response.writeHead(204).end(); // a browser asks; a webview never would
    return;
  }
  const page = /^page\/(\d+)$/.exec(path);
  if (page) {
    const html = pages.get(page[1] ?? '');
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'no such page');
    return;
  }
  const file = normalize(path);
  if (file.includes('..') || !SERVED_ROOTS.some((root) => file.startsWith(root.replace(/\//g, sep)))) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(join(REPO_ROOT, file));
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

/**
 * Mocha hooks for one test file: a browser and server for the file, every page opened through
 * `open` closed after its test.
 */
export function useWebviewHarness(launch: LaunchOptions | (() => LaunchOptions) = {}): { open(options: OpenOptions): Promise<WebviewPage> } {
  let harness: WebviewHarness | undefined;
  let pages: WebviewPage[] = [];
  before(async () => {
    harness = await WebviewHarness.start(typeof launch === 'function' ? launch() : launch);
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(async () => {
    await Promise.all(pages.map((page) => page.close()));
    pages = [];
  });
  return {
    async open(options) {
      if (!harness) throw new Error('the webview harness has not started');
      const page = await harness.open(options);
      pages.push(page);
      return page;
    },
  };
}
