// The reader's listening controls: the toolbar's Listen/Pause (the lesson read aloud with the
// sentence highlighted), the gloss card's speakers (the word, its sentence), the keys (S the word,
// Shift+S its sentence, P play/pause) and the hint where no French voice is installed.
import * as l10n from '@vscode/l10n';
import type { ReaderToHost, SpeechSettings } from '../protocol';
import { el } from './dom';
import { ReadAloud, speakable, type ReadAloudState } from './readAloud';
import type { RenderedLesson, UnitView } from './render';
import { isTyping, Speech, speakButton, speechHint } from './speech';


export class ReaderSpeech {
  /** The toolbar group: Listen / Pause / Resume, and Stop. */
  readonly toolbarGroup: HTMLElement;
  readonly hint: HTMLElement;
  private readonly speech: Speech;
  private readonly readAloud: ReadAloud;
  private readonly listen: HTMLButtonElement;
  private readonly stopButton: HTMLButtonElement;

  constructor(body: HTMLElement, post: (message: ReaderToHost) => void) {
    this.speech = new Speech(body);
    const announce = (): void => post({ type: 'voices', voices: this.speech.voiceList() });
    this.speech.onVoices(() => {
      // Disabled while hidden, so the toolbar's arrow keys skip it.
      this.listen.disabled = !this.speech.available;
      announce();
    });
    // A list already there at load is told too, after the page's `ready`.
    setTimeout(() => {
      if (this.speech.available) announce();
    }, 0);
    this.readAloud = new ReadAloud(this.speech, (state) => this.showState(state));
    this.listen = el('button', {
      class: 'tool speak-button read-aloud',
      attrs: { type: 'button', 'data-action': 'listen', 'aria-keyshortcuts': 'P', title: l10n.t('Read the lesson aloud (P)') },
    });
    this.listen.disabled = !this.speech.available;
    this.listen.addEventListener('click', () => this.toggle(null));
    this.stopButton = el('button', {
      class: 'tool speak-button',
      attrs: { type: 'button', 'data-action': 'stop-reading', title: l10n.t('Stop reading aloud'), disabled: '' },
      text: l10n.t('Stop'),
    });
    this.stopButton.addEventListener('click', () => this.readAloud.stop());
    this.toolbarGroup = el('div', { class: 'toolbar-group speech-group', attrs: { role: 'group', 'aria-label': l10n.t('Listening') } }, this.listen, this.stopButton);
    this.hint = speechHint();
    this.showState('idle');
  }

  setLesson(lesson: RenderedLesson): void {
    this.readAloud.setSentences(Array.from(lesson.text.querySelectorAll<HTMLElement>('.sentence')));
  }

  setSettings(settings: SpeechSettings): void {
    this.speech.setSettings(settings);
  }

  /** The gloss card's speakers, next to its headword. */
  cardControls(view: UnitView): HTMLElement[] {
    const { lemma } = view.unit;
    return [
      speakButton(l10n.t('Hear « {0} »', lemma), l10n.t('Hear the word (S)'), () => this.sayWord(view), 'card-speak'),
      speakButton(l10n.t('Hear the sentence'), l10n.t('Hear the sentence (Shift+S)'), () => this.saySentence(view), 'card-speak card-speak-sentence'),
    ];
  }

  /** S: the word; Shift+S: its sentence; P: the lesson read aloud, or paused. */
  handleKey(event: KeyboardEvent, view: UnitView | null): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event) || !this.speech.available) return false;
    if (event.key === 'p' || event.key === 'P') {
      this.toggle(view);
      return true;
    }
    if (!view || (event.key !== 's' && event.key !== 'S')) return false;
    if (event.shiftKey) this.saySentence(view);
    else this.sayWord(view);
    return true;
  }

  private toggle(view: UnitView | null): void {
    this.readAloud.toggle(view ? sentenceOf(view) : null);
  }

  private sayWord(view: UnitView): void {
    this.readAloud.stop();
    this.speech.speak(view.unit.lemma);
  }

  private saySentence(view: UnitView): void {
    this.readAloud.stop();
    const sentence = sentenceOf(view);
    if (sentence) this.speech.speak(speakable(sentence).text);
  }

  private showState(state: ReadAloudState): void {
    this.listen.textContent = state === 'idle' ? l10n.t('Listen') : state === 'playing' ? l10n.t('Pause') : l10n.t('Resume');
    this.listen.dataset.state = state;
    this.listen.setAttribute('aria-label', state === 'idle' ? l10n.t('Read the lesson aloud') : state === 'playing' ? l10n.t('Pause reading aloud') : l10n.t('Resume reading aloud'));
    this.stopButton.disabled = state === 'idle';
  }
}

function sentenceOf(view: UnitView): HTMLElement | null {
  return view.element.closest<HTMLElement>('.sentence');
}
