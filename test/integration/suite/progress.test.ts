// Vocabulary progress in a real VS Code extension host: the reader's lookups and statuses reach the
// progress file, the review grades and undoes, the exports parse, a damaged file is kept and
// reported. The suite speaks for the webviews through the panels' `receive` (the e2e test clicks
// the real pages).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { eventually } from './eventually';
import type { DepecheApi } from '../../../src/extension';
import type { Lesson, ReaderDocument } from '../../../src/core/lesson/model';
import { loadSqlJs, NOTE_TYPE_NAME, noteGuid, readZip } from '../../../src/core/anki';
import { CSV_COLUMNS } from '../../../src/core/progress/exports';
import { ProgressService } from '../../../src/core/progress/service';
import { readProgressFile } from '../../../src/core/progress/migrate';
import type { VocabRecord } from '../../../src/core/progress/model';
import { ProgressStore } from '../../../src/core/progress/store';
import { Commands, DASHBOARD_VIEW_TYPE, REVIEW_VIEW_TYPE } from '../../../src/vscode/ids';
import { fillProgressContext } from '../../../src/vscode/progressContext';
import { ProgressHub } from '../../../src/vscode/progressHub';
import { lessonEngine, windowAnalysis } from '../../../src/vscode/readerDocuments';

const EXTENSION_ID = 'depeche.depeche';
const HEADS_OF_STATE = "chef d'État|EXPR";

/** A record of a progress file as another process would read it: the file decoded, not the window's memory. */
function recordIn(file: string, key: string): VocabRecord | undefined {
  return readProgressFile(JSON.parse(fs.readFileSync(file, 'utf8'))).doc.records.get(key);
}

function recordOnDisk(api: DepecheApi, key: string): VocabRecord | undefined {
  return recordIn(api.progress.filePath, key);
}

function panelTabs(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
}

