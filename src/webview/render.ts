// Builds the reading view of a ReaderDocument: title, meta line, paragraphs of sentences with
// each glossed unit as a <span> (plain text to assistive technology: the text container is the one
// focusable region, its current unit the active descendant), the sentence/paragraph translations,
// and the notes.
// Returns an index of what it built so the gloss card, the keyboard and later features (quiz
// evidence, status tinting) can reach units without querying the DOM by hand.
import * as l10n from '@vscode/l10n';
import { segmentText, type NoteKind, type ReaderDocument, type ReaderNote, type ReaderSentence, type ReaderUnit } from '../core/lesson/model';
import { uiLang } from './uiLocale';
import { el } from './dom';
import { frenchSpacing } from './frenchTypography';
import { firstSense } from './grammarWords';
import { safeFragment } from './safeHtml';

export interface UnitView {
  unit: ReaderUnit;
  /** The unit's element (its first part when it is discontinuous): the one `aria-activedescendant` names. */
  element: HTMLElement;
  /**
   * Every element showing the unit: [element], or each part of a discontinuous expression
   * (tirait … la sonnette d'alarme), which light up together; the words between are other units.
   */
  parts: HTMLElement[];
  /** The interlinear gloss line under the unit (English, hidden from assistive technology). */
  gloss: HTMLElement;
  /** Index into RenderedLesson.sentences. */
  sentence: number;
  /** A few words of the sentence around the unit, for the card's "also in this lesson" list. */
  before: string;
  after: string;
}

export interface RenderedLesson {
  doc: ReaderDocument;
  article: HTMLElement;
  /** The paragraphs: one Tab stop, `aria-activedescendant` names the current unit. */
  text: HTMLElement;
  notes: HTMLElement | null;
  units: Map<number, UnitView>;
  /** Units in reading order. */
  order: UnitView[];
  /** For each sentence that holds units, its units in order. */
  sentences: UnitView[][];
  /** Element id of the repair note for a repaired form (`Sergue?` -> `note-4`). */
  repairNotes: Map<string, { id: string; title: string }>;
}

function noteGroups(): { title: string; kinds: NoteKind[] }[] {
  return [
    { title: l10n.t('People'), kinds: ['person'] },
    { title: l10n.t('Institutions and places'), kinds: ['institution', 'place'] },
    { title: l10n.t('Usage and grammar'), kinds: ['usage', 'grammar', 'culture'] },
    { title: l10n.t('Repairs to the source'), kinds: ['repair'] },
  ];
}

function kindLabel(kind: NoteKind): string {
  switch (kind) {
    case 'person': return l10n.t('Person');
    case 'institution': return l10n.t('Institution');
    case 'place': return l10n.t('Place');
    case 'usage': return l10n.t('Usage');
    case 'grammar': return l10n.t('Grammar');
    case 'culture': return l10n.t('Culture');
    case 'repair': return l10n.t('Repair');
    default: return kind;
  }
}

const CONTEXT_WORDS = 4;

/**
 * Punctuation that closes on the word before it: `.` `,` `…` `)` straight after the word, and
 * `:` `;` `!` `?` `»` after a non-breaking space (a plain space there is made non-breaking, as
 * French typography wants). In interlinear mode it must stay on the word's line, not after its gloss.
 */
const CLOSING_PUNCTUATION = /^(?:[ \u00a0\u202f]?[:;!?»]|[.,…)\]])+/;

/** Id of the element holding the lesson text, and of each unit in it (`aria-activedescendant`). */
export const TEXT_ID = 'lesson-text';
export function unitElementId(unitId: number): string {
  return `unit-${unitId}`;
}

export function renderLesson(doc: ReaderDocument): RenderedLesson {
  const unitsById = new Map(doc.units.map((u) => [u.id, u]));
  const repairNotes = indexRepairNotes(doc.notes);
  const rendered: RenderedLesson = {
    doc,
    article: el('article', { class: 'reader-text', attrs: { lang: 'fr', 'aria-labelledby': 'lesson-title' } }),
    // A group, not an application: screen readers keep reading it as text in browse mode, and
    // in focus mode the arrow keys move the active word (announced by its description).
    text: el('div', {
      class: 'lesson-text',
      attrs: { id: TEXT_ID, role: 'group', tabindex: '0', 'aria-label': l10n.t('Lesson text'), 'aria-describedby': 'reader-help' },
    }),
    notes: null,
    units: new Map(),
    order: [],
    sentences: [],
    repairNotes,
  };

  rendered.article.append(renderHeader(doc), rendered.text);
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    const text = el('p', { class: 'paragraph-text' });
    paragraph.sentences.forEach((sentence, i) => {
      if (i > 0) text.append(' ');
      text.append(renderSentence(sentence, unitsById, rendered));
    });
    const block = el('div', { class: 'paragraph', attrs: { 'data-paragraph': String(index) } }, text);
    if (paragraph.translation) {
      block.append(el('p', { class: 'translation paragraph-translation', attrs: { lang: 'en', ...machineTitle(doc) }, text: paragraph.translation }));
    }
    rendered.text.append(block);
  }
  rendered.notes = renderNotes(doc.notes);
  return rendered;
}

