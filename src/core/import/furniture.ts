// Page furniture of news copied from a web page (Wikinews above all), which is not the article's
// prose and so is neither taught nor quizzed: the attribution line under a pull quote whose quote
// did not come along ("— Page Facebook de Céline Dion"), a photo caption ("Aviation Russe,
// 22 octobre 2015."), the project's notices and update banners (« Page actualisée : … »), and a
// line holding a lone full stop (a caption's remains). Other lines without words (« --- », « # »)
// stay: they may be the text's own.
// Footnote calls (« 6 [1] fois ») go too: their notes are not copied.

/** "— Jennifer Psaki, directrice de la communication de la Maison-Blanche": a dash, then a short name or title. */
const ATTRIBUTION = /^[—―]\s*[^\s—―«»“”]/u;
const ATTRIBUTION_WORDS = 20;
/** Lower-case words a name may hold (Céline Dion, Page Facebook de…, Ursula von der Leyen). */
const NAME_PARTICLES = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'al', 'el', 'ben', 'bin', 'et']);

/**
 * Whether the words before the first comma, asides in brackets left out, make a name: each capitalised
 * or a particle. A dialogue line (« — Nous ne céderons pas, a dit le ministre. ») is prose and stays.
 */
function namesSomeone(afterDash: string): boolean {
  const head = afterDash.split(',')[0]!.replace(/\([^)]*\)/g, ' ').trim();
  const words = head.split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

const MONTH = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

/** "Aviation Russe, 22 octobre 2015.": a few words, a comma and a date, and nothing else. */
const CAPTION = new RegExp(String.raw`^[^.!?«»“”,]{1,60},\s*(?:\d{1,2}(?:er)?\s+)?(?:${MONTH})\s+\d{4}\.?$`, 'iu');

/**
 * Wikinews' notices: on articles that mention its foundation, the update banner of a developing story
 * (« Page actualisée : 8 février 2017 — « headline of the follow-up » »: its date is the page's, its
 * headline another article's), the day's category link (« Évènements du 3 septembre 2016 »), the review status (« État  Vérifié ») and the links to its sister
 * projects (« Ressources multimédia sur Commons. », « Article sur Wikipédia. »).
 */
const NOTICE = new RegExp([
  String.raw`^Cet article mentionne la Fondation Wikimedia\b|\bWikinews est un projet de la Fondation Wikimedia\b`,
  String.raw`^(?:Page|Article)\s+(?:actualisée?|mise?\s+à\s+jour)\s*:`,
  String.raw`^État\s*:?\s*(?:Vérifié|Publié|Archivé|En développement|Brouillon)\.?$`,
  String.raw`^Vous pouvez également consulter .* projets Wikimedia\s*:?$`,
  String.raw`^(?:Ressources multimédia sur Commons|Articles? sur Wikipédia)\b[^.!?]*\.?$`,
  // The day's category link under an article (« Évènements du 3 septembre 2016 »).
  String.raw`^[ÉE]v[èé]nements\s+du\s+(?:1er|\d{1,2})\s+(?:${MONTH})\s+\d{4}\.?$`,
].join('|'), 'u');

/** Whether a paragraph is page furniture rather than the article's text. */
export function isPageFurniture(paragraph: string): boolean {
  const p = paragraph.trim();
  if (/^\.+$/.test(p)) return true;
  if (NOTICE.test(p) || CAPTION.test(p)) return true;
  return ATTRIBUTION.test(p) && p.split(/\s+/).length <= ATTRIBUTION_WORDS && !/[?!]$/.test(p) && namesSomeone(p.slice(1));
}

/** « 6 [1] fois sur 10 »: a footnote call (a number in brackets; « […] » stays, it is the text's own cut). */
const FOOTNOTE_CALL = /[ \u00a0]?\[\d{1,3}\]/gu;

/** The paragraphs without page furniture, and without footnote calls. */
export function withoutPageFurniture(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((p) => !isPageFurniture(p)).map((p) => p.replace(FOOTNOTE_CALL, '')).filter((p) => p.trim() !== '');
}
