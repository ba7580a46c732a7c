// The extension in a real VS Code extension host (code-server): activation, contributions, the
// Lessons tree over the shipped series and a workspace folder, the reader panel, Next Lesson.
// The workspace is a scratch copy of test/integration/workspace (runTests.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { eventually } from './eventually';
import type { DepecheApi } from '../../../src/extension';
import type { Lesson } from '../../../src/core/lesson/model';
import { Commands, READER_VIEW_TYPE, Settings, Views } from '../../../src/vscode/ids';
import type { LessonTreeNode } from '../../../src/vscode/lessonTree';

const EXTENSION_ID = 'depeche.depeche';
const workspaceDir = (): string => {
  const dir = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'the test window has a workspace folder');
  return dir;
};

async function treeRows(api: DepecheApi) {
  const rows: { series: string; label: string; description: string; tooltip: string; node: LessonTreeNode }[] = [];
  for (const series of await api.lessonTree.getChildren()) {
    assert.equal(series.kind, 'series');
    const seriesName = String(api.lessonTree.getTreeItem(series).label);
    for (const node of await api.lessonTree.getChildren(series)) {
      const item = api.lessonTree.getTreeItem(node);
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '');
      rows.push({ series: seriesName, label: String(item.label), description: String(item.description ?? ''), tooltip, node });
    }
  }
  return rows;
}

function readerTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(READER_VIEW_TYPE));
}

