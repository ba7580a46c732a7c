// The editor features in a real extension host: a broken lesson's diagnostics at the right lines,
// each quick fix changing the file and its diagnostic going away, POS completions, the preview
// following an edit, and glosses on hover in a French .txt (and none in an English one).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DepecheApi } from '../../../src/extension';
import { parseLesson } from '../../../src/core/lesson/parser';
import { Commands } from '../../../src/vscode/ids';
import { eventually } from './eventually';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'lessons', 'authoring', 'broken.md');

/** A folder of the workspace that is not a lesson folder: the files here are lessons by their front matter. */
function scratchDir(): string {
  const dir = path.join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, 'authoring-scratch');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function openCopy(name: string, content: string): Promise<vscode.TextEditor> {
  const file = path.join(scratchDir(), name);
  fs.writeFileSync(file, content);
  const document = await vscode.workspace.openTextDocument(file);
  return vscode.window.showTextDocument(document);
}

function depeche(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dépêche');
}

async function fixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

describe('Authoring lessons and French text in the editor', function () {
  this.timeout(120_000);
  let api: DepecheApi;

  before(async () => {
    api = await vscode.extensions.getExtension<DepecheApi>('depeche.depeche')!.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    api.lessonPreview()?.dispose();
    fs.rmSync(scratchDir(), { recursive: true, force: true });
  });

  it('puts a broken lesson’s errors and warnings in the Problems panel, at their lines and columns', async () => {
    const editor = await openCopy('diagnostics.md', fs.readFileSync(FIXTURE, 'utf8'));
    const diagnostics = await eventually(() => {
      const found = depeche(editor.document.uri);
      assert.ok(found.length >= 3, `diagnostics so far: ${found.map((d) => d.message).join(' | ')}`);
      return found;
    });
    const at = (d: vscode.Diagnostic) => [d.range.start.line + 1, d.range.start.character, d.range.end.character, d.severity];
    const byCode = (message: RegExp) => diagnostics.find((d) => message.test(d.message))!;
    assert.deepEqual(at(byCode(/Unknown part of speech 'NUON'/)), [22, 16, 20, vscode.DiagnosticSeverity.Error]);
    assert.deepEqual(at(byCode(/evidence quoted for question 1/)), [31, 3, 22, vscode.DiagnosticSeverity.Error]);
    assert.deepEqual(at(byCode(/'préparatiffs' matches nothing/)), [23, 2, 14, vscode.DiagnosticSeverity.Warning]);

    // As the author types, the diagnostics follow.
    await editor.edit((e) => e.replace(new vscode.Range(21, 16, 21, 20), 'NOUN'));
    await eventually(() => assert.ok(!depeche(editor.document.uri).some((d) => /NUON/.test(d.message))));
  });

  it('fixes an evidence quote and a near-miss glossary entry, and their diagnostics go away', async () => {
    const editor = await openCopy('fixes.md', fs.readFileSync(FIXTURE, 'utf8'));
    const uri = editor.document.uri;
    const quote = await eventually(() => depeche(uri).find((d) => /evidence quoted/.test(d.message))!);
    const quoteFix = (await fixesAt(uri, quote.range)).find((a) => a.title.startsWith('Quote the text'));
    assert.ok(quoteFix?.edit, 'a fix for the quote');
    assert.ok(await vscode.workspace.applyEdit(quoteFix.edit));
    assert.equal(editor.document.lineAt(30).text, '   > en visite à Beijing');
    await eventually(() => assert.ok(!depeche(uri).some((d) => /evidence quoted/.test(d.message))));

    const nearMiss = await eventually(() => depeche(uri).find((d) => /préparatiffs/.test(d.message))!);
    const entryFix = (await fixesAt(uri, nearMiss.range)).find((a) => a.title.startsWith("Change 'préparatiffs'"));
    assert.ok(entryFix?.edit, 'a fix for the entry');
    assert.ok(await vscode.workspace.applyEdit(entryFix.edit));
    assert.equal(editor.document.lineAt(22).text, '| préparatifs | NOUN | m | preparations | always plural |');
    await eventually(() => assert.ok(!depeche(uri).some((d) => /préparatiffs|préparatifs/.test(d.message))));
  });

  it('adds glossary rows from the engine and a Translation skeleton from the glossary', async () => {
    const editor = await openCopy('rows.md', fs.readFileSync(FIXTURE, 'utf8'));
    const uri = editor.document.uri;
    await eventually(() => assert.ok(depeche(uri).length > 0));
    const inGlossary = new vscode.Range(18, 3, 18, 3);
    const rows = (await fixesAt(uri, inGlossary)).find((a) => a.title.startsWith('Add glossary rows'));
    assert.ok(rows?.edit, 'a fix adding rows');
    const before = editor.document.lineCount;
    assert.ok(await vscode.workspace.applyEdit(rows.edit));
    assert.ok(editor.document.lineCount > before);
    assert.match(editor.document.lineAt(23).text, /^\| [^|]+ \| (NOUN|VERB|ADJ|ADV|PROPN) \| (m|f|m\/f)? ?\| [^|]+ \|/);

    const skeleton = (await fixesAt(uri, inGlossary)).find((a) => a.title.startsWith("Add a '## Translation'"));
    assert.ok(skeleton?.edit, 'a fix adding the translation');
    assert.ok(await vscode.workspace.applyEdit(skeleton.edit));
    assert.match(editor.document.getText(), /\n## Translation\n\n1\. \n2\. \n\n## Questions/);
  });

  it('offers the parts of speech in a glossary row’s POS cell, and the note kinds', async () => {
    const editor = await openCopy('completions.md', fs.readFileSync(FIXTURE, 'utf8'));
    // `| réunion | NOUN | f |…`: the cursor inside the POS cell.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(19, 12));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const pos of ['NOUN', 'VERB', 'ADJ', 'PROPN', 'INTJ']) assert.ok(labels.includes(pos), `${pos} among ${labels.slice(0, 30).join(', ')}`);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(symbols.map((s) => s.name).filter((n) => ['Text', 'Glossary', 'Questions'].includes(n)), ['Text', 'Glossary', 'Questions']);
  });

  it('opens the preview beside the lesson and updates it after an edit', async () => {
    const editor = await openCopy('preview.md', fs.readFileSync(FIXTURE, 'utf8'));
    await vscode.commands.executeCommand(Commands.openLessonPreview);
    const preview = await eventually(() => {
      const p = api.lessonPreview();
      assert.ok(p?.readerDocument, 'the preview shows the lesson');
      return p;
    });
    assert.equal(preview.readerDocument!.meta.title, 'Wang Yi rencontre Sergueï Lavrov');
    assert.ok(preview.shownProblems.some((p) => /NUON/.test(p)), 'it names what it cannot show');
    const updated = new Promise<void>((resolve) => {
      const sub = preview.onDidUpdate((doc) => {
        if (doc?.meta.title === 'Un autre titre') {
          sub.dispose();
          resolve();
        }
      });
    });
    await editor.edit((e) => e.replace(editor.document.lineAt(1).range, 'title: Un autre titre'));
    await updated;
    assert.equal(preview.readerDocument!.meta.title, 'Un autre titre');

    // The toolbar's Quiz (the page asks with `quizRequest`): a quiz on the lesson as written now.
    const quiz = await preview.quiz.start();
    assert.ok(quiz && quiz.items.length > 0, 'a quiz on the previewed lesson');
    assert.equal(quiz.lessonId, preview.readerDocument!.lessonId);
  });

  it('glosses a French word on hover in a .txt file, and gives nothing in an English one', async () => {
    const french = await openCopy(
      'depeche.txt',
      "PARIS, 3 mars 2022 (AFP) - Le ministre français des Affaires étrangères a rencontré jeudi son homologue allemand à Paris.\n\nLes deux ministres ont souligné l'importance de la coopération entre les deux pays.\n",
    );
    assert.equal(french.document.languageId, 'plaintext');
    const at = french.document.positionAt(french.document.getText().indexOf('rencontré') + 2);
    const text = await eventually(async () => {
      const found = await hoverText(french.document.uri, at);
      assert.match(found, /rencontrer/);
      return found;
    });
    assert.match(text, /to meet|met|meet/);
    assert.match(text, /Add to review/);

    const english = await openCopy('notes.txt', 'The French foreign minister met his German counterpart in Paris on Thursday, and the two ministers stressed the importance of their cooperation.\n');
    const there = english.document.positionAt(english.document.getText().indexOf('minister') + 2);
    assert.equal(await hoverText(english.document.uri, there), '');
  });
});

/** The `command:` links of a hover, with their arguments decoded as VS Code decodes them. */
function commandLinks(markdown: string): Map<string, { command: string; args: unknown[] }> {
  const links = new Map<string, { command: string; args: unknown[] }>();
  for (const m of markdown.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^)\s]+)\)/g)) {
    links.set(m[1]!, { command: m[2]!, args: JSON.parse(decodeURIComponent(m[3]!)) as unknown[] });
  }
  return links;
}