function renderHeader(doc: ReaderDocument): HTMLElement {
  // The source is French (`Xinhua (service en français)`): marked so, inside the interface's meta line.
  const source = doc.meta.source ? el('span', { class: 'lesson-source', attrs: { lang: 'fr' }, text: frenchSpacing(doc.meta.source) }) : null;
  const rest = [formatDate(doc.meta.date), doc.meta.level].filter((part): part is string => !!part);
  const meta = el('p', { class: 'lesson-meta', attrs: { lang: uiLang() } });
  if (source) meta.append(source);
  if (rest.length > 0) meta.append(`${source ? ' · ' : ''}${rest.join(' · ')}`);
  const header = el(
    'header',
    { class: 'lesson-header' },
    el('h1', { class: 'lesson-title', attrs: { id: 'lesson-title' }, text: frenchSpacing(doc.meta.title) }),
    meta,
  );
  // Shown with the translations only: says whose they are.
  if (doc.translationBy !== undefined) {
    header.append(el('p', { class: 'machine-translation-note', attrs: { lang: 'en' }, text: l10n.t('Machine translation by {0}; it may contain errors.', doc.translationBy) }));
  }
  return header;
}

function machineTitle(doc: ReaderDocument): Record<string, string> {
  return doc.translationBy !== undefined ? { title: l10n.t('Machine translation by {0}', doc.translationBy), 'data-machine': 'true' } : {};
}

