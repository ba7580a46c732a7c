// `depeche analyze [FILE] [--json]`: analyses UTF-8 French text (stdin when no file), one
// paragraph or sentence per line. Prints `form<TAB>lemma<TAB>UPOS<TAB>gloss<TAB>expression` per
// token and an empty line after each input line; --json prints the analysis with offsets.
// The input is analysed line by line and the output written as it goes, so memory stays bounded
// by the longest line, not the input (which is capped at MAX_ANALYZE_BYTES).
import { createAnalyzer } from '../core/text/analyzer';
import type { Analysis, Analyzer } from '../core/text/types';
import { readTextFile, readTextStream, TextInputError } from '../core/textFile';
import type { CliIO, Subcommand } from './run';

const USAGE = 'usage: depeche analyze [FILE] [--json]\n';
/** Ten times the largest dispatch the importer was measured on; the analysis holds ~50 bytes per input byte. */
export const MAX_ANALYZE_BYTES = 10 * 1024 * 1024;

/** Input the command cannot analyse; its message is the one sentence shown to the user. */
export class AnalyzeInputError extends Error {
  override name = 'AnalyzeInputError';
}

/** The text of FILE, or of standard input when there is none: strict UTF-8, at most `maxBytes`. */
export async function readInput(file: string | undefined, io: CliIO, maxBytes = MAX_ANALYZE_BYTES): Promise<string> {
  const source = file ?? 'The standard input';
  let text: string;
  try {
    text = file === undefined ? await readTextStream(io.stdin, source, maxBytes) : await readTextFile(file, maxBytes);
  } catch (err) {
    if (err instanceof TextInputError) throw new AnalyzeInputError(err.message);
    throw err;
  }
  if (text.trim() === '') throw new AnalyzeInputError(`${source} holds no text to analyse.`);
  return text;
}

/** The TSV lines of one input line: a row per token, then an empty line. */
function tsvOfLine(analysis: Analysis): string {
  const clean = (s: string | undefined): string => (s ?? '').replace(/[\t\n\r]/g, ' ');
  let out = '';
  for (const tok of analysis.tokens) {
    const expr = tok.expression === undefined ? '' : analysis.expressions[tok.expression]!.lemma;
    out += [tok.form, tok.lemma, tok.upos, clean(tok.gloss), expr].map(clean).join('\t') + '\n';
  }
  return out + '\n';
}

/** Output in chunks, waiting for a slow reader (a pipe) instead of buffering the whole output. */
class ChunkedWriter {
  private pending = '';

  constructor(private readonly out: NodeJS.WritableStream) {}

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    const chunk = this.pending;
    this.pending = '';
    if (chunk !== '' && !this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }
}

/** `JSON.stringify(value, null, 1)` as an element at depth 2 of the whole analysis. */
function jsonElement(value: unknown): string {
  return '  ' + JSON.stringify(value, null, 1).replace(/\n/g, '\n  ');
}

/**
 * Analyses `text` line by line (sentences never cross a line break) and writes TSV, or the same
 * JSON `JSON.stringify(analyzer.analyze(text), null, 1)` gives, with offsets into the whole text.
 */
export async function writeAnalysis(text: string, analyzer: Analyzer, out: NodeJS.WritableStream, json: boolean): Promise<void> {
  const writer = new ChunkedWriter(out);
  // As the whole-text analysis: a final newline does not open one more (empty) line.
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  // JSON: tokens are written as they come; expressions (as compact JSON) and sentences (as pairs
  // of offsets), fewer and smaller, are kept for the end.
  const expressions: string[] = [];
  const sentences: number[] = [];
  let tokensWritten = 0;
  if (json) await writer.write(`{\n "text": ${JSON.stringify(text)},\n "tokens": [`);
  for (let start = 0; start <= end; ) {
    let stop = text.indexOf('\n', start);
    if (stop < 0 || stop > end) stop = end;
    const analysis = analyzer.analyze(text.slice(start, stop));
    if (!json) await writer.write(tsvOfLine(analysis));
    else {
      const firstExpression = expressions.length;
      const firstToken = tokensWritten;
      for (const tok of analysis.tokens) {
        const shifted = { ...tok, start: tok.start + start, end: tok.end + start };
        if (tok.expression !== undefined) shifted.expression = tok.expression + firstExpression;
        await writer.write((tokensWritten++ === 0 ? '\n' : ',\n') + jsonElement(shifted));
      }
      for (const e of analysis.expressions) {
        expressions.push(JSON.stringify({ ...e, first: e.first + firstToken, last: e.last + firstToken, parts: e.parts.map((p) => p + firstToken) }));
      }
      for (const s of analysis.sentences) sentences.push(s.start + start, s.end + start);
    }
    start = stop + 1;
  }
  if (json) {
    await writer.write(`${tokensWritten === 0 ? '' : '\n '}],\n "expressions": [`);
    for (let i = 0; i < expressions.length; i++) {
      await writer.write((i === 0 ? '\n' : ',\n') + jsonElement(JSON.parse(expressions[i] as string)));
    }
    await writer.write(`${expressions.length === 0 ? '' : '\n '}],\n "sentences": [`);
    for (let i = 0; i < sentences.length; i += 2) {
      await writer.write((i === 0 ? '\n' : ',\n') + jsonElement({ start: sentences[i], end: sentences[i + 1] }));
    }
    await writer.write(`${sentences.length === 0 ? '' : '\n '}]\n}\n`);
  }
  await writer.flush();
}

export const analyzeCommand: Subcommand = async (args, io) => {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest.includes('--help') || rest.length > 1 || rest.some((a) => a.startsWith('--'))) {
    io.stderr.write(USAGE);
    return rest.includes('--help') ? 0 : 2;
  }
  let text: string;
  try {
    text = await readInput(rest[0], io);
  } catch (err) {
    if (err instanceof AnalyzeInputError) {
      io.stderr.write(`depeche analyze: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  await writeAnalysis(text, createAnalyzer(), io.stdout, json);
  return 0;
};
