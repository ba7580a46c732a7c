// "New Lessons from Dispatch…" in a real extension host: a dispatch selected in an editor becomes a
// lesson series in the workspace's lesson folder, listed in the catalog and opened in the reader.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DepecheApi } from '../../../src/extension';
import { parseLesson } from '../../../src/core/lesson/parser';
import { Commands } from '../../../src/vscode/ids';

const DISPATCH = [
  'PARIS, 3 mars 2022 (AFP) - Le ministre français des Affaires étrangères a rencontré jeudi son homologue allemand à Paris pour préparer le prochain sommet européen.',
  "Les deux ministres ont souligné l'importance de la coopération entre les deux pays et ont appelé à renforcer la coordination face à la crise. \"Nous devons agir ensemble\", a déclaré le ministre français, pour sa part très attaché au dialogue.",
  "Ils ont également évoqué la situation en Ukraine, la sécurité énergétique de l'Union européenne et les préparatifs du Conseil européen, qui se réunira à Bruxelles la semaine prochaine.",
].join('\n');

describe('New Lessons from Dispatch', function () {
  this.timeout(120_000);
  let api: DepecheApi;

  before(async () => {
    api = await vscode.extensions.getExtension<DepecheApi>('depeche.depeche')!.activate();
  });

  it('imports the selected dispatch into the workspace lesson folder and opens the first lesson', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: `Notes du jour\n\n${DISPATCH}\n\nFin des notes.`, language: 'plaintext' });
    const editor = await vscode.window.showTextDocument(doc);
    const start = doc.getText().indexOf('PARIS');
    const end = start + DISPATCH.length;
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));

    const files = await vscode.commands.executeCommand<string[]>(Commands.importDispatch, { title: 'Sommet franco-allemand', level: 'B1' });
    assert.ok(files && files.length >= 1, 'the command returns the files it wrote');
    const workspace = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const folder = path.join(workspace, 'lessons', 'sommet-franco-allemand');
    assert.equal(path.dirname(files[0]!), folder);
    const markdown = fs.readFileSync(files[0]!, 'utf8');
    assert.match(markdown, /^title: Sommet franco-allemand/m);
    assert.match(markdown, /^source: AFP$/m);
    assert.match(markdown, /«\u00a0Nous devons agir ensemble\u00a0»/);
    assert.doesNotMatch(markdown, /Notes du jour|Fin des notes/, 'only the selection is imported');

    const lesson = (await api.catalog.load()).lessons.find((l) => l.file === files[0]);
    assert.ok(lesson, 'the catalog lists the new lesson');
    assert.equal(lesson.meta.series, 'Sommet franco-allemand');
    assert.equal(api.readerLessonId(), lesson.id, 'the reader shows the first new lesson');
  });

  it("passes the learner's known and ignored words to the importer: the glossary leaves them out", async () => {
    const glossaryOf = (files: string[]) => files.flatMap((f) => parseLesson(fs.readFileSync(f, 'utf8'), f).glossary.map((g) => g.headword));
    const before = await vscode.commands.executeCommand<string[]>(Commands.importDispatch, { text: DISPATCH, title: 'Avant', level: 'B1' });
    for (const word of ['homologue', 'évoquer', 'sécurité énergétique']) assert.ok(glossaryOf(before!).includes(word), `${word} is taught to a new learner`);

    const progress = await api.progress.ready();
    progress.setStatus('homologue|NOUN', 'known');
    progress.setStatus('évoquer|VERB', 'ignored');
    progress.setStatus('sécurité énergétique|EXPR', 'known');
    try {
      const after = await vscode.commands.executeCommand<string[]>(Commands.importDispatch, { text: DISPATCH, title: 'Après', level: 'B1' });
      const rows = glossaryOf(after!);
      for (const word of ['homologue', 'évoquer', 'sécurité énergétique']) assert.ok(!rows.includes(word), `${word} is known or ignored, yet taught`);
      assert.ok(rows.includes('allemand'), `the rest is still taught: ${rows.join(', ')}`);
    } finally {
      // The other suites count records of their own words only, but leave the statuses as they were.
      for (const key of ['homologue|NOUN', 'évoquer|VERB', 'sécurité énergétique|EXPR']) progress.setStatus(key, 'new');
      await api.progress.flush();
    }
  });
});
