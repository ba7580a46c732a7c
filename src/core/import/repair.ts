// Repairs the damage wire copy picks up on its way to the learner: lost characters (`Sergue?`,
// U+FFFD), UTF-8 read as Latin-1 (`Ã©`), missing accents on capitals (`Etat`), and words that
// lost an accent and became another word (`tache` for `tâche`). Each repair is reported, so the
// lesson can say what was changed and why.

export type RepairKind = 'encoding' | 'confusion' | 'accent';

export interface Repair {
  kind: RepairKind;
  from: string;
  to: string;
  /** One plain English sentence for the lesson's repair note. */
  why: string;
}

/** What the repairer needs to know about French words: the analysis engine's lexicon answers it. */
export interface WordChecker {
  isKnownWord(form: string): boolean;
}

export interface RepairResult {
  paragraphs: string[];
  repairs: Repair[];
  /** Damage found but not repaired: the lesson flags it for the learner. */
  unresolved: string[];
}

// ---- UTF-8 decoded as Windows-1252 ("mojibake") ----

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  const index = CP1252_HIGH.indexOf(ch);
  return index >= 0 ? 0x80 + index : undefined;
}

const MOJIBAKE = new RegExp(`[ÂÃÅÆ][${CP1252_HIGH}\u00a0-\u00bf]+`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `à` is C3 A0 in UTF-8: read as Latin-1 it is `Ã` and a no-break space, which is often turned
 * into a plain space; the space after it, if any, is the word space that followed `à`.
 */
const LONE_A_GRAVE = /(?<=^|\s)Ã[\u00a0 ]?(?=\s)/g;

function fixMojibake(text: string, repairs: Repair[]): string {
  const withA = text.replace(LONE_A_GRAVE, () => {
    repairs.push({ kind: 'encoding', from: 'Ã', to: 'à', why: '“Ã” is “à” whose UTF-8 bytes were read as Latin-1 (mojibake).' });
    return 'à';
  });
  return withA.replace(MOJIBAKE, (run) => {
    const bytes = [...run].map(cp1252Byte);
    if (bytes.some((b) => b === undefined)) return run;
    try {
      const decoded = utf8.decode(Uint8Array.from(bytes as number[]));
      repairs.push({
        kind: 'encoding', from: run, to: decoded,
        why: `“${run}” is “${decoded}” whose UTF-8 bytes were read as Latin-1 (mojibake).`,
      });
      return decoded;
    } catch {
      return run;
    }
  });
}

// ---- A lost character inside a word: `Sergue?`, `r\uFFFDunion` ----

const ACCENTED = ['é', 'è', 'ê', 'ë', 'à', 'â', 'î', 'ï', 'ô', 'û', 'ù', 'ü', 'ç', 'œ'];
const LOST = new RegExp(String.raw`(\p{L}+)[?\uFFFD](\p{L}*)`, 'gu');

/** Russian names transliterated into French end in -eï, -aï, -oï (Sergueï, Nikolaï, Tolstoï). */
function nameWithTrema(before: string, after: string): string | undefined {
  return after === '' && /^\p{Lu}/u.test(before) && /[aeo]$/.test(before) ? `${before}ï` : undefined;
}

function fixLostCharacters(text: string, words: WordChecker, repairs: Repair[], unresolved: string[]): string {
  return text.replace(LOST, (whole, before: string, after: string) => {
    // A question mark between two words ("quoi?Rien") is punctuation, not damage.
    if (whole.includes('?') && after && /^\p{Lu}/u.test(after)) return whole;
    if (whole.includes('?') && after === '' && !/\p{Lu}/u.test(before[0] ?? '')) {
      const candidate = ACCENTED.map((c) => before + c).find((w) => words.isKnownWord(w));
      if (!candidate) return whole; // an ordinary question mark after a word
    }
    const known = ACCENTED.map((c) => `${before}${c}${after}`).filter((w) => words.isKnownWord(w));
    const repaired = known.length === 1 ? known[0] : nameWithTrema(before, after);
    if (!repaired) {
      if (whole.includes('\uFFFD') || after) unresolved.push(whole);
      return whole;
    }
    repairs.push({
      kind: 'encoding', from: whole, to: repaired,
      why: `The source lost a character it could not encode: “${whole}” is “${repaired}”.`,
    });
    return repaired;
  });
}

// ---- Capitals that lost their accent: `Etat`, `Etats-Unis`, `Elysée` ----

const CAPITAL_ACCENTS: Record<string, string> = {
  Etat: 'État', Etats: 'États', 'Etats-Unis': 'États-Unis', Elysée: 'Élysée', Egypte: 'Égypte',
  Equateur: 'Équateur', Ethiopie: 'Éthiopie', Emirats: 'Émirats', Erythrée: 'Érythrée',
  Eglise: 'Église', Ecole: 'École', Economie: 'Économie', Education: 'Éducation', Elections: 'Élections',
  Etienne: 'Étienne', Edouard: 'Édouard',
};

function fixCapitalAccents(text: string, repairs: Repair[], seen: Set<string>): string {
  return text.replace(new RegExp(String.raw`(?<!\p{L})(E[\p{L}-]+)(?!\p{L})`, 'gu'), (word) => {
    const fixed = CAPITAL_ACCENTS[word];
    if (!fixed || fixed === word) return word;
    if (!seen.has(word)) {
      seen.add(word);
      repairs.push({
        kind: 'accent', from: word, to: fixed,
        why: `French keeps accents on capitals: “${word}” is written “${fixed}”.`,
      });
    }
    return fixed;
  });
}

// ---- Words that lost an accent and became another word ----

interface Confusion {
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
  from: string;
  to: string;
  why: string;
}

const CONFUSIONS: Confusion[] = [
  {
    // la tâche (task) vs la tache (stain): a task is primary, main, urgent, or "de" + infinitive.
    pattern: new RegExp(
      String.raw`\b(tache|taches)(\s+(?:primaire|principale|essentielle|prioritaire|première|urgente|majeure|immense|difficile|commune|confiée|de\s+\p{L}+(?:er|ir|re)\b)|\s+(?:consiste|est\s+de))`,
      'giu',
    ),
    replace: (_m, word, rest) => `${word!.replace(/^(t)ache/i, '$1âche')}${rest}`,
    from: 'tache', to: 'tâche',
    why: '“tache” means a stain; the task is “tâche” with a circumflex.',
  },
  {
    pattern: /\bbien sur\b(?!\s+(?:le|la|les|un|une|des|ce|cette)\b)/gi,
    replace: (m) => m.replace(/sur$/i, 'sûr'),
    from: 'bien sur', to: 'bien sûr',
    why: '“sur” is the preposition “on”; “of course” is “bien sûr”.',
  },
  {
    pattern: new RegExp(String.raw`\b(a|ont|avait|aurait|auraient|avaient)\s+du\s+(\p{L}+(?:er|ir|re))\b`, 'giu'),
    replace: (_m, aux, verb) => `${aux} dû ${verb}`,
    from: 'du', to: 'dû',
    why: 'Before an infinitive, “a du” is the past participle of devoir, written “dû” (“had to”).',
  },
];

function fixConfusions(text: string, repairs: Repair[]): string {
  let out = text;
  for (const c of CONFUSIONS) {
    out = out.replace(c.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.slice(1).filter((a): a is string => typeof a === 'string');
      const fixed = c.replace(match, ...groups);
      if (fixed !== match) repairs.push({ kind: 'confusion', from: c.from, to: c.to, why: c.why });
      return fixed;
    });
  }
  return out;
}

/** The same repair made in several places is reported once. */
export function uniqueRepairs(repairs: Repair[]): Repair[] {
  return [...new Map(repairs.map((r) => [`${r.kind}|${r.from}|${r.to}`, r])).values()];
}

/** Repairs every paragraph; repairs of the same kind and text are reported once. */
export function repairText(paragraphs: string[], words: WordChecker): RepairResult {
  const repairs: Repair[] = [];
  const unresolved: string[] = [];
  const accentsSeen = new Set<string>();
  const repaired = paragraphs.map((p) => {
    let text = fixMojibake(p, repairs);
    text = fixLostCharacters(text, words, repairs, unresolved);
    text = fixCapitalAccents(text, repairs, accentsSeen);
    return fixConfusions(text, repairs);
  });
  return { paragraphs: repaired, repairs: uniqueRepairs(repairs), unresolved: [...new Set(unresolved)] };
}
