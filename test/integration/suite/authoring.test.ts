// The editor features in a real extension host: a broken lesson's diagnostics at the right lines,
// each quick fix changing the file and its diagnostic going away, POS completions, the preview
// following an edit, and glosses on hover in a French .txt (and none in an English one).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DepecheApi } from '../../../src/extension';
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
