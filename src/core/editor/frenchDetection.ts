// Is a document mostly French? Decided from its commonest words, which every French text is full of
// and other languages rarely share: cheap (a sample of the text), and no analysis runs otherwise.

const FRENCH = new Set(
  ('le la les l de des du d un une et est en que qu qui dans pour pas au aux sur avec il elle ils elles ' +
    'ce cette ces se s ne n à a par plus ont sont été son sa ses leur leurs nous vous mais ou où été être avait ' +
    'aussi entre après selon comme deux très fait dont lors').split(' '),
);
const ENGLISH = new Set(
  'the and of to is in that it for with was on are be this by as at from or an have has not but which were their'.split(' '),
);

/** Enough of the text to decide, and few enough words to decide fast. */
const SAMPLE_CHARS = 6000;
const MIN_WORDS = 8;

export function isMostlyFrench(text: string): boolean {
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  let french = 0;
  let english = 0;
  for (const w of words) {
    if (FRENCH.has(w)) french++;
    else if (ENGLISH.has(w)) english++;
  }
  // Running French prose has a fifth to a third of its words in the list; English a few percent.
  return french / words.length >= 0.12 && french > 2 * english;
}
