// From export items to Anki notes: the fields of "Dépêche (French)" as HTML, the deck (one per
// series under "Dépêche"), the tags (the lesson's tags and the item's status) and the GUID.
import type { ExportItem } from '../progress/exportItems';
import type { Gender } from '../text/types';
import { escapeHtml, noteGuid } from './ankiIds';
import { FIELDS, NOTE_TYPE_NAME, type FieldName } from './noteType';

export const PARENT_DECK = 'Dépêche';

export interface AnkiNote {
  key: string;
  guid: string;
  deck: string;
  tags: string[];
  /** Field HTML in the order of FIELDS. */
  fields: string[];
}

const POS_NAMES: Record<string, string> = {
  NOUN: 'noun', PROPN: 'proper noun', VERB: 'verb', AUX: 'auxiliary verb', ADJ: 'adjective', ADV: 'adverb',
  PRON: 'pronoun', DET: 'determiner', ADP: 'preposition', CCONJ: 'conjunction', SCONJ: 'conjunction',
  NUM: 'number', INTJ: 'interjection', PART: 'particle', EXPR: 'expression',
};
const GENDER_NAMES: Record<Gender, string> = { m: 'masculine', f: 'feminine', 'm/f': 'masculine or feminine' };

export function ankiNote(item: ExportItem): AnkiNote {
  const values: Record<FieldName, string> = {
    French: escapeHtml(item.lemma),
    English: escapeHtml(item.gloss),
    Sentence: sentenceHtml(item),
    Translation: escapeHtml(item.translation ?? ''),
    Grammar: escapeHtml(grammar(item)),
    // The learner's own note first, then the lesson's.
    Note: escapeHtml([item.ownNote, item.note].filter(Boolean).join('\n\n')).replace(/\r?\n/g, '<br>'),
    Source: escapeHtml(source(item)),
  };
  return {
    key: item.key,
    guid: noteGuid(NOTE_TYPE_NAME, item.formerKey ?? item.key),
    deck: deckName(item),
    tags: ankiTags(item),
    fields: FIELDS.map((f) => values[f]),
  };
}

/** The sentence as HTML with the item wrapped in `<span class="dp-item">` (the templates style it). */
export function sentenceHtml(item: ExportItem): string {
  const s = item.sentence;
  if (!s) return '';
  if (s.end <= s.start) return escapeHtml(s.text);
  return `${escapeHtml(s.text.slice(0, s.start))}<span class="dp-item">${escapeHtml(s.text.slice(s.start, s.end))}</span>${escapeHtml(s.text.slice(s.end))}`;
}

/** "noun, feminine", plus the form in the sentence when it is not the lemma ("verb; here: a souligné"). */
export function grammar(item: ExportItem): string {
  let text = POS_NAMES[item.pos] ?? '';
  if (item.gender) text += `${text ? ', ' : ''}${GENDER_NAMES[item.gender]}`;
  const form = item.sentence && item.sentence.text.slice(item.sentence.start, item.sentence.end);
  if (form && form.toLowerCase() !== item.lemma.toLowerCase()) text += `${text ? '; ' : ''}here: ${form}`;
  return text;
}

/** "Lesson title — dispatch, date", or the lesson's id when the lessons are not at hand. */
export function source(item: ExportItem): string {
  const meta = item.meta;
  if (!meta) return item.sentence?.lesson ?? item.lessons[0] ?? '';
  const dispatch = [meta.source, meta.date].filter(Boolean).join(', ');
  return dispatch ? `${meta.title} — ${dispatch}` : meta.title;
}

/** `Dépêche::<series>`; without the lessons, the series folder of the lesson id. */
export function deckName(item: ExportItem): string {
  const series = item.meta?.series ?? (item.sentence?.lesson ?? item.lessons[0])?.split('/')[0];
  // `::` would make a deeper deck; a deck name has no line breaks.
  const clean = series?.replace(/::+/g, ':').replace(/\s+/g, ' ').trim();
  return clean ? `${PARENT_DECK}::${clean}` : PARENT_DECK;
}

/** The lesson's tags and the status, as Anki tags (no spaces; `::` makes a hierarchy). */
export function ankiTags(item: ExportItem): string[] {
  const tags = (item.meta?.tags ?? []).map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean);
  return [...new Set([...tags, `depeche::${item.status}`])];
}
