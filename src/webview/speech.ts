// Listening: French read aloud by the system's own speech synthesis (Web Speech API), with a
// French voice the learner may choose (`depeche.voice`) at the rate they set (`depeche.speechRate`).
// Local voices only: a voice with `localService === false` sends the text over the network.
// Where the system has no French voice, <body> gets `speech-missing` (the speaker buttons hide,
// the hint shows how to add one); with one, `speech-available`.
import * as l10n from '@vscode/l10n';
import type { SpeechSettings, VoiceInfo } from '../protocol';
import { el } from './dom';

export const DEFAULT_SPEECH: SpeechSettings = { rate: 1, voice: '' };
export const SPEECH_RATE_MIN = 0.5;
export const SPEECH_RATE_MAX = 2;
/**
 * The voice list loads after the page (speech-dispatcher takes seconds to list espeak-ng's
 * voices): only after this long with no French voice does the hint show.
 */
const VOICE_WAIT_MS = 4000;

/** Any value -> valid settings (the host sends what the learner typed in settings.json). */
export function normalizeSpeech(value: unknown): SpeechSettings {
  const raw = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof SpeechSettings, unknown>>;
  const rate = typeof raw.rate === 'number' && Number.isFinite(raw.rate) ? raw.rate : DEFAULT_SPEECH.rate;
  return {
    rate: Math.min(SPEECH_RATE_MAX, Math.max(SPEECH_RATE_MIN, rate)),
    voice: typeof raw.voice === 'string' ? raw.voice.trim() : DEFAULT_SPEECH.voice,
  };
}

/** French (`fr`, `fr-FR`, `fr_CA`…) and synthesised on this machine. */
export function isLocalFrench(voice: Pick<SpeechSynthesisVoice, 'lang' | 'localService'>): boolean {
  return /^fr(?:[-_]|$)/i.test(voice.lang) && voice.localService !== false;
}

/** The learner's voice by name (or URI); else France's French, the system default, the first. */
export function pickVoice(voices: SpeechSynthesisVoice[], wanted: string): SpeechSynthesisVoice | null {
  if (wanted) {
    const chosen = voices.find((v) => v.name === wanted || v.voiceURI === wanted);
    if (chosen) return chosen;
  }
  return voices.find((v) => v.default) ?? voices.find((v) => /^fr[-_]FR$/i.test(v.lang)) ?? voices[0] ?? null;
}

/** One line on how to add a French voice on the learner's system. */
export function missingVoiceHint(platform: string): string {
  if (/win/i.test(platform)) return l10n.t('To hear the French, add a French voice: Settings > Time & language > Speech > Add voices.');
  if (/mac/i.test(platform)) return l10n.t('To hear the French, add a French voice: System Settings > Accessibility > Spoken Content > System voice > Manage voices.');
  return l10n.t('To hear the French, install a French voice: {0} (or your distribution’s packages).', 'sudo apt install speech-dispatcher espeak-ng');
}

export interface UtteranceEvents {
  onStart?(): void;
  /** A word boundary (where the platform reports them): its offset in the text spoken. */
  onWord?(charIndex: number): void;
  /** Spoken to the end (not when cancelled). */
  onEnd?(): void;
}

export class Speech {
  private settings: SpeechSettings = DEFAULT_SPEECH;
  private voices: SpeechSynthesisVoice[] = [];
  private waited = false;
  private readonly listeners: (() => void)[] = [];
  private readonly synth: SpeechSynthesis | undefined;

  constructor(private readonly body: HTMLElement) {
    this.synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    this.synth?.addEventListener('voiceschanged', () => this.loadVoices());
    this.loadVoices();
    setTimeout(() => {
      this.waited = true;
      this.refresh();
    }, VOICE_WAIT_MS);
  }

  get available(): boolean {
    return this.voices.length > 0;
  }

  /** The French voices this page can use, for the host's voice picker. */
  voiceList(): VoiceInfo[] {
    return this.voices.map((v) => ({ name: v.name, lang: v.lang, default: v.default }));
  }

  /** Called when the French voices change (loaded, added, removed). */
  onVoices(listener: () => void): void {
    this.listeners.push(listener);
  }

  setSettings(settings: SpeechSettings): void {
    this.settings = normalizeSpeech(settings);
  }

  /** Reads `text` aloud, cutting off whatever was being read. Returns false without a voice. */
  speak(text: string, events: UtteranceEvents = {}): boolean {
    const voice = pickVoice(this.voices, this.settings.voice);
    if (!this.synth || !voice || !text.trim()) return false;
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = this.settings.rate;
    utterance.addEventListener('start', () => events.onStart?.());
    utterance.addEventListener('boundary', (e) => {
      if (e.name === 'word') events.onWord?.(e.charIndex);
    });
    utterance.addEventListener('end', () => events.onEnd?.());
    this.synth.speak(utterance);
    return true;
  }

  stop(): void {
    this.synth?.cancel();
  }

  private loadVoices(): void {
    const before = this.voices.map((v) => v.voiceURI).join('\n');
    this.voices = (this.synth?.getVoices() ?? []).filter(isLocalFrench);
    this.refresh();
    if (this.voices.map((v) => v.voiceURI).join('\n') !== before) for (const listener of this.listeners) listener();
  }

  private refresh(): void {
    this.body.classList.toggle('speech-available', this.available);
    this.body.classList.toggle('speech-missing', !this.available && this.waited);
  }
}

/** A speaker button (hidden by CSS while no French voice is available). */
export function speakButton(label: string, title: string, onClick: () => void, extraClass = ''): HTMLButtonElement {
  const button = el('button', {
    class: `speak-button ${extraClass}`.trim(),
    attrs: { type: 'button', 'aria-label': label, title },
  });
  button.append(el('span', { class: 'speak-icon', attrs: { 'aria-hidden': 'true' } }));
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return button;
}

/** The line shown where no French voice is found. */
export function speechHint(): HTMLElement {
  return el('p', { class: 'speech-hint', attrs: { role: 'note' }, text: missingVoiceHint(navigator.platform || navigator.userAgent) });
}

/** Whether a key press is typing in a field (then it is text, not a shortcut). */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return !!target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}
