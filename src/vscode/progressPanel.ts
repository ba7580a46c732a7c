// What the review and the dashboard panels share: one panel per surface, the strict page shell,
// the `ready` handshake (nothing is posted before it), and a serializer that brings the panel back
// after a window reload.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { closeWaitingTabs } from './restoredTabs';
import { webviewLocale } from './interfaceLanguage';
import type { UiLanguage } from '../core/uiLanguage';
import { makeNonce, webviewHtml } from './webviewHtml';

export interface SurfaceSpec {
  viewType: string;
  /** The tab's title and the page's, in the interface language: read each time a page is built. */
  title(): string;
  pageTitle(): string;
  /** Names the bundle (`dist/webview/<surface>.js`), the style sheet (`media/<surface>.css`) and `data-surface`. */
  surface: string;
}

/** A surface's behaviour: what to post when the page is ready, how to answer its messages. */
export interface SurfaceController<Out, In> {
  /** The page loaded (or reloaded itself): post its whole state. */
  onReady(post: (message: Out) => void): Promise<void> | void;
  onMessage(message: In, post: (message: Out) => void): Promise<void> | void;
  dispose?(): void;
}

export class ProgressPanel<Out, In extends { type: string }> implements vscode.Disposable {
  private ready = false;
  private disposed = false;
  private language: UiLanguage = 'en';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly spec: SurfaceSpec,
    private readonly controller: SurfaceController<Out, In>,
    private readonly onDisposed: () => void,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'depeche.svg');
    this.buildPage();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: In) => this.receive(m)),
    );
  }

  /** Posts only once the page said `ready`: earlier messages would be lost. */
  post = (message: Out): void => {
    if (this.ready && !this.disposed) void this.panel.webview.postMessage(message);
  };

  get isReady(): boolean {
    return this.ready;
  }

  /** The interface language the page was built in. */
  get pageLanguage(): UiLanguage {
    return this.language;
  }

  /** The interface language changed: the page is built again in it, and gets its state at `ready`. */
  relocalize(): void {
    if (this.disposed) return;
    this.buildPage();
  }

  private buildPage(): void {
    this.ready = false;
    this.language = webviewLocale().lang;
    this.panel.title = this.spec.title();
    this.panel.webview.html = surfacePage(this.panel.webview, this.extensionUri, this.spec);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.controller.dispose?.();
    this.onDisposed();
    this.panel.dispose();
    vscode.Disposable.from(...this.disposables.splice(0)).dispose();
  }

  /** A message from the page (public so the integration suite can speak for the page). */
  async receive(message: In): Promise<void> {
    try {
      if (message?.type === 'ready') {
        this.ready = true;
        await this.controller.onReady(this.post);
      } else if (message && typeof message.type === 'string') {
        await this.controller.onMessage(message, this.post);
      }
    } catch (e) {
      console.error('[depeche]', e);
      void vscode.window.showErrorMessage(l10n.t('Dépêche: {0}', e instanceof Error ? e.message : String(e)));
    }
  }
}

/** One panel per surface: shown again if open, created otherwise, revived after a reload. */
export class SurfaceSlot<Out, In extends { type: string }> implements vscode.Disposable {
  private current: ProgressPanel<Out, In> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly spec: SurfaceSpec,
    private readonly makeController: () => SurfaceController<Out, In>,
  ) {}

  get active(): ProgressPanel<Out, In> | undefined {
    return this.current;
  }

  async show(): Promise<ProgressPanel<Out, In>> {
    if (this.current) {
      this.current.panel.reveal();
      return this.current;
    }
    await closeWaitingTabs(this.spec.viewType);
    // Another show may have made the panel while the tabs closed.
    if (this.current) return this.current;
    const panel = vscode.window.createWebviewPanel(this.spec.viewType, this.spec.title(), vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
    return this.adopt(panel);
  }

  /** For `registerWebviewPanelSerializer`: the panel VS Code restored becomes ours, unless one is open already. */
  revive(panel: vscode.WebviewPanel): void {
    if (this.current) {
      panel.dispose();
      return;
    }
    this.adopt(panel);
  }

  serializer(): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(this.spec.viewType, {
      deserializeWebviewPanel: async (panel) => this.revive(panel),
    });
  }

  /** Rebuilds the open panel's page in the interface language. */
  relocalize(): void {
    this.current?.relocalize();
  }

  dispose(): void {
    this.current?.dispose();
  }

  private adopt(panel: vscode.WebviewPanel): ProgressPanel<Out, In> {
    const wrapper: ProgressPanel<Out, In> = new ProgressPanel<Out, In>(panel, this.extensionUri, this.spec, this.makeController(), () => {
      if (this.current === wrapper) this.current = undefined;
    });
    this.current = wrapper;
    return wrapper;
  }
}

function surfacePage(webview: vscode.Webview, extensionUri: vscode.Uri, spec: SurfaceSpec): string {
  const asset = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...parts)).toString();
  return webviewHtml({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    title: spec.pageTitle(),
    scriptUri: asset('dist', 'webview', `${spec.surface}.js`),
    styleUris: [asset('media', 'common.css'), asset('media', `${spec.surface}.css`)],
    surface: spec.surface,
    locale: webviewLocale(),
  });
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}
