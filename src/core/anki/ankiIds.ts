// The numbers and strings Anki identifies things by: a note's GUID (what an import matches an
// existing note on), the first field's checksum (its duplicate check), and stable ids for notes,
// cards and decks, so that the same progress exported twice gives the same collection.
import { createHash } from 'node:crypto';

/** The 91 characters of Anki's GUIDs (as Anki's own `guid64` and genanki use). */
const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/**
 * A note's GUID, from the item's key and the note type it is for: the first 64 bits of a SHA-256,
 * in base 91. The same key gives the same GUID at every export, so a second import updates the note.
 */
export function noteGuid(noteType: string, key: string): string {
  let n = BigInt('0x' + sha256Hex(`depeche\u001f${noteType}\u001f${key}`).slice(0, 16));
  let out = '';
  do {
    out = BASE91[Number(n % 91n)]! + out;
    n /= 91n;
  } while (n > 0n);
  return out;
}

/** Anki's field checksum: the first 32 bits of the SHA-1 of the field's text without HTML, as a number. */
export function fieldChecksum(fieldHtml: string): number {
  return parseInt(createHash('sha1').update(stripHtml(fieldHtml), 'utf8').digest('hex').slice(0, 8), 16);
}

/** The text of a field as Anki sorts and checks it: tags removed, the common entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * A stable id in the range of Anki's (milliseconds since 1970): 13 digits from a hash of `seed`,
 * from 2001 on, so it never clashes with Anki's own default deck (1) or option group.
 */
export function stableId(seed: string): number {
  const n = parseInt(sha256Hex(seed).slice(0, 12), 16); // 48 bits
  return 1_000_000_000_000 + (n % 8_000_000_000_000);
}

/** HTML-escapes text for a field (Anki fields are HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
