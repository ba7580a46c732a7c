// Finds the dateline of a wire dispatch: the update line Xinhua prints above its text,
// or the "PLACE, date (AGENCY) -" opening of AFP, Reuters and Xinhua copy; and the date line of
// a Wikinews article ("14 janvier 2016. –"), which may stand under the headline and a lead.

export interface Dateline {
  /** The wire service named, e.g. "Xinhua", "AFP". */
  source?: string;
  /** ISO date when the year is known, else day and month as "--MM-DD". */
  date?: string;
  place?: string;
  /** The line's text as it stood, so a lesson can quote it. */
  raw: string;
}

const AGENCIES = ['Xinhua', 'AFP', 'Reuters', 'AP', 'ANSA', 'Belga', 'ATS', 'TASS', 'Sputnik', 'APS', 'MAP', 'APA'];

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

function isoDate(day: number, month: number, year?: number): string | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}`;
}

/** "Dernière mise à jour à 19h51 le 04/02" (Xinhua's French service). */
const UPDATE_LINE = /^(?:Dernière )?mise à jour (?:à \d{1,2}h\d{2} )?le (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s*$/i;

/** "BEIJING, 4 février (Xinhua) --" or "Paris, 3 mars 2022 (AFP) -" at the start of the first paragraph. */
const WIRE_OPENING = new RegExp(
  String.raw`^([A-ZÀ-Ý][\p{L}' -]+?),\s+(\d{1,2})(?:er)?\s+(\p{L}+)(?:\s+(\d{4}))?\s+\((` +
    AGENCIES.join('|') + String.raw`)\)\s*[-–—]+\s*`,
  'u',
);

/** "KHARTOUM (AFP) -": a place in capitals and the agency, no date. */
const WIRE_OPENING_UNDATED = new RegExp(
  String.raw`^([A-ZÀ-Ý][A-ZÀ-Ý' -]+?)\s+\((` + AGENCIES.join('|') + String.raw`)\)\s*[-–—]+\s*`,
  'u',
);

/** A headline above the dateline: one short line that does not end a sentence. */
const HEADLINE_WORDS = 16;

export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.length <= HEADLINE_WORDS && line.length <= 140 && !/[.…:;,]\s*[»”"]?$/.test(line.trim());
}

/**
 * Wikinews' date line: "14 janvier 2016. –", "1er janvier 2016, 14h30. –" or "7 janvier 2016,
 * 11 h 40 UTC. –", "31 mars 2016, 15:37 (UTC). –", alone on its line or opening the first paragraph of the text.
 */
const WIKINEWS_DATE = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})(?:,\s*[\d\p{L} :()]{1,20}?)?\s*\.?\s*[–—-]+(?:\s+|$)/u;

/** How many paragraphs (headline, lead, a notice) may stand above a Wikinews date line. */
const WIKINEWS_DATE_WITHIN = 3;

/**
 * Wikinews' box of related articles under a headline (« Sur le même sujet Tour de France 2016 », then
 * one headline a line): the date line stands below it, so its lines do not count among the paragraphs
 * that may stand above the date line (tuning s12a: five headlines hid the date, which stayed as a
 * line of text and was quizzed as « _____. »).
 */
const RELATED_BOX = /^Sur le même sujet\b/u;

/** A line of the box: one headline, which ends no sentence (it may be longer than a headline above a dateline). */
const isRelatedHeadline = (line: string): boolean => line.length <= 200 && !/[.…!?:;,]\s*[»”"]?$/u.test(line.trim());

/** A Wikinews date line among the first paragraphs: removed, the paragraphs above it kept in order. */
function wikinewsDateline(paragraphs: string[]): DatelineResult | undefined {
  let within = Math.min(paragraphs.length, WIKINEWS_DATE_WITHIN + 1);
  for (let i = 0; i < within; i++) {
    if (RELATED_BOX.test(paragraphs[i]!)) {
      let end = i + 1;
      while (end < paragraphs.length && !WIKINEWS_DATE.test(paragraphs[end]!) && isRelatedHeadline(paragraphs[end]!)) end++;
      within = Math.min(paragraphs.length, Math.max(within, end + 1));
      continue;
    }
    const m = WIKINEWS_DATE.exec(paragraphs[i]!);
    const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
    if (!m || !month) continue;
    const date = isoDate(Number(m[1]), month, Number(m[3]));
    const text = paragraphs[i]!.slice(m[0].length).trim();
    const dateline: Dateline = { raw: m[0].trim(), ...(date ? { date } : {}) };
    return { dateline, paragraphs: [...paragraphs.slice(0, i), ...(text ? [text] : []), ...paragraphs.slice(i + 1)] };
  }
  return undefined;
}

export interface DatelineResult {
  dateline?: Dateline;
  /** The paragraphs with the dateline removed (a line of its own is dropped, an opening is cut off). */
  paragraphs: string[];
}

export function detectDateline(paragraphs: string[], year?: number): DatelineResult {
  const [first, ...rest] = paragraphs;
  if (first === undefined) return { paragraphs };
  const update = UPDATE_LINE.exec(first);
  if (update) {
    const date = isoDate(Number(update[1]), Number(update[2]), update[3] ? Number(update[3]) : year);
    const inner = detectDateline(rest, year);
    const dateline: Dateline = { ...inner.dateline, raw: first, ...(date ? { date } : {}) };
    if (!dateline.source && /mise à jour à \d{1,2}h\d{2} le/i.test(first)) dateline.source = 'Xinhua';
    return { dateline, paragraphs: inner.paragraphs };
  }
  const opening = WIRE_OPENING.exec(first);
  if (opening) {
    const month = MONTHS[(opening[3] ?? '').toLowerCase()];
    const date = month ? isoDate(Number(opening[2]), month, opening[4] ? Number(opening[4]) : year) : undefined;
    const place = (opening[1] ?? '').trim();
    const text = first.slice(opening[0].length);
    const dateline: Dateline = { raw: opening[0].trim(), place, source: opening[5]!, ...(date ? { date } : {}) };
    return { dateline, paragraphs: text ? [text, ...rest] : rest };
  }
  const undated = WIRE_OPENING_UNDATED.exec(first);
  if (undated) {
    const text = first.slice(undated[0].length);
    const dateline: Dateline = { raw: undated[0].trim(), place: undated[1]!.trim(), source: undated[2]! };
    return { dateline, paragraphs: text ? [text, ...rest] : rest };
  }
  // A headline may stand above the dateline: "Soudan : une trêve…" then "KHARTOUM, 12 mars (AFP) - …".
  const second = rest[0];
  if (second !== undefined && looksLikeHeadline(first) && (WIRE_OPENING.test(second) || WIRE_OPENING_UNDATED.test(second))) {
    const inner = detectDateline(rest, year);
    return { ...(inner.dateline ? { dateline: inner.dateline } : {}), paragraphs: [first, ...inner.paragraphs] };
  }
  const wikinews = wikinewsDateline(paragraphs);
  if (wikinews) return wikinews;
  const agency = AGENCIES.find((a) => new RegExp(String.raw`\(${a}\)`).test(first));
  return agency ? { dateline: { source: agency, raw: '' }, paragraphs } : { paragraphs };
}
