// "Dépêche: New Lesson…": a lesson file from the template, in a series folder of the first lesson
// folder (an existing series, or a new one), then opened in the editor.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lessonFileName, lessonTemplate } from '../../core/editor/lessonTemplate';
import type { Cefr } from '../../core/lesson/model';
import { Settings } from '../ids';
import { lessonDirs, type LessonCatalog } from '../lessonCatalog';

/** For scripted use (tests): what the author would be asked. */
export interface NewLessonArgs {
  folder?: string;
  title?: string;
  series?: string;
}

const TITLE = () => vscode.l10n.t('Dépêche: New Lesson');
/** Offered, selected, in the input boxes: the lesson's title is French, like its text. */
const SUGGESTED_TITLE = 'Nouvelle leçon'; // l10n-exempt: French lesson content
const SUGGESTED_FOLDER = 'nouvelle-serie';

export async function newLesson(catalog: LessonCatalog, fallbackDir: string, args: NewLessonArgs = {}): Promise<string | undefined> {
  const root = lessonDirs()[0] ?? fallbackDir;
  const lessons = (await catalog.load()).lessons;
  let folder = args.folder;
  if (!folder) {
    const existing = (await fs.readdir(root, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name));
    const picked = await vscode.window.showQuickPick(
      [
        ...existing.map((e) => ({ label: `$(folder) ${e.name}`, folder: path.join(root, e.name) })),
        { label: `$(new-folder) ${vscode.l10n.t('New series…')}`, folder: '' },
      ],
      { title: TITLE(), placeHolder: vscode.l10n.t('Which series? (in {0})', root) },
    );
    if (!picked) return undefined;
    folder = picked.folder;
    if (!folder) {
      // A name offered and selected: typing replaces it, Enter takes it.
      const name = await vscode.window.showInputBox({
        title: TITLE(),
        prompt: vscode.l10n.t('Name of the new series folder'),
        value: SUGGESTED_FOLDER,
        validateInput: (v) => (/^[\w-]+$/.test(v) ? undefined : vscode.l10n.t('Letters, digits, - and _ only.')),
      });
      if (!name) return undefined;
      folder = path.join(root, name);
    }
  }
  const title = args.title ?? (await vscode.window.showInputBox({ title: TITLE(), prompt: vscode.l10n.t('Title of the lesson'), value: SUGGESTED_TITLE }));
  if (!title) return undefined;

  const inFolder = lessons.filter((l) => path.dirname(l.file) === folder);
  const series = args.series ?? inFolder[0]?.meta.series ?? path.basename(folder);
  const order = Math.max(0, ...inFolder.map((l) => l.meta.order)) + 1;
  const level = vscode.workspace.getConfiguration(Settings.section).get<Cefr>(Settings.learnerLevel, 'B1');
  const file = path.join(folder, lessonFileName(order, title));
  await fs.mkdir(folder, { recursive: true });
  // `wx`: an existing file is never written over.
  await fs.writeFile(file, lessonTemplate({ title, series, order, level, date: new Date().toISOString().slice(0, 10) }), { flag: 'wx' });
  await vscode.window.showTextDocument(vscode.Uri.file(file));
  return file;
}
