// The Anki text file, for learners who prefer a text import: notes of Anki's built-in Cloze note
// type (fields Text and Back Extra), with the header lines that make Anki's importer (2.1.55 and
// later) pick the note type, the deck, the tags and the GUID by itself, so it imports with no mapping.
import type { ExportItem } from '../progress/exportItems';
import { escapeHtml, noteGuid } from './ankiIds';
import { ankiTags, deckName, grammar, source } from './ankiNotes';

/** The built-in note type the text file is for, and its fields in order. */
export const CLOZE_NOTE_TYPE = 'Cloze';
export const TEXT_COLUMNS = ['Text', 'Back Extra', 'Tags', 'Deck', 'GUID'] as const;

export function toAnkiText(items: readonly ExportItem[]): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    `#notetype:${CLOZE_NOTE_TYPE}`,
    '#deck:Dépêche',
    `#columns:${TEXT_COLUMNS.join('\t')}`,
    '#tags column:3',
    '#deck column:4',
    '#guid column:5',
  ];
  for (const item of items) {
    lines.push([clozeText(item), backExtra(item), ankiTags(item).join(' '), deckName(item), noteGuid(CLOZE_NOTE_TYPE, item.formerKey ?? item.key)].map(ankiField).join('\t'));
  }
  return lines.join('\n') + '\n';
}

/**
 * The sentence with the item as cloze 1, its English as the hint (`{{c1::a souligné::to stress}}`);
 * the word alone as the cloze when there is no sentence, or the sentence does not hold it.
 */
export function clozeText(item: ExportItem): string {
  const hint = item.gloss ? `::${clozeSafe(escapeHtml(item.gloss))}` : '';
  const s = item.sentence;
  if (s && s.end > s.start) {
    const form = clozeSafe(escapeHtml(s.text.slice(s.start, s.end)));
    return `${escapeHtml(s.text.slice(0, s.start))}{{c1::${form}${hint}}}${escapeHtml(s.text.slice(s.end))}`;
  }
  const word = `{{c1::${clozeSafe(escapeHtml(item.lemma))}${hint}}}`;
  return s ? `${escapeHtml(s.text)}<br>${word}` : word;
}

/** The answer side's extra: the French and its English, grammar, the sentence's translation, note, source. */
function backExtra(item: ExportItem): string {
  const parts = [
    `<b lang="fr">${escapeHtml(item.lemma)}</b>${item.gloss ? ` — ${escapeHtml(item.gloss)}` : ''}`,
    escapeHtml(grammar(item)),
    item.translation ? `<i>${escapeHtml(item.translation)}</i>` : '',
    escapeHtml([item.ownNote, item.note].filter(Boolean).join('\n')).replace(/\r?\n/g, '<br>'),
    escapeHtml(source(item)),
  ];
  return parts.filter(Boolean).join('<br>');
}

/** `::` and `}}` would end the cloze early. */
function clozeSafe(text: string): string {
  return text.replace(/::/g, ':\u200b:').replace(/}}/g, '}\u200b}');
}

/**
 * Anki reads the fields like CSV: a field with a quote, tab or line break is quoted, and so is one
 * starting with `#` (#MeToo), which Anki's importer would take for a comment line and drop.
 */
export function ankiField(text: string): string {
  return /["\t\r\n]|^#/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
