// Words that lost an accent and became another word: tache/tâche, du/dû, sur/sûr, a/à, ou/où,
// la/là, and demi/demie after a feminine noun. Each is decided from the words around it, and only where they settle it: a missed
// repair leaves the source as it was, a wrong one puts a mistake in a lesson, so every rule below
// names a context in which the unaccented word cannot be what it is.
import type { Repair, WordChecker } from './repair';

interface Confusion {
  /** What the text must contain for the pattern to match: a cheap test that skips most paragraphs. */
  needs: RegExp;
  /** Global pattern; group 1 is the text kept before the word, group 2 the word, group 3 after. */
  pattern: RegExp;
  /** The accented word, or undefined when the context does not settle it after all. */
  accent: (word: string, after: string, words: WordChecker, before: string) => string | undefined;
  why: string;
}

const re = (source: string): RegExp => new RegExp(source, 'gu');
/** Not inside a word (letters, apostrophes and hyphens belong to words). */
const START = String.raw`(?<![\p{L}\p{M}'’-])`;
const END = String.raw`(?![\p{L}\p{M}])`;
const NEXT_WORD = String.raw`\s+([\p{L}\p{M}]+)`;

/** An infinitive; `only` also asks that it be nothing else ("pouvoir" is a noun too: a du pouvoir). */
function isInfinitive(form: string, words: WordChecker, only = true): boolean {
  const readings = words.readings?.(form) ?? [];
  return readings.some((r) => r.verbForm === 'infinitive') && (!only || readings.every((r) => r.upos === 'VERB'));
}

/** A past participle; one that is also a noun (un déporté) only where `settled` says so. */
function isParticiple(form: string, words: WordChecker, afterEtre: boolean): boolean {
  const readings = words.readings?.(form.toLowerCase()) ?? [];
  if (!readings.some((r) => r.verbForm === 'participle') || readings.some((r) => r.upos === 'PROPN')) return false;
  return afterEtre || !readings.some((r) => r.upos === 'NOUN');
}

const PASSIVE_AUXILIARY = /^(?:est|sont|été|était|étaient|fut|furent|sera|seront|serait|seraient|soit|soient|être|étant)$/;

const withCircumflex = (w: string): string => w.replace(/^([tT])ache/, '$1âche');

/** Nouns and titles that do a task (la tâche du gouvernement), never a stain. */
const TASK_HOLDERS = [
  'gouvernement', 'gouvernements', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles', 'futur', 'future', 'prochain', 'prochaine',
  'président', 'présidente', 'ministre', 'ministres', 'Premier', 'Première', 'premier', 'première', 'commission', 'Commission',
  'justice', 'police', 'juge', 'juges', 'enquêteurs', 'État', 'Etat', 'exécutif', 'parlement', 'Parlement', 'chef', 'cheffe',
  'dirigeant', 'dirigeants', 'secouristes', 'sauveteurs', 'médiateur', 'médiateurs', 'diplomatie', 'conseil', 'Conseil',
  'autorités', 'pouvoir', 'maire', 'équipe', 'coalition', 'majorité', 'opposition', 'négociateurs', 'armée', 'administration',
].join('|');
/** Adjectives said of a task, before or after it (une lourde tâche, la tâche principale). */
const TASK_ADJECTIVES = String.raw`primaire|principale|essentielle|prioritaire|première|urgente|majeure|immense|difficile|commune|confiée|ardue|délicate|colossale|titanesque|herculéenne|impossible|ingrate|complexe|considérable|lourde|rude|vaste`;
const POSSESSIVES = '[Ss]a|[Ss]es|[Ll]eurs?|[Nn]otre|[Nn]os|[Vv]otre|[Vv]os|[Mm]a|[Mm]es|[Tt]a|[Tt]es';
const AUXILIARIES = 'a|ont|avait|avaient|aurait|auraient|aura|auront|ai|as|avons|avez|avoir|ayant|eût|aurais|aurions|auriez|avais|avions|aviez';
const ETRE = 'suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient|être|serai|seras|sera|serons|serez|seront|serais|serait|serions|seriez|seraient|sois|soit|soyons|soyez|soient|fut|furent|été|pas|plus|très|si|trop|tout à fait|absolument|vraiment|certain|bien';
const SUBJECTS = String.raw`il|elle|ils|elles|on|je|j['’]|tu|nous|vous|c['’]|l['’]on|ce`;

const TASK_WHY = '“tache” means a stain; the task is “tâche” with a circumflex.';
const DU_WHY = '“du” is “of the”; the past participle of devoir (“had to”, “owed to”) is “dû”.';
const SUR_WHY = '“sur” is the preposition “on”; “sure, certain” is “sûr”.';
const A_WHY = '“a” is the verb “has”; the preposition “to, at” is “à”.';
const OU_WHY = '“ou” means “or”; “where, when” is “où”.';
const LA_WHY = '“la” is the article “the”; “there” is “là”.';
const DEMIE_WHY = '“et demi” after a noun takes the noun’s gender: after a feminine noun it is “et demie” (une heure et demie).';
/** Feminine nouns of measure that « et demie » follows (une heure et demie, deux semaines et demie). */
const FEMININE_MEASURES = String.raw`heures?|semaines?|années?|journées?|minutes?|secondes?|fois|tonnes?|douzaines?|décennies?|nuits?|saisons?|bouteilles?|pages?|soirées?|matinées?|étapes?`;

