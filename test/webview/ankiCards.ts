// The Anki cards of the exported deck, rendered as Anki renders them: the note type and notes are
// read back from a real .apkg (the export of a progress made over the shipped lessons), the card
// templates filled by Anki's template rules ({{Field}}, {{#Field}}…{{/Field}}, {{^Field}}…{{/Field}},
// {{FrontSide}}), and shown in Chromium in a page shaped as Anki's (`<body class="card card1">`,
// `nightMode night_mode` in dark mode). Shared by ankiCards.test.ts and the screenshot script.
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { exportVocabulary, FIELDS, loadSqlJs, NOTE_TYPE_ID, NOTE_TYPE_NAME, noteGuid, readZip } from '../../src/core/anki';
import { loadLessonFolders } from '../../src/core/lesson/library';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { emptyDocument, noteSighting, setStatus } from '../../src/core/progress';
import { keySightings, readerSighting } from '../../src/core/progress/readerSightings';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { CHROMIUM_ARGS, REPO_ROOT } from './harness';

export interface ExportedDeck {
  css: string;
  templates: { name: string; qfmt: string; afmt: string }[];
  /** Key → field name → HTML, as stored in the .apkg. */
  notes: Map<string, Record<string, string>>;
  /** The items shown: a verb met in a conjugated form, an expression with « » and non-breaking spaces. */
  word: string;
  expression: string;
}

const WORD = 'indiquer|VERB';

/** Exports a small progress over the shipped lessons as an .apkg and reads its note type and notes back. */
export async function exportedDeck(): Promise<ExportedDeck> {
  const analyzer = createAnalyzer({ dataDir: join(REPO_ROOT, 'dist', 'data') });
  const { lessons } = await loadLessonFolders([join(REPO_ROOT, 'lessons')]);
  const docs = lessons.sort((a, b) => a.meta.order - b.meta.order).map((l) => buildReaderDocument(l, analyzer));
  const doc = emptyDocument();
  const now = new Date('2026-11-20T18:00:00.000Z');
  const keys: string[] = [];
  for (const reader of docs) {
    for (const unit of reader.units) {
      const wanted = unit.key === WORD || (unit.multiword && unit.text.includes('Ceinture'));
      if (!wanted || keys.includes(unit.key)) continue;
      noteSighting(doc, readerSighting(reader, unit.id)!, now);
      setStatus(doc, keySightings(reader, [unit.key])[0]!, 'learning-2', now);
      keys.push(unit.key);
    }
  }
  const sql = await loadSqlJs(join(REPO_ROOT, 'dist', 'sql-wasm.wasm'));
  const apkg = Buffer.from(exportVocabulary(doc, 'apkg', { now, lessons: docs, sql }));
  const db = new sql.Database(readZip(apkg)[0]!.data);
  try {
    const model = JSON.parse(db.exec('SELECT models FROM col')[0]!.values[0]![0] as string)[NOTE_TYPE_ID];
    const notes = new Map<string, Record<string, string>>();
    for (const [guid, flds] of db.exec('SELECT guid, flds FROM notes')[0]!.values as [string, string][]) {
      const key = keys.find((k) => noteGuid(NOTE_TYPE_NAME, k) === guid)!;
      const values = flds.split('\u001f');
      notes.set(key, Object.fromEntries(FIELDS.map((f, i) => [f, values[i]!])));
    }
    const expression = keys.find((k) => k !== WORD)!;
    return { css: model.css, templates: model.tmpls, notes, word: WORD, expression };
  } finally {
    db.close();
  }
}

/** A card side as Anki fills its template (no filters needed: the note type uses none). */
export function renderTemplate(template: string, fields: Record<string, string>, frontSide = ''): string {
  const filled = (name: string) => (fields[name] ?? '').trim() !== '';
  let html = template;
  // Sections first, innermost names are distinct in this note type: {{#F}}…{{/F}} and {{^F}}…{{/F}}.
  html = html.replace(/\{\{([#^])([^}]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g, (_, kind: string, name: string, body: string) =>
    (kind === '#') === filled(name) ? body : '');
  return html.replace(/\{\{([^#^/}][^}]*)\}\}/g, (_, name: string) => (name === 'FrontSide' ? frontSide : fields[name] ?? ''));
}

/** The page Anki shows a card in. */
export function cardPage(css: string, body: string, dark: boolean, ord: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head>`
    + `<body class="card card${ord + 1}${dark ? ' nightMode night_mode' : ''}"><div id="qa">${body}</div></body></html>`;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Opens one side of one card of `key` in a new page. */
export async function showCard(browser: Browser, deck: ExportedDeck, key: string, ord: number, side: 'front' | 'back', dark: boolean): Promise<Page> {
  const fields = deck.notes.get(key)!;
  const template = deck.templates[ord]!;
  const front = renderTemplate(template.qfmt, fields);
  const html = side === 'front' ? front : renderTemplate(template.afmt, fields, front);
  const page = await browser.newPage({ viewport: { width: 640, height: 200 } });
  await page.setContent(cardPage(deck.css, html, dark, ord));
  return page;
}
