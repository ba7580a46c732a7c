// depeche.interfaceLanguage in a real VS Code (code-server, displayed in English): set to `fr`, the
// lesson errors the Lessons tree shows turn French while VS Code's own chrome (vscode.l10n) stays
// in VS Code's language, and the open reader and dashboard are built again in French, the reader
// at the same lesson with its quiz still open; set back, all of it is English again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually } from './eventually';
import type { DepecheApi } from '../../../src/extension';
import type { Quiz } from '../../../src/core/quiz/types';
import { Commands, Settings } from '../../../src/vscode/ids';

const EXTENSION_ID = 'depeche.depeche';

/** The broken workspace lesson's row (level Z9): its description and its tooltip's text. */
async function brokenRow(api: DepecheApi): Promise<{ description: string; tooltip: string }> {
  for (const series of await api.lessonTree.getChildren()) {
    for (const node of await api.lessonTree.getChildren(series)) {
      if (node.kind !== 'broken') continue;
      const item = api.lessonTree.getTreeItem(node);
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '');
      // appendText escapes Markdown punctuation and spaces: compare the text itself.
      return { description: String(item.description ?? ''), tooltip: tooltip.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1') };
    }
  }
  throw new Error('the workspace has a broken lesson');
}

describe('Interface language', function () {
  let api: DepecheApi;
  const config = () => vscode.workspace.getConfiguration(Settings.section);

  before(async function () {
    api = await vscode.extensions.getExtension<DepecheApi>(EXTENSION_ID)!.activate();
  });

  after(async function () {
    await config().update(Settings.interfaceLanguage, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('switches the lesson errors in the tree and rebuilds the open pages in French, then back in English', async function () {
    this.timeout(120_000);
    assert.equal(vscode.env.language, 'en', 'VS Code itself is displayed in English');
    const english = await brokenRow(api);
    assert.match(english.tooltip, /Level 'Z9' is not a CEFR level/);

    const lesson = (await api.catalog.load()).lessons[0]!;
    await vscode.commands.executeCommand(Commands.openLesson, lesson.id);
    const quiz = await vscode.commands.executeCommand<Quiz | undefined>(Commands.startQuiz);
    assert.ok(quiz && quiz.items.length > 0, 'the quiz is open');
    const reader = api.readerPanel()!;
    await eventually(() => assert.ok(reader.isReady, 'the reader page said ready'), 30_000);
    assert.equal(reader.pageLanguage, 'en');
    await vscode.commands.executeCommand(Commands.showDashboard);
    await eventually(() => assert.ok(api.surfaces.dashboard.active?.isReady, 'the dashboard said ready'), 30_000);
    const dashboard = api.surfaces.dashboard.active!;
    assert.equal(dashboard.panel.title, 'Progress');

    await config().update(Settings.interfaceLanguage, 'fr', vscode.ConfigurationTarget.Global);
    // The lessons are read again: the error is in French, with French typography.
    const french = await eventually(async () => {
      const row = await brokenRow(api);
      assert.match(row.tooltip, /Le niveau «\u202fZ9\u202f» n’est pas un niveau du CECRL/);
      return row;
    });
    // VS Code's chrome follows VS Code's display language, not the setting.
    assert.equal(french.description, 'broken');
    assert.match(french.tooltip, /This lesson could not be read/);

    // The pages are built again in French and say ready again (a hidden one once it is shown):
    // the dashboard in front, then the reader at the same lesson, the same quiz attempt open again.
    await eventually(() => {
      assert.equal(dashboard.pageLanguage, 'fr');
      assert.ok(dashboard.isReady, 'the rebuilt dashboard said ready');
    }, 30_000);
    assert.equal(dashboard.panel.title, 'Progrès');
    assert.equal(reader.pageLanguage, 'fr');
    await vscode.commands.executeCommand(Commands.openLesson, lesson.id);
    await eventually(() => {
      assert.ok(reader.isReady, 'the rebuilt reader page said ready');
      assert.notEqual(reader.quiz.current, quiz, 'the quiz was sent to the new page');
    }, 30_000);
    assert.equal(api.readerPanel(), reader, 'the same reader panel');
    assert.equal(reader.lessonId, lesson.id);
    assert.equal(reader.quiz.current!.seed, quiz.seed, 'the same attempt');

    await config().update(Settings.interfaceLanguage, 'en', vscode.ConfigurationTarget.Global);
    await eventually(async () => assert.match((await brokenRow(api)).tooltip, /Level 'Z9' is not a CEFR level/));
    await eventually(() => assert.ok(reader.pageLanguage === 'en' && reader.isReady, 'the reader in English'), 30_000);
    await vscode.commands.executeCommand(Commands.showDashboard);
    await eventually(() => assert.ok(dashboard.pageLanguage === 'en' && dashboard.isReady, 'the dashboard in English'), 30_000);
    assert.equal(dashboard.panel.title, 'Progress');
  });
});
