// `npm start` opens a workspace holding a `.depeche-start` file (activation event
// `workspaceContains:.depeche-start`): show the Lessons view and open the lesson the file names,
// or the first lesson, unless a reader panel was restored.
import * as vscode from 'vscode';
import { Commands, START_MARKER, Views } from './ids';
import { ReaderPanel } from './readerPanel';

export async function openLessonOnStartup(): Promise<void> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const marker = vscode.Uri.joinPath(folder.uri, START_MARKER);
    const content = await vscode.workspace.fs.readFile(marker).then(
      (bytes) => new TextDecoder().decode(bytes).trim(),
      () => undefined,
    );
    if (content === undefined) continue;
    if (ReaderPanel.active) return;
    await vscode.commands.executeCommand(`${Views.lessons}.focus`);
    if (content) await vscode.commands.executeCommand(Commands.openLesson, content);
    else await vscode.commands.executeCommand(Commands.nextLesson);
    return;
  }
}
