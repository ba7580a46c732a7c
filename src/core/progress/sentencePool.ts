// Example sentences, keyed by a hash of their text (model.sentenceId), shared by every record that
// cites them. Only ever added to. Loaded from a file, the pool stays as its JSON text until a
// sentence is read or added, and a save writes that text back as it is.
import { ProgressFormatError } from './errors';
import { asciiJson } from './recordLine';

export class SentencePool {
  private map: Map<string, string> | null;
  /** The pool's JSON object text as loaded or last saved, while it still matches the map. */
  private stored: string | null;
  private bytes: { json: string; buffer: Buffer } | null = null;

  constructor(entries?: Iterable<[string, string]>) {
    this.map = new Map(entries ?? []);
    this.stored = null;
  }

  /** A pool read from `{"id":"text",...}` when first needed; the text is checked then. */
  static fromJson(json: string): SentencePool {
    const pool = new SentencePool();
    pool.map = null;
    pool.stored = json;
    return pool;
  }

  get(id: string): string | undefined {
    return this.entries().get(id);
  }

  has(id: string): boolean {
    return this.entries().has(id);
  }

  /** Adds a sentence unless its id is already there; returns whether it was added. */
  add(id: string, text: string): boolean {
    const map = this.entries();
    if (map.has(id)) return false;
    map.set(id, text);
    this.stored = null;
    return true;
  }

  /** Adds every sentence of `other` this pool lacks. */
  addAll(other: SentencePool): void {
    if (other === this || (other.map === null && other.stored === this.stored)) return;
    for (const [id, text] of other.entries()) this.add(id, text);
  }

  clone(): SentencePool {
    const copy = new SentencePool();
    copy.map = this.map && new Map(this.map);
    copy.stored = this.stored;
    return copy;
  }

  get size(): number {
    return this.entries().size;
  }

  toObject(): Record<string, string> {
    return Object.fromEntries(this.entries());
  }

  /** The JSON object text (ASCII) for the file: the stored text when nothing was added since. */
  toJson(): string {
    this.stored ??= asciiJson(JSON.stringify(this.toObject()));
    return this.stored;
  }

  /** toJson as bytes, kept between saves while the pool is unchanged. */
  toBytes(): Buffer {
    const json = this.toJson();
    if (this.bytes?.json !== json) this.bytes = { json, buffer: Buffer.from(json, 'latin1') };
    return this.bytes.buffer;
  }

  private entries(): Map<string, string> {
    if (this.map === null) {
      const raw: unknown = JSON.parse(this.stored!);
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ProgressFormatError('the sentences are not an object');
      const map = new Map<string, string>();
      for (const [id, text] of Object.entries(raw)) {
        if (typeof text !== 'string') throw new ProgressFormatError(`sentence ${id} is not text`);
        map.set(id, text);
      }
      this.map = map;
    }
    return this.map;
  }
}
