// Impersonal expressions are shown with their verb conjugated (« il s'agit de », not the entry's
// `il s'agir de`), everywhere a learner reads them; records kept under the old key follow.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ProgressService, ProgressStore, adoptRenamedRecords, buildQueue, dayStartAt, emptyDocument, exportItems,
  gradeItem, renamedKey, setStatus, vocabularyRows,
} from '../../src/core/progress';
import { NOTE_TYPE_NAME, noteGuid } from '../../src/core/anki';
import { ankiNote } from '../../src/core/anki/ankiNotes';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { impersonalHeadword } from '../../src/core/text/impersonal';
import { parseExpressions } from '../../src/core/text/expressions';
import { FixedClock, seededRng, signalSetup, tempDir } from './progress-helpers';
import { tokenReader } from './helpers/tokenReadings';

const EXPRESSIONS = join(__dirname, '..', '..', 'src', 'core', 'text', 'data', 'expressions');
const OLD = "il s'agir de|EXPR";
const NEW = "il s'agit de|EXPR";

describe('impersonal headwords', function () {
  this.timeout(60_000);
  const reader = tokenReader();

  it('conjugates the verb after il and its clitics, keeping elision right', () => {
    const cases: [string, string][] = [
      ["il s'agir de", "il s'agit de"],
      ["il n'être pas exclu que", "il n'est pas exclu que"],
      ["il n'y avoir qu'à", "il n'y a qu'à"],
      ["il s'en falloir de peu", "il s'en faut de peu"],
      ['il ne tenir qu’à', 'il ne tient qu’à'],
      ['il en aller de même pour', 'il en va de même pour'],
      ['il s’avérer que', 'il s’avère que'],
      ['il falloir s’y attendre', 'il faut s’y attendre'],
      ['il sembler que', 'il semble que'],
      // Already conjugated, or not impersonal: as written.
      ['il est vrai', 'il est vrai'],
      ['il y a peu', 'il y a peu'],
      ["s'agir de", "s'agir de"],
      ['prendre le contrôle de', 'prendre le contrôle de'],
      ['ilot de chaleur', 'ilot de chaleur'],
    ];
    for (const [entry, want] of cases) assert.equal(impersonalHeadword(entry), want, entry);
  });

  it('gives every impersonal entry of the lexicon a verb form the engine reads as that verb', () => {
    let changed = 0;
    for (const name of readdirSync(EXPRESSIONS).filter((n) => n.endsWith('.tsv'))) {
      for (const e of parseExpressions(readFileSync(join(EXPRESSIONS, name), 'utf8'))) {
        const headword = impersonalHeadword(e.text);
        if (headword === e.text) {
          // An entry left as written must not hold an infinitive right after il and its clitics.
          assert.doesNotMatch(e.text, /^il (?:(?:ne|n'|se|s'|en|y) ?)*(?:\S*'?)(?:être|avoir|aller|falloir|faire|[a-zé]+er)\b/u, `${name}: ${e.text}`);
          continue;
        }
        changed++;
        const entryWords = e.text.replace(/['’]/g, "' ").split(/\s+/);
        const shownWords = headword.replace(/['’]/g, "' ").split(/\s+/);
        const k = entryWords.findIndex((w, i) => w !== shownWords[i]);
        const verb = entryWords[k]!;
        const form = shownWords[k]!;
        const t = reader.token(headword.replace(/^il/, 'Il') + ' …', form);
        assert.equal(t.lemma, verb, `${e.text} → ${headword}: ${form} reads ${t.lemma}`);
      }
    }
    assert.ok(changed >= 35, `${changed} entries conjugated`);
  });

  it('is the expression the analyzer shows and keys', () => {
    const analysis = reader.analyze("Il s'agissait d'une première, mais il n'est pas exclu que d'autres suivent.");
    assert.deepEqual(analysis.expressions.map((e) => e.lemma).filter((l) => l.startsWith('il ')), ["il s'agit de", "il n'est pas exclu que"]);
  });

  it('puts right a lesson whose glossary still says « il s’agir de »', () => {
    const lesson = parseLesson([
      '---', 'title: Essai', 'level: B2', 'series: Essais', 'order: 1', '---', '', '## Text', '', "Il s'agit d'un accord.", '',
      '## Glossary', '', '| French | POS | Gender | English | Note |', '|---|---|---|---|---|',
      "| il s'agir de | VERB | | to be about | |", '',
    ].join('\n'), 'essai.md');
    const doc = buildReaderDocument(lesson, { analyze: (text) => reader.analyze(text) });
    const unit = doc.units.find((u) => u.multiword);
    assert.ok(unit, 'the expression is one unit');
    assert.equal(unit.lemma, "il s'agit de");
    assert.equal(unit.key, NEW);
    assert.equal(unit.gloss, 'to be about');
  });
});

describe('records kept under a renamed key', () => {
  it('names the new key of an impersonal expression’s old key, and only of those', () => {
    assert.equal(renamedKey(OLD), NEW);
    assert.equal(renamedKey(NEW), undefined);
    assert.equal(renamedKey("il est vrai|EXPR"), undefined);
    assert.equal(renamedKey("agir|VERB"), undefined);
  });

  it('are folded into the new key, merged with what it has, once', () => {
    const { doc, clock, ctx } = signalSetup(4);
    gradeItem(doc, OLD, 'good', 'review', ctx());
    assert.equal(adoptRenamedRecords(doc), true);
    assert.deepEqual(doc.records.get(NEW), doc.records.get(OLD));
    assert.equal(adoptRenamedRecords(doc), false, 'nothing left to fold');

    clock.advanceDays(3);
    setStatus(doc, OLD, 'known', clock.now()); // an older Dépêche kept working under the old key
    assert.equal(adoptRenamedRecords(doc), true);
    assert.equal(doc.records.get(NEW)!.status, 'known');
    assert.equal(doc.records.get(NEW)!.history!.length, 1, 'one grade, not two');
  });

  it('never show in the queue, the vocabulary or an export', () => {
    const { doc, clock, ctx } = signalSetup(5);
    gradeItem(doc, OLD, 'again', 'review', ctx());
    adoptRenamedRecords(doc);
    clock.advanceDays(2);
    const queue = buildQueue(doc, { now: clock.now(), dayStart: dayStartAt(clock.now(), 60), newPerDay: 20 });
    assert.deepEqual(queue.items.map((i) => i.key), [NEW]);
    assert.deepEqual(vocabularyRows(doc).map((r) => r.key), [NEW]);
    assert.deepEqual(exportItems(doc).map((i) => i.key), [NEW]);
    assert.equal(emptyDocument().records.size, 0);
  });

  it('keep the Anki note they were exported as: the GUID is the old key’s', () => {
    const { doc, ctx } = signalSetup(6);
    gradeItem(doc, OLD, 'good', 'review', ctx());
    adoptRenamedRecords(doc);
    const notes = exportItems(doc).map(ankiNote);
    assert.deepEqual(notes.map((n) => [n.key, n.fields[0]]), [[NEW, "il s'agit de"]]);
    // An older Dépêche exported the item under its old key.
    assert.equal(notes[0]!.guid, noteGuid(NOTE_TYPE_NAME, OLD));
  });

  it('follow a file an older Dépêche wrote when it is loaded, and the file keeps the old record', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const clock = new FixedClock('2026-03-02T09:00:00.000Z');
      const open = async () => {
        const service = new ProgressService(new ProgressStore(join(dir, 'progress.json'), clock.now), clock.now, seededRng(1), {
          scheduler: { enableFuzz: false }, utcOffsetMinutes: () => 60,
        });
        await service.load();
        return service;
      };
      const before = await open();
      before.quizAnswer(OLD, false);
      await before.save();
      clock.advanceDays(1);
      const after = await open();
      assert.equal(after.hasUnsavedChanges, true, 'the fold is saved');
      assert.deepEqual(after.queue().items.map((i) => i.key), [NEW]);
      await after.save();
      const again = await open();
      assert.equal(again.hasUnsavedChanges, false, 'folded once');
      assert.ok(again.record(OLD), 'the old record stays for an older copy');
    } finally {
      cleanup();
    }
  });
});
