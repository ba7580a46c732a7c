// Reads a CoNLL-U treebank into sentences whose gold tokens carry offsets into the sentence text.
// Multiword tokens (du = de + le) are one surface token with the analysis of their parts.
import { readFileSync } from 'node:fs';

export interface GoldWord {
  form: string;
  lemma: string;
  upos: string;
}

export interface GoldToken {
  form: string;
  start: number;
  end: number;
  /** One word, or the syntactic words of a multiword token. */
  words: GoldWord[];
}

export interface GoldSentence {
  id: string;
  text: string;
  tokens: GoldToken[];
}

export function readConllu(path: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  let id = '';
  let text = '';
  let tokens: GoldToken[] = [];
  let pos = 0;
  let multiEnd = 0;
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ id, text, tokens });
    tokens = [];
    text = '';
    pos = 0;
    multiEnd = 0;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
    else if (line.startsWith('# text = ')) text = line.slice(9);
    else if (line.trim() === '') flush();
    else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      const [idCol, form = '', lemma = '', upos = ''] = cols;
      if (!idCol || idCol.includes('.')) continue;
      const range = /^(\d+)-(\d+)$/.exec(idCol);
      if (range) {
        const start = locate(text, form, pos);
        tokens.push({ form, start, end: start + form.length, words: [] });
        pos = start + form.length;
        multiEnd = Number(range[2]);
        continue;
      }
      const n = Number(idCol);
      if (n <= multiEnd) {
        tokens[tokens.length - 1]!.words.push({ form, lemma, upos });
        continue;
      }
      const start = locate(text, form, pos);
      tokens.push({ form, start, end: start + form.length, words: [{ form, lemma, upos }] });
      pos = start + form.length;
    }
  }
  flush();
  return sentences;
}

/** Where the gold form starts in the text from pos on (the forms follow the text in order). */
function locate(text: string, form: string, pos: number): number {
  const at = text.indexOf(form, pos);
  return at < 0 ? pos : at;
}
