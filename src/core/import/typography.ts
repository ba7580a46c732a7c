// French typography for imported text: « » for quotations with non-breaking spaces inside,
// and a non-breaking space before the high punctuation marks : ; ? !

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Replaces straight or English curly double quotes by « » (paired left to right within a paragraph). */
export function frenchQuotes(source: string): string {
  // « …ces 20 dernières années" »: a straight quote against a guillemet is a stray double of it.
  const text = /[«»]/u.test(source) && (source.split('"').length - 1) % 2 === 1 ? source.replace(/"(?=[ \u00a0\u202f]*»)|(?<=«[ \u00a0\u202f]*)"/gu, '') : source;
  let open = false;
  const quoted = text.replace(/"|“|”/g, (mark) => {
    const opening = mark === '“' || (mark === '"' && !open);
    open = opening;
    return opening ? `«${NBSP}` : `${NBSP}»`;
  });
  // An odd number of straight quotes: leave the text as it was rather than guess.
  return open ? text : quoted;
}

/**
 * Non-breaking space inside « » and before : ; ? ! (a normal space there is replaced; a missing one
 * is added after a word, « l'appel propose: » as « ; ? ! »; none after a digit in times like 19:30,
 * nor in « https:// », nor at the very start or end of the text).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*(?![ \u00a0\u202f]|$)/g, `«${NBSP}`)
    .replace(/(?<!^)[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/[ \u00a0](?=[;:?!])/g, NBSP)
    .replace(/(?<=[\p{L}»)])(?=:(?:\s|$))/gu, NBSP)
    .replace(/(?<=[\p{L}»)])(?=[;?!](?:\s|$))/gu, NNBSP);
}

/**
 * "l' ONU", "d' Air Méditerranée": the space some web pages leave after an elided article or
 * pronoun (before a linked name) goes; "qu' « il" keeps its space before the quotation mark.
 */
export function elisionSpacing(text: string): string {
  return text.replace(/(?<![\p{L}\p{M}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’])[ \u00a0\u202f]+(?=\p{L})/giu, '$1');
}

/**
 * « 18 e arrondissement », « 1 er mars », « XX e siècle », « M gr Cadieux »: a page's superscripts
 * copied as plain text leave a space before them; the ordinal or abbreviation is one word again.
 */
export function superscriptSpacing(text: string): string {
  return text
    .replace(/(?<![\p{L}\d])(\d{1,4}|[IVXLC]{1,6}) (er|re|ers|res|e|es|ème|èmes)(?![\p{L}\d'’-])/gu, '$1$2')
    .replace(/(?<![\p{L}\d])M (gr|me|mes|lle|lles)(?![\p{L}\d])/gu, 'M$1');
}

export function frenchTypography(text: string): string {
  return frenchSpacing(frenchQuotes(elisionSpacing(superscriptSpacing(text))));
}
