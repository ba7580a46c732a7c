// fast-check arbitraries for hostile dispatches: French words and typography mixed with lines that
// mean something to Markdown, HTML, odd Unicode and long lines. Shared by the importer property
// test (unit stage) and the fuzz campaign (test/fuzz).
import fc from 'fast-check';

const FRENCH_WORDS = (
  "le la les un une des de du l' d' qu' à au aux et ou mais car que qui dont où ne pas plus " +
  "président ministre France Chine Russie Pékin Moscou Paris chef d'État chefs d'Etat " +
  "Sergueï Lavrov Wang Yi M. Mme a rencontré jeudi rencontre réunion préparatifs finaux tâche " +
  "tache primaire Affaires étrangères aujourd'hui États-Unis a-t-il dit-elle souligné amitié " +
  "coopération sécurité paix guerre accord négociations sanctions économie énergie gaz pétrole " +
  "s'opposer endiguer pour sa part en personne être disposé à l'amitié l'Union européenne " +
  "Conseil Nations unies ONU OTAN 19h51 2022 4 février 1er 10 % 3,5 millions € 200 000 " +
  "déclaré indiqué affirmé estimé selon lequel laquelle cependant néanmoins toutefois également"
).split(' ');

/** Damage the importer repairs or reports: lost characters, UTF-8 read as Latin-1, accents lost on capitals. */
const DAMAGED = [
  'Sergue?', 'Sergue?Lavrov', 'd?cision', 'pr?sident', 'prÃ©sident', 'Ã©tÃ©', 'coopÃ©ration', 'Ã ', 'EtatÃ', 'Etat', 'Ecole',
  'la tache primaire', 'A Paris', 'Ã‰tats-Unis', 'â€™', '_Etat_', '#Sergue?', '*Sergue?*', '[Sergue?]', 'Sergue?|x', '?',
];

const PUNCTUATION = [',', '.', ';', ':', '!', '?', '…', '«', '»', '"', "'", '’', '(', ')', '–', '—', '-', '/', '%', '&', '*', '_', '~', '`', '|', '\\', '[', ']', '{', '}', '<', '>', '#', '=', '+', '@', '^', '$'];

/** Lines and fragments that mean something to Markdown, the lesson format or HTML. */
const MARKUP = [
  '#', '##', '## Glossary', '## Text', '### [repair] a → b', '---', '***', '___', '- - -', '* * *', '-', '+', '*', '1.', '1)',
  '42.', '>', '> >', '```', '~~~', '````js', '<!--', '-->', '<script>', '</script>', '<pre>', '</pre>', '<style>',
  '<textarea>', '<div>', '</div>', '<p>', '<br>', '<b>gras</b>', '<img src=x onerror=alert(1)>', '<?php', '<![CDATA[',
  '<!DOCTYPE html>', '[ref]: http://example.org', '[x]: <http://a> "t"', '[lien](http://example.org)', '![img](x.png)',
  '| a | b |', '|---|---|', '|', '{{', '}}', '{{a|b}}', '{{{', '\\', '\\#', '\\\\', '\\{{', '    indenté', '\t', '===',
  '- [ ] choix', '- [x] choix', '*emphase*', '**gras**', '_souligné_', '`code`', '&amp;', '&lt;b&gt;', '&#x41;', '&nbsp;',
  'title: x', 'level: B2', '"', "'", '"guillemets"', "'apostrophes'", ':', 'http://example.org', 'a → b', 'a -> b',
];

const ODD_UNICODE = [
  '\u00a0', '\u202f', '\u2009', '\u200b', '\u200d', '\ufeff', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u0000',
  '\u0007', '\u001b[31m', '\u00ad', '\u3000', '\u0301', 'e\u0301', 'a\u0300\u0300\u0300', '🇫🇷', '👩‍👩‍👧', '😀', '中文',
  'العربية', '\u202e', 'ﬁ', 'Ⅻ', 'ß', 'İ', 'ǅ', '\ud83d', '\udc00', 'Ꭰ', '𝔉𝔯𝔞𝔫𝔠𝔢',
];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...FRENCH_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...DAMAGED) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** One line of a dispatch: fragments joined by spaces, sometimes glued together. */
export const dispatchLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 30 }).chain((parts) =>
    fc.array(fc.constantFrom(' ', ' ', ' ', '', '  '), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => `${i ? seps[i] : ''}${p}`).join(''))) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...MARKUP), fc.array(fc.constantFrom(...FRENCH_WORDS), { maxLength: 12 }))
    .map(([start, words]) => [start, ...words].join(' ')) },
  // A long paragraph: past the 200 words a lesson holds, so the importer cuts it at sentence ends.
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRENCH_WORDS, '.', '.', ','), { minLength: 150, maxLength: 500 }).map((w) => w.join(' ')) },
);

/** A hostile dispatch: lines separated by LF, CRLF, CR or blank lines. */
export const hostileDispatch: fc.Arbitrary<string> = fc
  .array(fc.tuple(dispatchLine, fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n \n')), { minLength: 1, maxLength: 12 })
  .map((lines) => lines.map(([l, end]) => l + end).join(''));

/** A line of French words, commas and full stops. */
export const frenchLine: fc.Arbitrary<string> = fc.array(fc.constantFrom(...FRENCH_WORDS, ...FRENCH_WORDS, ...DAMAGED, ',', '.'), { minLength: 5, maxLength: 60 }).map((w) => w.join(' '));

/** A dispatch that is mostly French prose, with now and then a hostile line. */
export const frenchDispatch: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: frenchLine }, { weight: 1, arbitrary: dispatchLine }), { minLength: 1, maxLength: 8 })
  .map((lines) => lines.join('\n'));
