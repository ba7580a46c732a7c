// `depeche analyze [FILE] [--json]`: analyses UTF-8 French text (stdin when no file), one
// paragraph or sentence per line. Prints `form<TAB>lemma<TAB>UPOS<TAB>gloss<TAB>expression` per
// token and an empty line after each input line; --json prints the analysis with offsets.
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../core/text/analyzer';
import type { Analysis } from '../core/text/types';
import type { CliIO, Subcommand } from './run';

const USAGE = 'usage: depeche analyze [FILE] [--json]\n';

/** Input the command cannot analyse; its message is the one sentence shown to the user. */
export class AnalyzeInputError extends Error {
  override name = 'AnalyzeInputError';
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Strict UTF-8 decoding: a byte sequence that is not UTF-8 is an error, not U+FFFD. */
export function decodeUtf8(bytes: Buffer, source: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new AnalyzeInputError(`${source} is not UTF-8 text.`);
  }
}

async function readInput(file: string | undefined, io: CliIO): Promise<string> {
  let bytes: Buffer;
  const source = file ?? 'The standard input';
  if (file === undefined) bytes = await readStream(io.stdin);
  else {
    try {
      bytes = await readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
      throw new AnalyzeInputError(`${file} ${why}.`);
    }
  }
  const text = decodeUtf8(bytes, source);
  if (text.trim() === '') throw new AnalyzeInputError(`${source} holds no text to analyse.`);
  return text;
}

/** The TSV lines: tokens grouped by input line, an empty line after each input line. */
export function formatTsv(analysis: Analysis): string {
  const out: string[] = [];
  const clean = (s: string | undefined): string => (s ?? '').replace(/[\t\n\r]/g, ' ');
  let t = 0;
  const { text, tokens } = analysis;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd === text.length && lineStart === text.length && lineStart > 0) break;
    while (t < tokens.length && tokens[t]!.start < lineEnd) {
      const tok = tokens[t]!;
      const expr = tok.expression === undefined ? '' : analysis.expressions[tok.expression]!.lemma;
      out.push([tok.form, tok.lemma, tok.upos, clean(tok.gloss), expr].map(clean).join('\t'));
      t++;
    }
    out.push('');
    lineStart = lineEnd + 1;
  }
  return out.join('\n') + '\n';
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
  const analysis = createAnalyzer().analyze(text);
  io.stdout.write(json ? JSON.stringify(analysis, null, 1) + '\n' : formatTsv(analysis));
  return 0;
};