/**
 * Presses Enter in the quick pick or input box on screen until `done` settles: a step is taken only
 * when its box is up, however long the command takes to show it.
 */
async function acceptUntil<T>(done: Thenable<T>, timeoutMs = 60_000): Promise<T> {
  let settled = false;
  const result = Promise.resolve(done).finally(() => (settled = true));
  const deadline = Date.now() + timeoutMs;
  while (!settled && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 800));
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Lesson folders, New Lesson, underlines and the hover’s links in the editor', function () {
  this.timeout(180_000);
  let api: DepecheApi;
  let workspace: string;
  const cleanUp: string[] = [];

  before(async () => {
    api = await vscode.extensions.getExtension<DepecheApi>('depeche.depeche')!.activate();
    workspace = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of cleanUp) fs.rmSync(file, { recursive: true, force: true });
    api.catalog.invalidate();
    await vscode.workspace.getConfiguration('depeche').update('hover.underlineLearning', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  it('lesson folders: diagnoses every lesson file, opened or not, follows the folder, and lets an open document’s live diagnostics take over', async () => {
    const atelier = path.join(workspace, 'lessons', 'atelier');
    const panne = vscode.Uri.file(path.join(atelier, '02-en-panne.md'));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === panne.fsPath), 'the broken lesson was never opened');
    const problem = (await api.catalog.load()).problems.find((p) => p.file === panne.fsPath);
    assert.ok(problem, 'the catalog lists the broken lesson');
    const [first] = await eventually(() => {
      const found = depeche(panne);
      assert.ok(found.length > 0, 'the unopened broken lesson has its diagnostics');
      return found;
    }, 30_000);
    assert.equal(first!.message, problem.message, 'in the words of the Lessons tree');
    assert.equal(first!.range.start.line, problem.line - 1);
    assert.equal(first!.severity, vscode.DiagnosticSeverity.Error);
    // The lessons shipped inside the extension are listed by the catalog but not the learner's to fix.
    const shippedDir = path.join(vscode.extensions.getExtension('depeche.depeche')!.extensionPath, 'lessons') + path.sep;
    await api.lessonFolderDiagnostics.sweep();
    const shipped = (await api.catalog.load()).lessons.filter((l) => l.file.startsWith(shippedDir));
    assert.ok(shipped.length > 0, 'the catalog lists the shipped lessons');
    for (const lesson of shipped) assert.deepEqual(depeche(vscode.Uri.file(lesson.file)), [], `no Problems entry for ${lesson.file}`);

    // A lesson written into the folder by another program is checked too (the folder is watched).
    const added = vscode.Uri.file(path.join(atelier, '09-brouillon.md'));
    cleanUp.push(added.fsPath);
    fs.writeFileSync(added.fsPath, fs.readFileSync(FIXTURE, 'utf8'));
    await eventually(() => assert.ok(depeche(added).some((d) => /NUON/.test(d.message)), 'the new file’s error'), 30_000);

    // Open and edited, not saved (the web workbench saves after a delay by default): the live
    // diagnostics speak, and a sweep of the folder leaves them be.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(added));
    await editor.edit((e) => e.replace(new vscode.Range(21, 16, 21, 20), 'NOUN'));
    await eventually(() => assert.ok(!depeche(added).some((d) => /NUON/.test(d.message))));
    api.catalog.invalidate();
    await api.lessonFolderDiagnostics.sweep();
    assert.ok(!depeche(added).some((d) => /NUON/.test(d.message)), 'the sweep did not put the file’s old error back');

    // Closed without saving: the file on disk speaks again.
    assert.ok(editor.document.isDirty);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await eventually(() => {
      const state = vscode.workspace.textDocuments.filter((d) => d.uri.fsPath === added.fsPath).map((d) => `dirty ${d.isDirty}, closed ${d.isClosed}`);
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
      assert.ok(depeche(added).some((d) => /NUON/.test(d.message)), `the error on disk is back (document: ${state.join('; ')}; tabs: ${tabs.join(', ')}; ${depeche(added).map((d) => d.message).join(' | ')})`);
    }, 30_000);

    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);

    fs.rmSync(added.fsPath);
    await eventually(() => assert.deepEqual(depeche(added), []), 30_000);
  });

  it('New Lesson writes a lesson from the template into the series picked in its quick pick, or a new series, and opens it', async () => {
    const atelier = path.join(workspace, 'lessons', 'atelier');
    const series = (await api.catalog.load()).lessons.find((l) => path.dirname(l.file) === atelier)!.meta.series;

    // The first series offered (atelier), the title offered.
    const file = await acceptUntil(vscode.commands.executeCommand<string | undefined>(Commands.newLesson));
    assert.ok(file, 'the command returns the file it wrote');
    cleanUp.push(file);
    assert.equal(path.dirname(file), atelier);
    assert.match(path.basename(file), /^\d\d-nouvelle-lecon\.md$/);
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /^title: Nouvelle leçon$/m);
    assert.match(text, new RegExp(`^series: ${series}$`, 'm'));
    assert.match(text, /\n## Text\n[\s\S]*\n## Glossary\n[\s\S]*\n## Translation\n/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, file, 'the new lesson is open');
    assert.equal(parseLesson(text, file).meta.title, 'Nouvelle leçon', 'the template parses as it is');

    // "New series…", the last item, then the folder name and title offered.
    const making = vscode.commands.executeCommand<string | undefined>(Commands.newLesson);
    await pause(2_500);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    const inNewSeries = await acceptUntil(making);
    assert.ok(inNewSeries);
    cleanUp.push(path.dirname(inNewSeries));
    assert.equal(path.dirname(inNewSeries), path.join(workspace, 'lessons', 'nouvelle-serie'));
    assert.match(fs.readFileSync(inNewSeries, 'utf8'), /^series: nouvelle-serie$/m);
    assert.equal(path.basename(inNewSeries), '01-nouvelle-lecon.md');
  });

  it('hover links: “Add to review” makes the word one being learnt, and the learning underline follows the setting', async () => {
    const editor = await openCopy(
      'revue.txt',
      "BERLIN, 4 mars 2022 (AFP) - Le chancelier allemand a salué vendredi la détermination de ses partenaires européens.\n\nLes deux dirigeants ont souligné l'importance d'une réponse commune.\n",
    );
    cleanUp.push(path.join(scratchDir(), 'revue.txt'));
    const offset = editor.document.getText().indexOf('détermination');
    const links = await eventually(async () => {
      const found = commandLinks(await hoverText(editor.document.uri, editor.document.positionAt(offset + 3)));
      assert.ok(found.has('Add to review'), `links: ${[...found.keys()].join(', ')}`);
      return found;
    });
    const add = links.get('Add to review')!;
    const [args] = add.args as [{ key: string; form: string; sentence: string; source: string }];
    assert.equal(args.key, 'détermination|NOUN');
    assert.equal(args.form, 'détermination');
    assert.match(args.sentence, /salué vendredi la détermination/);

    const progress = await api.progress.ready();
    try {
      assert.notEqual(progress.statuses([args.key])[args.key], 'learning-1');
      await vscode.commands.executeCommand(add.command, ...add.args);
      assert.equal(progress.statuses([args.key])[args.key], 'learning-1', 'the word is being learnt');

      // Off by default: nothing underlined; on: the word, and only words being learnt.
      assert.deepEqual(api.learningUnderlines.rangesIn(editor).flat(), []);
      await vscode.workspace.getConfiguration('depeche').update('hover.underlineLearning', true, vscode.ConfigurationTarget.Global);
      const underlined = await eventually(() => {
        const ranges = api.learningUnderlines.rangesIn(editor)[0]!;
        assert.ok(ranges.length > 0, 'an underline at level 1');
        return ranges;
      });
      assert.deepEqual(underlined.map((r) => editor.document.getText(r)), ['détermination']);
      await vscode.workspace.getConfiguration('depeche').update('hover.underlineLearning', false, vscode.ConfigurationTarget.Global);
      await eventually(() => assert.deepEqual(api.learningUnderlines.rangesIn(editor).flat(), []));
    } finally {
      progress.setStatus(args.key, 'new');
      await api.progress.flush();
    }
  });

  it('hover links: “Open as lesson…” imports the document and opens the new lesson in the reader', async () => {
    const editor = await openCopy(
      'a-importer.txt',
      [
        'PARIS, 3 mars 2022 (AFP) - Le ministre français des Affaires étrangères a rencontré jeudi son homologue allemand à Paris pour préparer le prochain sommet européen.',
        "Les deux ministres ont souligné l'importance de la coopération entre les deux pays et ont appelé à renforcer la coordination face à la crise.",
      ].join('\n\n'),
    );
    cleanUp.push(path.join(scratchDir(), 'a-importer.txt'));
    const at = editor.document.positionAt(editor.document.getText().indexOf('homologue') + 2);
    const open = await eventually(async () => {
      const found = commandLinks(await hoverText(editor.document.uri, at)).get('Open as lesson…');
      assert.ok(found);
      return found;
    });
    assert.deepEqual(open.args, [editor.document.uri.toString()]);
    // The import asks for the series title (the suggestion is taken).
    const files = await acceptUntil(vscode.commands.executeCommand<string[] | undefined>(open.command, ...open.args));
    assert.ok(files && files.length >= 1, 'the lesson files written');
    cleanUp.push(path.dirname(files[0]!));
    assert.equal(path.dirname(path.dirname(files[0]!)), path.join(workspace, 'lessons'));
    assert.match(fs.readFileSync(files[0]!, 'utf8'), /homologue allemand/);
    const lesson = (await api.catalog.load()).lessons.find((l) => l.file === files[0]);
    assert.ok(lesson, 'the catalog lists the new lesson');
    await eventually(() => assert.equal(api.readerLessonId(), lesson.id, 'the reader shows it'));
    api.readerPanel()?.dispose();
  });
});