describe('Vocabulary progress in VS Code', function () {
  let api: DepecheApi;
  let first: Lesson;
  let second: Lesson;
  let tmp: string;

  before(async function () {
    api = await vscode.extensions.getExtension<DepecheApi>(EXTENSION_ID)!.activate();
    const builtin = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'lessons') + path.sep;
    [first, second] = (await api.catalog.load()).lessons.filter((l) => l.file.startsWith(builtin)).sort((a, b) => a.meta.order - b.meta.order) as [Lesson, Lesson];
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-progress-'));
  });

  after(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('contributes its commands, settings and restorable panels', async function () {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    for (const viewType of [REVIEW_VIEW_TYPE, DASHBOARD_VIEW_TYPE]) {
      assert.ok(pkg.activationEvents.includes(`onWebviewPanel:${viewType}`), `${viewType} restores after a reload`);
    }
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of [Commands.reviewDue, Commands.showDashboard, Commands.exportAnki, Commands.exportCsv, Commands.exportProgress, Commands.importProgress]) {
      assert.ok(registered.has(id), `${id} is registered`);
    }
    const titles = pkg.contributes.menus['view/title'].map((m: { command: string }) => m.command);
    assert.ok(titles.includes(Commands.reviewDue) && titles.includes(Commands.showDashboard));
    const config = vscode.workspace.getConfiguration('depeche');
    assert.equal(config.get('dailyNewItems'), 20);
    assert.equal(config.get('tintByStatus'), true);
  });

  it('records a lookup in the reader with the lesson and the sentence it was met in', async function () {
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    const reader = api.readerPanel()!;
    const doc = reader.readerDocument!;
    const unit = doc.units.find((u) => u.key === HEADS_OF_STATE);
    assert.ok(unit, `the first lesson holds ${HEADS_OF_STATE}`);
    reader.receive({ type: 'lookup', key: unit.key, unit: unit.id });
    const progress = await api.progress.ready();
    const record = await eventually(() => {
      const r = progress.record(HEADS_OF_STATE);
      assert.ok(r?.history?.length, 'the lookup is in the history');
      return r;
    });
    assert.equal(record.history![0]!.source, 'lookup');
    assert.equal(record.met?.[0]?.lesson, first.id);
    const sentence = progress.document.sentences.get(record.met![0]!.sentence!)!;
    assert.match(sentence, /chefs d['’]État/);
    assert.match(sentence, /\.$/, 'the whole sentence, not a fragment');
    assert.equal(record.gloss, unit.gloss);
    // A key that does not match its unit (a stale or forged message) records nothing.
    reader.receive({ type: 'lookup', key: 'inventé|NOUN', unit: unit.id });
    await api.progress.flush();
    assert.equal(progress.record('inventé|NOUN'), undefined);
    assert.ok(recordOnDisk(api, HEADS_OF_STATE)?.history?.length, 'saved to progress.json');
  });

  it('persists a status set in the reader, and "mark the rest known" only within the lesson', async function () {
    const reader = api.readerPanel()!;
    const doc = reader.readerDocument!;
    const other = doc.units.find((u) => u.key !== HEADS_OF_STATE && u.pos === 'VERB')!;
    reader.receive({ type: 'setStatus', key: other.key, status: 'learning-2' });
    // Saved after the debounce, without a flush.
    await eventually(() => assert.equal(recordOnDisk(api, other.key)?.status, 'learning-2'));
    const noun = doc.units.find((u) => u.pos === 'NOUN' && u.key !== HEADS_OF_STATE)!;
    reader.receive({ type: 'markRestKnown', keys: [noun.key, 'ailleurs|ADV'] });
    const progress = await api.progress.ready();
    await eventually(() => assert.equal(progress.record(noun.key)?.status, 'known'));
    assert.equal(progress.record('ailleurs|ADV'), undefined, 'a key from outside the lesson is ignored');
    assert.equal(progress.record(other.key)?.status, 'learning-2', 'a status already set is kept');
    await api.progress.flush();
    assert.equal(recordOnDisk(api, noun.key)?.status, 'known');
    // Both records, made by a status button and by "mark the rest known", carry where they were met.
    for (const key of [other.key, noun.key]) assertContextOnDisk(key, doc);
  });

  /** The saved record names the lesson, with a whole sentence of it holding the item, and the item's gloss. */
  function assertContextOnDisk(key: string, doc: ReaderDocument): void {
    const saved = readProgressFile(JSON.parse(fs.readFileSync(api.progress.filePath, 'utf8'))).doc;
    const record = saved.records.get(key);
    const unit = doc.units.find((u) => u.key === key)!;
    const met = record?.met?.find((m) => m.lesson === doc.lessonId);
    assert.ok(met?.sentence, `${key} is saved with its lesson and a sentence: ${JSON.stringify(record)}`);
    const sentence = saved.sentences.get(met.sentence)!;
    assert.ok(sentence.includes(met.form!), `${key}: «${sentence}» holds «${met.form}»`);
    if (unit.gloss) assert.equal(record!.gloss, unit.gloss, `${key}: its gloss`);
  }

  it('undoes "mark the rest known" in one step from the reader, putting every word back to new', async function () {
    await vscode.commands.executeCommand(Commands.openLesson, second.id);
    const reader = api.readerPanel()!;
    await eventually(() => assert.equal(reader.lessonId, second.id));
    const doc = reader.readerDocument!;
    const progress = await api.progress.ready();
    const statuses = progress.statuses(doc.units.map((u) => u.key));
    const rest = [...new Set(doc.units.filter((u) => u.pos === 'NOUN' || u.pos === 'VERB').map((u) => u.key))].filter((k) => statuses[k] === 'new');
    assert.ok(rest.length > 10, `${rest.length} words still new`);
    reader.receive({ type: 'markRestKnown', keys: rest });
    await eventually(() => assert.ok(rest.every((k) => progress.record(k)?.status === 'known')));
    await api.progress.flush();
    for (const key of rest.slice(0, 5)) assertContextOnDisk(key, doc);
    reader.receive({ type: 'undoMarkRestKnown' });
    await eventually(() => assert.deepEqual(rest.filter((k) => progress.record(k)?.status !== 'new'), []));
    await api.progress.flush();
    assert.deepEqual(rest.filter((k) => recordOnDisk(api, k)?.status !== 'new'), [], 'saved as new');
    // Only once: a second Undo changes nothing.
    reader.receive({ type: 'undoMarkRestKnown' });
    await api.progress.flush();
    assert.deepEqual(rest.filter((k) => recordOnDisk(api, k)?.status !== 'new'), []);
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
  });

  it('fills records saved before they kept their context from the lesson library', async function () {
    // A progress file written by the previous version (see test/unit/progress-context.test.ts).
    const storage = path.join(tmp, 'old-storage');
    fs.mkdirSync(storage);
    const file = path.join(storage, 'progress.json');
    fs.copyFileSync(path.join(__dirname, '..', '..', 'fixtures', 'progress', 'progress-v4-no-context.json'), file);
    const hub = new ProgressHub({ storageUri: vscode.Uri.file(storage), warn: () => undefined, watch: false });
    try {
      const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
      const engine = lessonEngine(windowAnalysis(path.join(extensionPath, 'dist', 'data')));
      const before = readProgressFile(JSON.parse(fs.readFileSync(file, 'utf8'))).doc;
      assert.equal(before.records.get('indiquer|VERB')?.met, undefined, 'the old record has no context');
      const filled = await fillProgressContext(hub, api.catalog, engine.documentFor);
      // All but eux|PRON: the old file's « Ils », a key no lesson holds since pronouns keep their own lemma.
      assert.deepEqual([...before.records.keys()].filter((k) => !filled.includes(k) && k !== "chef d'État|EXPR"), ['eux|PRON']);
      assert.equal(filled.length, 39);
      await hub.flush();
      const after = readProgressFile(JSON.parse(fs.readFileSync(file, 'utf8'))).doc;
      for (const key of [...after.records.keys()].filter((k) => k !== 'eux|PRON')) {
        const record = after.records.get(key)!;
        const met = record.met?.find((m) => m.sentence);
        assert.ok(met && record.gloss, `${key}: ${JSON.stringify(record)}`);
        assert.ok(after.sentences.get(met.sentence!)!.includes(met.form!), key);
      }
      assert.deepEqual(await fillProgressContext(hub, api.catalog, engine.documentFor), [], 'once filled, nothing to do');
    } finally {
      hub.dispose();
    }
  });

  it('shows the known share of each lesson in the Lessons tree', async function () {
    api.setProgressSource(api.lessonProgress); // the tree suite put a fake source in its place
    await eventually(() => {
      const progress = api.lessonProgress.progressOf(first);
      assert.ok(progress?.knownShare !== undefined, 'the share is computed');
      assert.ok(progress.knownShare > 0 && progress.knownShare < 1, `a share between 0 and 1: ${progress.knownShare}`);
    });
    const item = api.lessonTree.getTreeItem({ kind: 'lesson', lesson: first, series: first.meta.series });
    assert.match(String(item.description), new RegExp(`^${first.meta.level} · \\d+% known$`));
  });

  it('reviews the looked-up item: grades it, undoes the grade, grades it again', async function () {
    await vscode.commands.executeCommand(Commands.reviewDue);
    await eventually(() => assert.equal(panelTabs(REVIEW_VIEW_TYPE).length, 1));
    const panel = api.surfaces.review.active!;
    await eventually(() => assert.ok(panel.isReady, 'the review page said ready'), 30_000);
    const progress = await api.progress.ready();
    const queued = progress.queue().items.map((i) => i.key);
    assert.ok(queued.includes(HEADS_OF_STATE), `the looked-up item waits for review: ${queued.join(', ')}`);

    await panel.receive({ type: 'grade', key: HEADS_OF_STATE, grade: 'good' });
    assert.ok(progress.record(HEADS_OF_STATE)?.card, 'graded: the item has a card');
    await panel.receive({ type: 'undo' });
    assert.equal(progress.record(HEADS_OF_STATE)?.card, undefined, 'the undo takes the card away');
    assert.ok(progress.queue().items.some((i) => i.key === HEADS_OF_STATE), 'and puts the item back in the queue');
    await panel.receive({ type: 'grade', key: HEADS_OF_STATE, grade: 'easy' });
    await panel.receive({ type: 'grade', key: HEADS_OF_STATE, grade: 'again' }); // no longer in the queue: dropped
    await api.progress.flush();
    const history = recordOnDisk(api, HEADS_OF_STATE)!.history!;
    assert.deepEqual(history.filter((e) => e.grade !== 'seen').map((e) => [e.grade, Boolean(e.undone)]), [['good', true], ['easy', false]]);
  });

  it('opens the dashboard', async function () {
    await vscode.commands.executeCommand(Commands.showDashboard);
    await eventually(() => assert.equal(panelTabs(DASHBOARD_VIEW_TYPE).length, 1));
    await eventually(() => assert.ok(api.surfaces.dashboard.active?.isReady), 30_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one dashboard when a tab restored after a reload waits in the background, and keeps it when that tab comes back', async function () {
    // A panel of our kind that is not ours stands for a restored tab VS Code has not revived yet.
    const waiting = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, 'Progress', { viewColumn: vscode.ViewColumn.Active, preserveFocus: true });
    let closed = false;
    waiting.onDidDispose(() => (closed = true));
    // The window's tab list reaches the extension host a moment after the panel exists.
    await eventually(() => assert.equal(panelTabs(DASHBOARD_VIEW_TYPE).length, 1));
    await vscode.commands.executeCommand(Commands.showDashboard);
    await eventually(() => assert.ok(closed, 'the waiting tab is closed'));
    await eventually(() => assert.equal(panelTabs(DASHBOARD_VIEW_TYPE).length, 1, 'one dashboard'));
    await eventually(() => assert.ok(api.surfaces.dashboard.active?.isReady), 30_000);
    // A restored tab revived while the dashboard is open closes itself; the open one stays.
    const ours = api.surfaces.dashboard.active;
    const late = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, 'Progress', { viewColumn: vscode.ViewColumn.Active, preserveFocus: true });
    let lateClosed = false;
    late.onDidDispose(() => (lateClosed = true));
    await eventually(() => assert.equal(panelTabs(DASHBOARD_VIEW_TYPE).length, 2));
    api.surfaces.dashboard.revive(late);
    assert.ok(lateClosed);
    assert.equal(api.surfaces.dashboard.active, ours);
    await eventually(() => assert.equal(panelTabs(DASHBOARD_VIEW_TYPE).length, 1));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports an Anki deck, Anki Cloze notes and CSV that parse, and the progress as JSON that imports back', async function () {
    const apkg = vscode.Uri.file(path.join(tmp, 'depeche.apkg'));
    const anki = vscode.Uri.file(path.join(tmp, 'anki.txt'));
    const csv = vscode.Uri.file(path.join(tmp, 'vocab.csv'));
    const json = vscode.Uri.file(path.join(tmp, 'progress.json'));
    await vscode.commands.executeCommand(Commands.exportAnki, apkg);
    await vscode.commands.executeCommand(Commands.exportAnki, anki);
    await vscode.commands.executeCommand(Commands.exportCsv, csv, { include: ['known'] });
    await vscode.commands.executeCommand(Commands.exportProgress, json);

    // The .apkg: a zip whose collection the extension's own SQLite (dist/sql-wasm.wasm) opens.
    const sql = await loadSqlJs(path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'sql-wasm.wasm'));
    const db = new sql.Database(readZip(fs.readFileSync(apkg.fsPath))[0]!.data);
    try {
      const [note] = db.exec(`SELECT flds, tags FROM notes WHERE guid = '${noteGuid(NOTE_TYPE_NAME, HEADS_OF_STATE)}'`)[0]!.values as [string, string][];
      assert.ok(note, 'the reviewed item is a note');
      const fields = note[0].split('\u001f');
      assert.equal(fields[0], "chef d'État");
      assert.match(fields[2]!, /<span class="dp-item">chefs d['’]État<\/span>/, 'the sentence marks the item');
      assert.match(note[1], / depeche::learning-\d /);
    } finally {
      db.close();
    }

    const ankiLines = fs.readFileSync(anki.fsPath, 'utf8').trimEnd().split('\n');
    assert.deepEqual(ankiLines.slice(0, 3), ['#separator:tab', '#html:true', '#notetype:Cloze']);
    const note = ankiLines.find((l) => !l.startsWith('#') && l.includes(noteGuid('Cloze', HEADS_OF_STATE)));
    assert.ok(note, `the reviewed item is a note: ${ankiLines.join(' | ')}`);
    assert.match(note, /\{\{c1::chefs d['’]État::/, 'the sentence holds the item as cloze');

    const rows = fs.readFileSync(csv.fsPath, 'utf8').trimEnd().split('\r\n');
    assert.equal(rows[0], `\ufeff${CSV_COLUMNS.join(',')}`);
    assert.ok(rows.some((r) => r.startsWith(`"${HEADS_OF_STATE}"`) || r.startsWith(HEADS_OF_STATE)), 'the item is a row');

    const exported = JSON.parse(fs.readFileSync(json.fsPath, 'utf8'));
    assert.equal(exported.schema, 'depeche-progress');
    // Another learner's file: one more item. Importing merges it; nothing here is lost.
    exported.records['ailleurs|ADV'] = { status: 'known', statusAt: new Date().toISOString() };
    const other = vscode.Uri.file(path.join(tmp, 'other.json'));
    fs.writeFileSync(other.fsPath, JSON.stringify(exported));
    await vscode.commands.executeCommand(Commands.importProgress, other);
    assert.equal(recordOnDisk(api, 'ailleurs|ADV')?.status, 'known');
    assert.ok(recordOnDisk(api, HEADS_OF_STATE)?.card, 'the progress already here is kept');
  });

  it('picks up what another window saved to the progress file', async function () {
    const progress = await api.progress.ready();
    await api.progress.flush();
    // Another window: its own service over the same file, saving through the same store rules.
    const clock = () => new Date();
    const other = new ProgressService(new ProgressStore(api.progress.filePath, clock), clock, Math.random);
    await other.load();
    other.setStatus('ailleurs|ADV', 'ignored');
    await other.save();
    await eventually(() => assert.equal(progress.record('ailleurs|ADV')?.status, 'ignored'), 20_000);
    assert.ok(progress.record(HEADS_OF_STATE)?.card, 'our own progress is still here');
  });

  it('moves the progress to a synced folder and back without loss, merging what the sync tool left there', async function () {
    this.timeout(60_000);
    const progress = await api.progress.ready();
    progress.grade('naguère|ADV', 'good');
    await api.progress.flush();
    const ownFile = api.progress.filePath;
    const synced = path.join(tmp, 'Dropbox', 'Dépêche');
    fs.mkdirSync(synced, { recursive: true });
    // Another machine already keeps its progress there, and the sync tool left one conflict copy.
    const clock = () => new Date();
    const laptop = new ProgressService(new ProgressStore(path.join(synced, 'progress.json'), clock), clock, Math.random);
    await laptop.load();
    laptop.setStatus('outre-mer|NOUN', 'learning-2');
    await laptop.save();
    const copy = new ProgressService(new ProgressStore(path.join(tmp, 'copy.json'), clock), clock, Math.random);
    await copy.load();
    copy.setStatus('pourparlers|NOUN', 'known');
    await copy.save();
    fs.copyFileSync(path.join(tmp, 'copy.json'), path.join(synced, "progress (Laptop's conflicted copy 2026-12-05).json"));

    await vscode.commands.executeCommand(Commands.moveProgressToFolder, vscode.Uri.file(synced));
    const there = path.join(synced, 'progress.json');
    assert.equal(api.progress.filePath, there);
    assert.equal(vscode.workspace.getConfiguration('depeche').get('progressFolder'), synced);
    for (const [key, status] of [['outre-mer|NOUN', 'learning-2'], ['pourparlers|NOUN', 'known']] as const) {
      assert.equal(recordIn(there, key)?.status, status, `${key} is in the synced file`);
    }
    assert.ok(recordIn(there, 'naguère|ADV')?.card, 'our reviews moved with us');
    assert.deepEqual(fs.readdirSync(synced).filter((n) => n.endsWith('.json')), ['progress.json'], 'the conflict copy was merged and moved aside');
    assert.equal(fs.readdirSync(path.join(synced, '.depeche-merged')).length, 1);
    assert.ok(!fs.existsSync(ownFile), "VS Code's storage no longer holds a live progress file");
    assert.ok(fs.readdirSync(path.dirname(ownFile)).some((n) => /^progress\.moved-.*\.json$/.test(n)), 'but keeps it, renamed');

    // The laptop syncs a new status: picked up from the synced folder.
    await laptop.refresh();
    laptop.setStatus('outre-mer|NOUN', 'known');
    await laptop.save();
    await eventually(() => assert.equal(progress.record('outre-mer|NOUN')?.status, 'known'), 20_000);

    await vscode.commands.executeCommand(Commands.moveProgressBack, true);
    assert.equal(api.progress.filePath, ownFile);
    assert.equal(vscode.workspace.getConfiguration('depeche').get('progressFolder'), '');
    assert.equal(recordIn(ownFile, 'outre-mer|NOUN')?.status, 'known');
    assert.equal(recordIn(ownFile, 'pourparlers|NOUN')?.status, 'known');
    assert.ok(recordIn(ownFile, 'naguère|ADV')?.card);
    assert.ok(fs.existsSync(there), 'the synced copy stays for the other machines');
  });

  it('keeps a damaged progress file, tells the learner in one sentence naming the copy, and overwrites nothing', async function () {
    const storage = path.join(tmp, 'storage');
    fs.mkdirSync(storage);
    const damaged = '{"schema":"depeche-progress","version":2,"records":{"a|NOUN":';
    fs.writeFileSync(path.join(storage, 'progress.json'), damaged);
    const told: string[] = [];
    const hub = new ProgressHub({ storageUri: vscode.Uri.file(storage), warn: (s) => told.push(s), watch: false });
    try {
      const progress = await hub.ready();
      assert.equal(told.length, 1);
      const backup = fs.readdirSync(storage).find((f) => /^progress\.corrupt-.*\.json$/.test(f));
      assert.ok(backup, `a backup is kept: ${fs.readdirSync(storage).join(', ')}`);
      assert.ok(told[0]!.includes(backup), `the sentence names the copy: ${told[0]}`);
      assert.equal(told[0]!.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length, 1, 'one sentence');
      assert.equal(fs.readFileSync(path.join(storage, backup), 'utf8'), damaged, 'the copy holds the damaged bytes');
      assert.equal(fs.readFileSync(path.join(storage, 'progress.json'), 'utf8'), damaged, 'loading wrote nothing');
      progress.setStatus('nouveau|ADJ', 'known');
      await hub.flush();
      assert.equal(fs.readFileSync(path.join(storage, backup), 'utf8'), damaged, 'saving leaves the copy alone');
      assert.equal(recordIn(path.join(storage, 'progress.json'), 'nouveau|ADJ')?.status, 'known');
      assert.equal(told.length, 1, 'told once');
    } finally {
      hub.dispose();
    }
  });
});
