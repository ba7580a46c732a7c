// Restores the reader panel after a window reload (activation event `onWebviewPanel:depeche.reader`).
import * as vscode from 'vscode';
import { READER_VIEW_TYPE } from './ids';
import { ReaderPanel, type ReaderDeps } from './readerPanel';

export function registerReaderSerializer(deps: ReaderDeps): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(READER_VIEW_TYPE, {
    deserializeWebviewPanel: (panel, state: unknown) => ReaderPanel.revive(panel, deps, state),
  });
}