describe('Dépêche in VS Code', function () {
  let api: DepecheApi;
  let seedLessons: Lesson[];

  before(async function () {
    const extension = vscode.extensions.getExtension<DepecheApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
    const builtin = path.join(extension.extensionPath, 'lessons') + path.sep;
    seedLessons = (await api.catalog.load()).lessons.filter((l) => l.file.startsWith(builtin));
  });

  it('activates on its commands only, and returns its API', function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(extension.isActive);
    const events: string[] = extension.packageJSON.activationEvents;
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `lazy activation: ${events.join(', ')}`);
    assert.ok(events.includes(`onWebviewPanel:${READER_VIEW_TYPE}`), 'a restored reader panel activates the extension');
    assert.equal(typeof api.readerLessonId, 'function');
  });

  it('registers every contributed command, under category Dépêche', async function () {
    const contributed: { command: string; category: string }[] =
      vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands;
    assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(Commands).sort());
    assert.ok(contributed.every((c) => c.category === 'Dépêche'));
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(Commands)) assert.ok(registered.has(id), `${id} is registered`);
  });

  it('lists the shipped series and its lessons in the Lessons tree, with their levels', async function () {
    assert.ok(seedLessons.length >= 4, `the seed series has at least 4 lessons (found ${seedLessons.length})`);
    const seriesName = seedLessons[0]!.meta.series;
    const rows = (await treeRows(api)).filter((r) => r.series === seriesName);
    assert.deepEqual(
      rows.map((r) => r.label),
      [...seedLessons].sort((a, b) => a.meta.order - b.meta.order).map((l) => l.meta.title),
    );
    for (const row of rows) {
      assert.equal(row.node.kind, 'lesson');
      assert.match(row.description, /^(A1|A2|B1|B2|C1|C2)$/);
      assert.match(row.tooltip, /questions/);
    }
    const view = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.views.depeche[0];
    assert.equal(view.id, Views.lessons);
  });

  it('shows a broken workspace lesson as broken, with file and line, while the others load', async function () {
    const rows = (await treeRows(api)).filter((r) => r.series === 'Atelier');
    const good = rows.find((r) => r.label === 'Un sommet à Paris');
    assert.ok(good, 'the good workspace lesson is listed');
    // Its level, and its known share once the progress has loaded (the tree does not wait for it).
    assert.match(good.description, /^B1( · \d+% known)?$/);
    const broken = rows.find((r) => r.node.kind === 'broken');
    assert.ok(broken, `a broken row is listed among ${rows.map((r) => r.label).join(', ')}`);
    assert.equal(broken.label, '02-en-panne.md');
    assert.equal(broken.description, 'broken');
    assert.match(broken.tooltip, /02-en-panne\.md:\d+/);
    const item = api.lessonTree.getTreeItem(broken.node);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'error');
    // The series row says what needs attention, and its tooltip where the series lives.
    const series = (await api.lessonTree.getChildren()).find((n) => n.kind === 'series' && n.name === 'Atelier')!;
    const seriesItem = api.lessonTree.getTreeItem(series);
    assert.equal(seriesItem.description, '1 broken');
    const tooltip = seriesItem.tooltip instanceof vscode.MarkdownString ? seriesItem.tooltip.value : '';
    // appendText escapes Markdown (the dashes in a temporary folder's name): compare unescaped.
    assert.ok(tooltip.replace(/\\(.)/g, '$1').includes(path.join(workspaceDir(), 'lessons', 'atelier')), `the tooltip names the folder: ${tooltip}`);
  });

  it('picks up lessons added to the workspace, and follows the lessonFolders setting', async function () {
    const source = path.join(workspaceDir(), 'lessons', 'atelier', '01-sommet.md');
    const added = path.join(workspaceDir(), 'lessons', 'atelier', '03-ajout.md');
    fs.writeFileSync(
      added,
      fs.readFileSync(source, 'utf8').replace('title: Un sommet à Paris', 'title: Une leçon ajoutée').replace('order: 1', 'order: 3'),
    );
    await eventually(async () => {
      assert.ok((await treeRows(api)).some((r) => r.label === 'Une leçon ajoutée'));
    });

    // A lesson folder that does not exist yet: the tree follows the setting, then the folder's creation.
    const config = vscode.workspace.getConfiguration(Settings.section);
    await config.update(Settings.lessonFolders, ['plus-tard'], vscode.ConfigurationTarget.Workspace);
    try {
      await eventually(async () => {
        assert.ok(!(await treeRows(api)).some((r) => r.series === 'Atelier'));
      });
      const later = path.join(workspaceDir(), 'plus-tard', 'atelier', '01-sommet.md');
      fs.mkdirSync(path.dirname(later), { recursive: true });
      fs.copyFileSync(source, later);
      await eventually(async () => {
        assert.deepEqual((await treeRows(api)).filter((r) => r.series === 'Atelier').map((r) => r.label), ['Un sommet à Paris']);
      });
    } finally {
      await config.update(Settings.lessonFolders, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await eventually(async () => {
      assert.ok((await treeRows(api)).some((r) => r.label === 'Une leçon ajoutée'));
    });
  });

  it('opens a lesson in the reader panel, and reuses that panel', async function () {
    const first = [...seedLessons].sort((a, b) => a.meta.order - b.meta.order)[0]!;
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    assert.equal(api.readerLessonId(), first.id);
    await eventually(() => {
      const tabs = readerTabs();
      assert.equal(tabs.length, 1);
      assert.equal(tabs[0]!.label, first.meta.title);
    });
  });

  it('opens one reader when a reader tab restored after a reload waits in the background', async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await eventually(() => assert.equal(readerTabs().length, 0));
    // A panel of the reader's kind that is not ours stands for a restored tab VS Code has not revived yet.
    const waiting = vscode.window.createWebviewPanel(READER_VIEW_TYPE, 'Restored', { viewColumn: vscode.ViewColumn.Active, preserveFocus: true });
    let closed = false;
    waiting.onDidDispose(() => (closed = true));
    // The window's tab list reaches the extension host a moment after the panel exists.
    await eventually(() => assert.equal(readerTabs().length, 1));
    const first = [...seedLessons].sort((a, b) => a.meta.order - b.meta.order)[0]!;
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    await eventually(() => assert.ok(closed, 'the waiting tab is closed'));
    await eventually(() => {
      const tabs = readerTabs();
      assert.equal(tabs.length, 1);
      assert.equal(tabs[0]!.label, first.meta.title);
    });
  });

  it('shows the new version of the open lesson when its file changes', async function () {
    const file = path.join(workspaceDir(), 'lessons', 'atelier', '01-sommet.md');
    const lesson = (await api.catalog.load()).lessons.find((l) => l.file === file);
    assert.ok(lesson, 'the workspace lesson is loaded');
    await vscode.commands.executeCommand(Commands.openLesson, lesson.id);
    await eventually(() => assert.deepEqual(readerTabs().map((t) => t.label), ['Un sommet à Paris']));
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Un sommet à Paris', 'title: Un sommet à Lyon'));
    await eventually(() => assert.deepEqual(readerTabs().map((t) => t.label), ['Un sommet à Lyon']));
    assert.equal(api.readerLessonId(), lesson.id);
  });

  it('keeps the lesson on display as it is when only other lesson files change', async function () {
    const first = [...seedLessons].sort((a, b) => a.meta.order - b.meta.order)[0]!;
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    const reader = api.readerPanel()!;
    const shown = reader.readerDocument;
    api.catalog.invalidate(); // what an import writing new lesson files sets off
    await eventually(async () => assert.ok((await api.catalog.load()).lessons.some((l) => l.id === first.id)));
    await reader.settled();
    assert.ok(reader.readerDocument === shown, 'the page is not sent the same lesson again');
  });

  it('keeps the lesson the learner opens when the lesson files change while it is being prepared', async function () {
    const [first, second] = [...seedLessons].sort((a, b) => a.meta.order - b.meta.order) as [Lesson, Lesson];
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    const reader = api.readerPanel()!;
    // Lessons read afresh: the second lesson's document takes a moment to build, and the files change
    // again meanwhile (an import writing its lessons). The reader once went back to the first lesson.
    api.catalog.invalidate();
    await api.catalog.load();
    const opening = vscode.commands.executeCommand(Commands.openLesson, second.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    api.catalog.invalidate();
    await opening;
    await reader.settled();
    assert.equal(api.readerLessonId(), second.id);
  });

  it('keeps the lesson the learner opens while the lesson files are being read again', async function () {
    const [first, second] = [...seedLessons].sort((a, b) => a.meta.order - b.meta.order) as [Lesson, Lesson];
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    const reader = api.readerPanel()!;
    // The lesson on display was edited, and reading it again is slow (a busy disk): the learner opens
    // another lesson meanwhile.
    const find = api.catalog.find;
    let release = (): void => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    let askedAgain = false;
    api.catalog.find = async (id) => {
      const lesson = await find.call(api.catalog, id);
      if (id !== first.id || !lesson) return lesson;
      askedAgain = true;
      await slow;
      return { ...lesson, meta: { ...lesson.meta, title: `${lesson.meta.title} (edited)` } };
    };
    try {
      api.catalog.invalidate();
      await eventually(() => assert.ok(askedAgain, 'the reader reads its lesson again'));
      await vscode.commands.executeCommand(Commands.openLesson, second.id);
      assert.equal(api.readerLessonId(), second.id);
      release();
      await reader.settled();
      assert.equal(api.readerLessonId(), second.id, 'the lesson opened last stays');
    } finally {
      api.catalog.find = find;
      release();
    }
  });

  it('moves on to the next lesson of the series with Next Lesson', async function () {
    const ordered = [...seedLessons].sort((a, b) => a.meta.order - b.meta.order);
    await vscode.commands.executeCommand(Commands.openLesson, ordered[0]!.id);
    await vscode.commands.executeCommand(Commands.nextLesson);
    assert.equal(api.readerLessonId(), ordered[1]!.id);
    await vscode.commands.executeCommand(Commands.nextLesson);
    assert.equal(api.readerLessonId(), ordered[2]!.id);
    await eventually(() => {
      assert.deepEqual(readerTabs().map((t) => t.label), [ordered[2]!.meta.title]);
    });
  });

  it('selects the lesson on display in the Lessons tree, after Next Lesson and when the tree comes back', async function () {
    const ordered = [...seedLessons].sort((a, b) => a.meta.order - b.meta.order);
    const selected = () => api.lessonTreeView.selection.map((n) => (n.kind === 'lesson' ? n.lesson.id : n.kind));
    await vscode.commands.executeCommand(`${Views.lessons}.focus`);
    await eventually(() => assert.ok(api.lessonTreeView.visible, 'the Lessons view is on screen'));
    await vscode.commands.executeCommand(Commands.openLesson, ordered[0]!.id);
    await eventually(() => assert.deepEqual(selected(), [ordered[0]!.id]));
    await vscode.commands.executeCommand(Commands.nextLesson);
    await eventually(() => assert.deepEqual(selected(), [ordered[1]!.id]));
    // Hidden while the learner moves on: selected when the view shows again.
    await vscode.commands.executeCommand('workbench.view.explorer');
    await eventually(() => assert.ok(!api.lessonTreeView.visible));
    await vscode.commands.executeCommand(Commands.nextLesson);
    await vscode.commands.executeCommand(`${Views.lessons}.focus`);
    await eventually(() => assert.deepEqual(selected(), [ordered[2]!.id]));
  });

  it('shows the progress a LessonProgressSource reports: a short description, the quiz score in the icon and tooltip', async function () {
    const first = [...seedLessons].sort((a, b) => a.meta.order - b.meta.order)[0]!;
    const changed = new vscode.EventEmitter<void>();
    let answered = 3;
    api.setProgressSource({
      onDidChange: changed.event,
      progressOf: (lesson) => (lesson.id === first.id ? { questionsAnswered: answered, questionsTotal: 5, knownShare: 0.4 } : undefined),
    });
    const rowOf = async () => (await treeRows(api)).find((r) => r.node.kind === 'lesson' && r.node.lesson.id === first.id)!;
    const iconOf = (node: LessonTreeNode) => {
      const icon = api.lessonTree.getTreeItem(node).iconPath;
      return icon instanceof vscode.ThemeIcon ? icon.id : undefined;
    };
    let row = await rowOf();
    // Short enough to show beside a title at the sidebar's default width.
    assert.equal(row.description, `${first.meta.level} · 40% known`);
    assert.match(row.tooltip, /Quiz: 3 of 5 questions right · 40% of its words known/);
    assert.equal(iconOf(row.node), 'circle-large-outline', 'a quiz under way shows an open circle');
    answered = 5;
    changed.fire();
    row = await rowOf();
    assert.match(row.tooltip, /Quiz: 5 of 5 questions right/);
    assert.equal(iconOf(row.node), 'pass', 'a finished lesson shows a check');
    changed.dispose();
  });
});
