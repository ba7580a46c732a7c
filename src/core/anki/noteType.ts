// The note type "Dépêche (French)": its fields, two card templates (recognition: the sentence with
// the item highlighted → its English; production: the sentence with the item blanked and its
// English → the French), and CSS for Anki's light and dark modes. Its id and `mod` are constants:
// a re-import matches it, and a learner's own edits to it (newer in their collection) are kept.
export const NOTE_TYPE_NAME = 'Dépêche (French)';
/** Chosen once; never change it, or re-imports make a second note type. */
export const NOTE_TYPE_ID = 1_733_400_000_001;
/** When the templates last changed (seconds); bump it with them so imports bring the new ones. */
export const NOTE_TYPE_MOD = 1_796_515_200;

export const FIELDS = ['French', 'English', 'Sentence', 'Translation', 'Grammar', 'Note', 'Source'] as const;
export type FieldName = (typeof FIELDS)[number];

export interface CardTemplate {
  name: string;
  /** The question side (Anki's `qfmt`) and the answer side (`afmt`), in Anki's template language. */
  front: string;
  back: string;
}

const DETAILS = `{{#Grammar}}<p class="dp-grammar">{{Grammar}}</p>{{/Grammar}}
{{#Translation}}<p class="dp-translation">{{Translation}}</p>{{/Translation}}
{{#Note}}<p class="dp-note">{{Note}}</p>{{/Note}}
{{#Source}}<p class="dp-source" lang="fr">{{Source}}</p>{{/Source}}`;

export const TEMPLATES: readonly CardTemplate[] = [
  {
    name: 'Recognition',
    front: `<div class="dp">
{{#Sentence}}<p class="dp-sentence" lang="fr">{{Sentence}}</p>{{/Sentence}}
<p class="dp-word" lang="fr">{{French}}</p>
</div>`,
    back: `{{FrontSide}}
<hr id="answer">
<div class="dp">
<p class="dp-english">{{English}}</p>
${DETAILS}
</div>`,
  },
  {
    name: 'Production',
    front: `<div class="dp">
{{#Sentence}}<p class="dp-sentence dp-blank" lang="fr">{{Sentence}}</p>{{/Sentence}}
<p class="dp-english">{{English}}</p>
</div>`,
    back: `<div class="dp">
{{#Sentence}}<p class="dp-sentence" lang="fr">{{Sentence}}</p>{{/Sentence}}
<p class="dp-english">{{English}}</p>
</div>
<hr id="answer">
<div class="dp">
<p class="dp-word" lang="fr">{{French}}</p>
${DETAILS}
</div>`,
  },
];

/**
 * Anki puts `card` on the body, and `nightMode` (desktop) or `night_mode` (older desktop,
 * AnkiDroid) on the body or an ancestor in dark mode. The item is `<span class="dp-item">` in the
 * Sentence field: highlighted, or in the production question blanked to "[…]".
 */
export const CSS = `.card {
  --dp-text: #1f2328; --dp-muted: #59636e; --dp-bg: #fdfcf9; --dp-mark: #fff0b3; --dp-mark-text: #1f2328;
  --dp-accent: #0b5cad; --dp-rule: #d0d7de;
  font-family: "Noto Serif", Georgia, "Times New Roman", serif;
  font-size: 22px; line-height: 1.5; text-align: center;
  color: var(--dp-text); background: var(--dp-bg);
  margin: 0; padding: 16px 20px;
}
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  --dp-text: #e6edf3; --dp-muted: #9da7b3; --dp-bg: #1f2124; --dp-mark: #5a4a10; --dp-mark-text: #fff6d5;
  --dp-accent: #79b8ff; --dp-rule: #3d444d;
}
.dp { max-width: 40em; margin: 0 auto; }
.dp p { margin: 0.5em 0; }
.dp-sentence { text-align: left; }
.dp-item { background: var(--dp-mark); color: var(--dp-mark-text); border-radius: 3px; padding: 0 0.15em; }
.dp-blank .dp-item { font-size: 0; background: none; padding: 0; }
.dp-blank .dp-item::before { content: "[…]"; font-size: 22px; font-weight: bold; color: var(--dp-accent); }
.dp-word { font-size: 1.4em; font-weight: bold; }
.dp-english { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; font-size: 1.15em; color: var(--dp-accent); }
.dp-grammar, .dp-note, .dp-source, .dp-translation { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; font-size: 0.75em; color: var(--dp-muted); }
.dp-translation { font-style: italic; text-align: left; }
.dp-source { font-size: 0.65em; }
hr#answer { border: none; border-top: 1px solid var(--dp-rule); margin: 0.8em 0; }
`;

/** The note type as the `models` JSON of an Anki collection (schema 11) holds it. */
export function noteTypeJson(deckId: number): Record<string, unknown> {
  return {
    id: NOTE_TYPE_ID,
    name: NOTE_TYPE_NAME,
    type: 0,
    mod: NOTE_TYPE_MOD,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: TEMPLATES.map((t, ord) => ({
      name: t.name, ord, qfmt: t.front, afmt: t.back, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0,
    })),
    flds: FIELDS.map((name, ord) => ({
      name, ord, sticky: false, rtl: false, font: 'Liberation Serif', size: 20, media: [],
      description: '', plainText: false, collapsed: false, excludeFromSearch: false,
    })),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // Both cards need French (the first field); older Anki versions read this, newer ones work it out.
    req: [[0, 'all', [0]], [1, 'all', [0]]],
    tags: [],
    vers: [],
  };
}
