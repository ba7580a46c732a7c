// Where the reader was (lesson and scroll position), kept in a small file in the extension's
// workspace storage. Mementos and the webview's own state are flushed lazily by the workbench and can
// miss the last scroll before a reload (VS Code in the browser); a file write reaches the disk at once.
import * as vscode from 'vscode';
import type { ReaderViewState } from '../protocol';

const FILE_NAME = 'reader-view.json';
const SCHEMA_VERSION = 1;

interface StoredReaderView extends ReaderViewState {
  schemaVersion: typeof SCHEMA_VERSION;
}

export class ReaderViewStore {
  private readonly file: vscode.Uri;

  constructor(private readonly dir: vscode.Uri) {
    this.file = vscode.Uri.joinPath(dir, FILE_NAME);
  }

  async read(): Promise<ReaderViewState | undefined> {
    try {
      const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file))) as unknown;
      return asViewState(stored);
    } catch {
      return undefined;
    }
  }

  async write(view: ReaderViewState): Promise<void> {
    const stored: StoredReaderView = { schemaVersion: SCHEMA_VERSION, lessonId: view.lessonId, scrollTop: view.scrollTop };
    await vscode.workspace.fs.createDirectory(this.dir);
    await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(JSON.stringify(stored)));
  }
}

/** A view state from outside (a file, the webview): only well-formed fields pass. */
export function asViewState(value: unknown): ReaderViewState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lessonId, scrollTop } = value as Partial<ReaderViewState>;
  if (typeof lessonId !== 'string' || lessonId === '') return undefined;
  return { lessonId, scrollTop: typeof scrollTop === 'number' && Number.isFinite(scrollTop) && scrollTop >= 0 ? scrollTop : 0 };
}
