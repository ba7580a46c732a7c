// The lesson read aloud, one sentence per utterance: each sentence's `start` moves the highlight
// (`sentence-speaking`), and where the platform reports word boundaries (Windows, macOS) the word
// being read is marked too (`unit-speaking`). Pausing cancels the speech and keeps the place: play
// goes on from the start of that sentence (the Web Speech API's own pause is unreliable).
import type { Speech } from './speech';

export type ReadAloudState = 'idle' | 'playing' | 'paused';

export class ReadAloud {
  private sentences: HTMLElement[] = [];
  private index = 0;
  private run = 0;
  private word: HTMLElement | null = null;
  state: ReadAloudState = 'idle';

  constructor(
    private readonly speech: Speech,
    private readonly onState: (state: ReadAloudState) => void,
  ) {}

  /** A new lesson: reading stops, the place goes back to the top. */
  setSentences(sentences: HTMLElement[]): void {
    this.stop();
    this.sentences = sentences;
    this.index = 0;
  }

  /** Play from `from` (a sentence element) or where it paused; pause while playing. */
  toggle(from?: HTMLElement | null): void {
    if (this.state === 'playing') {
      this.pause();
      return;
    }
    const at = from ? this.sentences.indexOf(from) : -1;
    if (this.state === 'idle') this.index = at >= 0 ? at : 0;
    this.play(this.index);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.run++;
    this.speech.stop();
    this.setState('paused');
  }

  stop(): void {
    this.run++;
    if (this.state !== 'idle') this.speech.stop();
    this.mark(null);
    this.setState('idle');
  }

  private play(index: number): void {
    const sentence = this.sentences[index];
    if (!sentence) {
      this.stop();
      return;
    }
    const run = ++this.run;
    this.index = index;
    const spoken = speakable(sentence);
    const started = this.speech.speak(spoken.text, {
      onStart: () => {
        if (run === this.run) this.mark(sentence);
      },
      onWord: (charIndex) => {
        if (run === this.run) this.markWord(spoken.units, charIndex);
      },
      onEnd: () => {
        if (run === this.run) this.play(index + 1);
      },
    });
    if (!started) {
      this.stop();
      return;
    }
    this.setState('playing');
  }

  private mark(sentence: HTMLElement | null): void {
    for (const other of this.sentences) if (other !== sentence) other.classList.remove('sentence-speaking');
    this.markWord([], -1);
    if (!sentence) return;
    sentence.classList.add('sentence-speaking');
    const box = sentence.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) sentence.scrollIntoView({ block: 'center' });
  }

  private markWord(units: SpokenUnit[], charIndex: number): void {
    this.word?.classList.remove('unit-speaking');
    this.word = units.find((u) => charIndex >= u.start && charIndex < u.end)?.element ?? null;
    this.word?.classList.add('unit-speaking');
  }

  private setState(state: ReadAloudState): void {
    if (state === this.state) return;
    this.state = state;
    this.onState(state);
  }
}

interface SpokenUnit {
  element: HTMLElement;
  start: number;
  end: number;
}

/** A sentence's French text (not its translation) and where each unit sits in it. */
export function speakable(sentence: HTMLElement): { text: string; units: SpokenUnit[] } {
  const root = sentence.querySelector<HTMLElement>('.sentence-text') ?? sentence;
  const units: SpokenUnit[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const unit = node.parentElement?.closest<HTMLElement>('.unit');
    const value = node.nodeValue ?? '';
    if (unit && root.contains(unit)) units.push({ element: unit, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text, units };
}