const CONFUSIONS: Confusion[] = [
  // la tâche de + infinitive, la tâche principale, la tâche consiste à…
  {
    needs: /ache/,
    pattern: re(String.raw`${START}()(taches?)(\s+(?:(?:${TASK_ADJECTIVES})${END}|consiste${END}|consistait${END}|est\s+de${END}|de\s+[\p{L}\p{M}]+|d['’][\p{L}\p{M}]+))`),
    accent: (w, after, words) => {
      const de = /^\s+(?:de\s+|d['’])([\p{L}\p{M}]+)$/u.exec(after);
      if (de && !isInfinitive(de[1]!, words)) return undefined;
      return withCircumflex(w);
    },
    why: TASK_WHY,
  },
  // une lourde tâche, la vaste tâche
  {
    needs: /ache/,
    pattern: re(String.raw`${START}((?:${TASK_ADJECTIVES})\s+)(taches?)${END}()`),
    accent: (w) => withCircumflex(w),
    why: TASK_WHY,
  },
  // la tâche du nouveau gouvernement, la tâche des enquêteurs
  {
    needs: /ache/,
    pattern: re(String.raw`${START}((?:[Ll]a|[Ll]es)\s+)(taches?)(\s+(?:du|des|de\s+la|de\s+l['’])\s*(?:${TASK_HOLDERS})${END})`),
    accent: (w) => withCircumflex(w),
    why: TASK_WHY,
  },
  // sa tâche, leur tâche (a birthmark or a stain is "sa tache de…", "sa tache rouge": left alone)
  {
    needs: /ache/,
    pattern: re(String.raw`${START}((?:${POSSESSIVES})\s+)(taches?)(\s*[,.;:!?)»]|\s+(?:est|sera|était|serait|sont|consiste|reste|demeure|s['’]annonce|s['’]avère|semble|paraît|qui|que|dans|auprès|avec|pour)${END})`),
    accent: (w) => withCircumflex(w),
    why: TASK_WHY,
  },
  // faciliter la tâche, s'atteler à la tâche, avoir pour tâche
  {
    needs: /ache/,
    pattern: re(String.raw`${START}((?:facilite[rz]?|facilitent|faciliterait|facilité|complique[rz]?|compliquent|compliquerait|compliqué|simplifie[rz]?|simplifient|simplifié)\s+(?:la|leur|sa)\s+|(?:atteler|attelle|attellent|attelé|attelés|attelée|attelées|mettre|met|mettent|mis|mise)\s+à\s+la\s+|(?:${AUXILIARIES})\s+pour\s+)(taches?)${END}()`),
    accent: (w) => withCircumflex(w),
    why: TASK_WHY,
  },
  // a dû partir, ont dû renoncer
  {
    needs: /du/,
    pattern: re(String.raw`${START}((?:${AUXILIARIES})\s+)(du)(${NEXT_WORD})`),
    accent: (_w, after, words) => (isInfinitive(after.trim(), words) ? 'dû' : undefined),
    why: DU_WHY,
  },
  // dû à la pluie, dû au froid
  { needs: /du/, pattern: re(String.raw`${START}()(du)(\s+(?:à|au|aux)${END})`), accent: () => 'dû', why: DU_WHY },
  // bien sûr (at the end of a clause or before que)
  {
    needs: /sur/,
    pattern: re(String.raw`${START}([Bb]ien\s+)(sur)(\s*[,.;:!?)»]|\s+qu(?:e${END}|['’]))`),
    accent: () => 'sûr',
    why: SUR_WHY,
  },
  // être sûr de + infinitive (sûr de pouvoir: sur, "on", never governs an infinitive)
  {
    needs: /sur/,
    pattern: re(String.raw`${START}((?:${ETRE})\s+)(sur|sure|surs|sures)(\s+(?:de\s+|d['’])[\p{L}\p{M}]+)`),
    accent: (w, after, words) => {
      const verb = /([\p{L}\p{M}]+)$/u.exec(after)![1]!;
      return isInfinitive(verb, words, false) ? w.replace('u', 'û') : undefined;
    },
    why: SUR_WHY,
  },
  // sûr que: the preposition is never followed by que (sur ce que, sur quoi)
  {
    needs: /sur/,
    pattern: re(String.raw`${START}()(sur|sure|surs|sures)(\s+(?:que${END}|qu['’]))`),
    accent: (w) => w.replace('u', 'û'),
    why: SUR_WHY,
  },
  // à partir de, jusqu'à, quant à
  { needs: /partir/, pattern: re(String.raw`${START}()(a)(\s+partir\s+(?:de|d['’]|du|des)${END})`), accent: () => 'à', why: A_WHY },
  { needs: /usqu/, pattern: re(String.raw`${START}([Jj]usqu['’])(a)${END}()`), accent: () => 'à', why: A_WHY },
  { needs: /uant/, pattern: re(String.raw`${START}([Qq]uant\s+)(a)(\s)`), accent: () => 'à', why: A_WHY },
  // grâce à (not "sa grâce a séduit")
  {
    needs: /râce/,
    pattern: re(String.raw`${START}((?<!(?:[Ll]a|[Ss]a|[Uu]ne|[Cc]ette|[Ll]eur|[Vv]otre|[Nn]otre|[Tt]a|[Mm]a|de|[Qq]uelle|même|sans)\s+)[Gg]râce\s+)(a)(\s)`),
    accent: () => 'à',
    why: A_WHY,
  },
  // faire face à, Face à, face à la crise (not "la face a changé")
  {
    needs: /ace/,
    pattern: re(String.raw`${START}((?<!(?:[Ll]a|[Ss]a|[Uu]ne|[Cc]ette|[Ll]eur|[Vv]otre|[Nn]otre|[Tt]a|[Mm]a|de|[Qq]uelle|autre|même)\s+)[Ff]ace\s+)(a)(\s)`),
    accent: () => 'à',
    why: A_WHY,
  },
  // né à Lyon, arrêté à Paris: after a past participle, "a" before a place name is "à"
  {
    needs: /\sa\s/,
    pattern: re(String.raw`${START}((?:[\p{L}\p{M}]+\s+)?[\p{L}\p{M}]+\s+)(a)(\s+\p{Lu}\p{Ll}+${END})`),
    accent: (_w, _after, words, before) => {
      const [auxiliary, participle] = before.trim().split(/\s+/).length === 2 ? before.trim().split(/\s+/) : [undefined, before.trim()];
      // After être, or opening the sentence (Arrivé à Paris, …), a participle that is also a noun is the participle.
      const settled = auxiliary === undefined ? /^\p{Lu}/u.test(participle!) : PASSIVE_AUXILIARY.test(auxiliary);
      return isParticiple(participle!, words, settled) ? 'à' : undefined;
    },
    why: A_WHY,
  },
  // au moment où, le jour où il…, là où, d'où, par où
  { needs: /ou/, pattern: re(String.raw`${START}([Aa]u\s+moment\s+)(ou)${END}()`), accent: () => 'où', why: OU_WHY },
  {
    needs: /ou/,
    pattern: re(String.raw`${START}((?:le|du|au|ce|l['’])\s*(?:jour|soir|matin|instant|époque|année|heure)\s+)(ou)(\s+(?:${SUBJECTS})(?=\s|$|(?<=['’])))`),
    accent: () => 'où',
    why: OU_WHY,
  },
  {
    needs: /ou/,
    pattern: re(String.raw`${START}([Ll]à\s+)(ou)(\s+(?:${SUBJECTS}|se|s['’]|ne|n['’]|le|la|les|l['’]|y|en)(?=\s|$|(?<=['’])))`),
    accent: () => 'où',
    why: OU_WHY,
  },
  { needs: /ou/, pattern: re(String.raw`${START}([Dd]['’])(ou)(\s)`), accent: () => 'où', why: OU_WHY },
  { needs: /ou/, pattern: re(String.raw`${START}([Pp]ar\s+)(ou)(\s+[\p{L}\p{M}])`), accent: () => 'où', why: OU_WHY },
  // celle-là, ce jour-là, là-bas, là où
  {
    needs: /-la/,
    pattern: re(String.raw`${START}((?:[Cc]elui|[Cc]elle|[Cc]eux|[Cc]elles|(?:[Cc]e|[Cc]et|[Cc]ette|[Cc]es)\s+[\p{L}\p{M}]+)-)(la)${END}()`),
    accent: () => 'là',
    why: LA_WHY,
  },
  { needs: /a-/, pattern: re(String.raw`${START}()([Ll]a)(-(?:bas|haut|dessus|dessous|dedans|dehors)${END})`), accent: (w) => (w === 'La' ? 'Là' : 'là'), why: LA_WHY },
  { needs: /a\s+où/, pattern: re(String.raw`${START}()([Ll]a)(\s+où${END})`), accent: (w) => (w === 'La' ? 'Là' : 'là'), why: LA_WHY },
  // une heure et demie: « 1 heure et demi » is the masculine written after a feminine noun.
  { needs: /et\s+demi/, pattern: re(String.raw`${START}((?:${FEMININE_MEASURES})\s+et\s+)(demi)(?![\p{L}\p{M}-])()`), accent: () => 'demie', why: DEMIE_WHY },
];

/** Repairs the accent-less words whose context settles them; each kind is reported once per call. */
export function fixConfusions(text: string, words: WordChecker, repairs: Repair[]): string {
  let out = text;
  for (const c of CONFUSIONS) {
    if (!c.needs.test(out)) continue;
    out = out.replace(c.pattern, (match: string, before: string, word: string, after: string) => {
      const fixed = c.accent(word, after, words, before);
      if (fixed === undefined || fixed === word) return match;
      repairs.push({ kind: 'confusion', from: word, to: fixed, why: c.why });
      return before + fixed + after;
    });
  }
  return out;
}