/** ISO `2022-02-04` -> `4 February 2022` (`4 février 2022` in French); anything else is shown as written. */
export function formatDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(uiLang() === 'en' ? 'en-GB' : uiLang(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
}

function renderSentence(
  sentence: ReaderSentence,
  unitsById: Map<number, ReaderUnit>,
  rendered: RenderedLesson,
): HTMLElement {
  const sentenceIndex = rendered.sentences.length;
  const text = el('span', { class: 'sentence-text' });
  const views: UnitView[] = [];
  const surfaces = sentence.segments.map((s) => segmentText(s, 'unit' in s ? unitsById.get(s.unit) : undefined));

  let taken = 0; // characters of this text segment already shown as the previous unit's tail
  sentence.segments.forEach((segment, i) => {
    const unit = 'unit' in segment ? unitsById.get(segment.unit) : undefined;
    if (!unit) {
      const rest = (surfaces[i] ?? '').slice(taken);
      if (rest) text.append(rest);
      taken = 0;
      return;
    }
    const part = 'part' in segment ? segment.part : undefined;
    const element = renderUnit(unit, rendered.repairNotes, surfaces[i] ?? '', part);
    const next = sentence.segments[i + 1];
    const tail = next && 'text' in next ? CLOSING_PUNCTUATION.exec(next.text)?.[0] : undefined;
    // A later part of a discontinuous unit: the gloss line stays under the first part.
    const earlier = part ? rendered.units.get(unit.id) : undefined;
    const gloss = earlier ? el('span', { class: 'unit-gloss', attrs: { 'aria-hidden': 'true', 'data-gloss': '' } }) : glossLine(unit);
    text.append(unitCell(element, gloss, tail));
    taken = tail?.length ?? 0;
    if (earlier) {
      earlier.parts.push(element);
      return;
    }
    const view: UnitView = {
      unit,
      element,
      parts: [element],
      gloss,
      sentence: sentenceIndex,
      before: lastWords(surfaces.slice(0, i).join('')),
      after: firstWords(surfaces.slice(i + 1).join('')),
    };
    views.push(view);
    rendered.units.set(unit.id, view);
    rendered.order.push(view);
  });
  if (views.length > 0) rendered.sentences.push(views);

  const node = el('span', { class: 'sentence', attrs: { 'data-sentence': String(sentence.id) } }, text);
  if (sentence.translation) {
    node.classList.add('has-translation');
    node.append(el('span', { class: 'translation sentence-translation', attrs: { lang: 'en', ...machineTitle(rendered.doc) }, text: sentence.translation }));
  }
  return node;
}

/**
 * A unit is text, not a control: no role, no tab stop of its own (the text container holds focus
 * and points at it), so a screen reader reads "Le Conseiller d'État et…", not 71 buttons.
 */
function renderUnit(unit: ReaderUnit, repairNotes: RenderedLesson['repairNotes'], text: string, part: number | undefined): HTMLElement {
  const classes = ['unit'];
  if (unit.multiword) classes.push('unit-multiword');
  if (unit.origin === 'auto') classes.push('unit-auto');
  if (part !== undefined) classes.push('unit-discontinuous');
  const attrs: Record<string, string> = { 'data-unit': String(unit.id), 'data-key': unit.key };
  // The first part carries the unit's id (the active descendant); the others name their part.
  if (!part) attrs.id = unitElementId(unit.id);
  if (part !== undefined) attrs['data-part'] = String(part);
  const element = el('span', { class: classes.join(' '), attrs, text });
  if (unit.repairedFrom !== undefined) {
    element.classList.add('unit-repaired');
    const note = repairNotes.get(unit.repairedFrom);
    element.title = note
      ? l10n.t('Repaired: the source has “{0}”. See the note “{1}”.', unit.repairedFrom, note.title)
      : l10n.t('Repaired: the source has “{0}”.', unit.repairedFrom);
    if (note) element.setAttribute('data-note', note.id);
  }
  return element;
}

/**
 * A unit, the punctuation closing on it and its gloss line, kept together: in interlinear mode the
 * cell is the column (word and punctuation on top, the gloss under them), elsewhere plain inline
 * text with the gloss line not shown.
 */
function unitCell(element: HTMLElement, gloss: HTMLElement, tail: string | undefined): HTMLElement {
  const line = el('span', { class: 'unit-line' }, element);
  if (element.classList.contains('unit-repaired')) line.append(repairMark());
  if (tail) line.append(el('span', { class: 'unit-tail', text: tail.replace(/ /g, '\u00a0') }));
  const cell = el('span', { class: 'unit-cell' }, line, gloss);
  if (element.classList.contains('unit-multiword')) cell.classList.add('unit-cell-multiword');
  return cell;
}

/** The pencil after a repaired word (drawn by CSS; no text node, so the French text stays whole). */
export function repairMark(): HTMLElement {
  return el('span', { class: 'repair-mark', attrs: { 'aria-hidden': 'true' } });
}

/**
 * The interlinear gloss: English, and hidden from assistive technology (the active word's
 * description carries the gloss instead of it being read inside the French word). Its text is
 * generated content (`data-gloss`), so it adds no text node: the sentence's text, its copy and
 * paste, and the quiz's evidence offsets stay the French alone.
 */
function glossLine(unit: ReaderUnit): HTMLElement {
  return el('span', { class: 'unit-gloss', attrs: { lang: 'en', 'aria-hidden': 'true', 'data-gloss': interlinearGloss(unit) } });
}

/** The interlinear line: the first sense, left out where it would only repeat the word (names). */
function interlinearGloss(unit: ReaderUnit): string {
  const gloss = firstSense(unit.gloss);
  return gloss.toLocaleLowerCase('fr') === unit.text.toLocaleLowerCase('fr') ? '' : gloss;
}

function lastWords(text: string): string {
  const words = text.trimEnd().split(/\s+/).filter(Boolean);
  const kept = words.slice(-CONTEXT_WORDS).join(' ');
  return (words.length > CONTEXT_WORDS ? '… ' : '') + kept + (/\s$/.test(text) && kept ? ' ' : '');
}

function firstWords(text: string): string {
  const words = text.trimStart().split(/\s+/).filter(Boolean);
  const kept = words.slice(0, CONTEXT_WORDS).join(' ');
  return (/^\s/.test(text) && kept ? ' ' : '') + kept + (words.length > CONTEXT_WORDS ? ' …' : '');
}

function noteId(index: number): string {
  return `note-${index}`;
}

function indexRepairNotes(notes: ReaderNote[]): RenderedLesson['repairNotes'] {
  const index: RenderedLesson['repairNotes'] = new Map();
  notes.forEach((note, i) => {
    if (note.kind !== 'repair') return;
    // A repair note's title is `original → repaired`.
    const from = note.title.split('→')[0]?.trim();
    if (from) index.set(from, { id: noteId(i), title: note.title });
  });
  return index;
}

function renderNotes(notes: ReaderNote[]): HTMLElement | null {
  if (notes.length === 0) return null;
  const section = el(
    'section',
    { class: 'notes', attrs: { 'aria-labelledby': 'notes-title' } },
    el('h2', { class: 'notes-title', attrs: { id: 'notes-title' }, text: l10n.t('Notes') }),
  );
  for (const group of noteGroups()) {
    const members = notes.map((note, i) => ({ note, i })).filter(({ note }) => group.kinds.includes(note.kind));
    if (members.length === 0) continue;
    const list = el('div', { class: 'note-group' }, el('h3', { class: 'note-group-title', text: group.title }));
    // The group title names the kind; a badge only tells apart the kinds within a mixed group.
    const mixed = new Set(members.map(({ note }) => note.kind)).size > 1;
    for (const { note, i } of members) {
      const body = el('div', { class: 'note-body' });
      body.append(safeFragment(note.html));
      list.append(
        el(
          'article',
          { class: `note note-${note.kind}`, attrs: { id: noteId(i), tabindex: '-1', 'aria-labelledby': `${noteId(i)}-title` } },
          el(
            'h4',
            { class: 'note-title', attrs: { id: `${noteId(i)}-title` } },
            mixed ? el('span', { class: 'note-kind', text: kindLabel(note.kind) }) : null,
            mixed ? ' ' : null,
            el('span', { text: frenchSpacing(note.title) }),
          ),
          body,
        ),
      );
    }
    section.append(list);
  }
  return section;
}
