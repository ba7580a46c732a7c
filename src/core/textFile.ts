// Reading a text file a learner names: never more than a size limit (a device such as /dev/zero or
// a pipe has no size to check first, so the limit is applied while reading), and strictly UTF-8:
// a byte that is not UTF-8 is reported with its offset and line, never read as U+FFFD, and text in
// UTF-16 or UTF-32 is recognised by its byte-order mark and named.
import * as l10n from '@vscode/l10n';
import { open } from 'node:fs/promises';

/** Input that cannot be read as text; the message is one sentence naming the file. */
export class TextInputError extends Error {
  override name = 'TextInputError';

  /**
   * `reason` follows the input's name: "is larger than 10 MB, the most Dépêche reads." (the CLI's
   * English). `fileSentence` says the same as a whole sentence about "the file", in the interface
   * language, for a view that names the file beside it (a fragment cannot be translated).
   */
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly fileSentence: string = `The file ${reason}`,
  ) {
    super(`${source} ${reason}`);
  }
}

const MB = 1024 * 1024;

/** "10 MB": limits are whole mebibytes. */
export function formatLimit(bytes: number): string {
  return bytes % MB === 0 ? `${bytes / MB} MB` : `${bytes.toLocaleString('en-US')} bytes`;
}

/** Reads at most `maxBytes` of `file` (any kind of file); more is an error, not a truncation. */
export async function readTextFile(file: string, maxBytes: number): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw unreadable(file, err);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new TextInputError(file, 'is a folder, not a file.', l10n.t('The file is a folder, not a file.'));
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(file, maxBytes);
    const bytes = await readUpTo(handle, file, maxBytes);
    return decodeText(bytes, file);
  } catch (err) {
    if (err instanceof TextInputError) throw err;
    throw unreadable(file, err);
  } finally {
    await handle.close();
  }
}

/** Reads a stream (standard input) up to `maxBytes`; `source` names it in messages. */
export async function readTextStream(stream: NodeJS.ReadableStream, source: string, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(source, maxBytes);
    chunks.push(bytes);
  }
  return decodeText(Buffer.concat(chunks), source);
}

async function readUpTo(handle: import('node:fs/promises').FileHandle, file: string, maxBytes: number): Promise<Buffer> {
  // One byte more than allowed tells "exactly the limit" from "over it".
  const buffer = Buffer.alloc(Math.min(maxBytes + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    size += bytesRead;
    if (size > maxBytes) throw tooLarge(file, maxBytes);
    chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
  }
  return Buffer.concat(chunks);
}

function tooLarge(source: string, maxBytes: number): TextInputError {
  const limit = formatLimit(maxBytes);
  return new TextInputError(source, `is larger than ${limit}, the most Dépêche reads.`, l10n.t('The file is larger than {0}, the most Dépêche reads.', limit));
}

function unreadable(file: string, err: unknown): TextInputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new TextInputError(file, 'does not exist.', l10n.t('The file does not exist.'));
  if (code === 'EISDIR') return new TextInputError(file, 'is a folder, not a file.', l10n.t('The file is a folder, not a file.'));
  if (code === 'EACCES' || code === 'EPERM') {
    return new TextInputError(file, 'cannot be read (permission denied).', l10n.t('The file cannot be read (permission denied).'));
  }
  const why = code ?? String(err);
  return new TextInputError(file, `cannot be read (${why}).`, l10n.t('The file cannot be read ({0}).', why));
}

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  // UTF-32 LE first: its mark starts with UTF-16 LE's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16' },
];

/** Strict UTF-8 (a UTF-8 byte-order mark is dropped); `source` names the input in messages. */
export function decodeText(bytes: Uint8Array, source: string): string {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    throw new TextInputError(
      source,
      `is ${bom.encoding} text (it starts with a ${bom.encoding} byte-order mark); save it as UTF-8.`,
      l10n.t('The file is {0} text (it starts with a {0} byte-order mark); save it as UTF-8.', bom.encoding),
    );
  }
  // Text has no NUL: binary data, or UTF-16/32 saved without a byte-order mark (before the UTF-8
  // check, which would name some later byte of it).
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineOfByte(bytes, nul);
    throw new TextInputError(
      source,
      `is not text: it holds a NUL byte at offset ${nul} (line ${line}), as binary files and UTF-16 do.`,
      l10n.t('The file is not text: it holds a NUL byte at offset {0} (line {1}), as binary files and UTF-16 do.', nul, line),
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = lineOfByte(bytes, at);
    throw new TextInputError(
      source,
      `is not UTF-8 text: the byte at offset ${at} (line ${line}) is not valid UTF-8.`,
      l10n.t('The file is not UTF-8 text: the byte at offset {0} (line {1}) is not valid UTF-8.', at, line),
    );
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? -1;
    const [lo, hi] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (second < lo || second > hi) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] ?? -1;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
