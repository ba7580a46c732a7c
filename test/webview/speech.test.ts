// Listening, with real voices: Chromium started with --enable-speech-dispatcher reaches a private
// speech-dispatcher with espeak-ng (./speechEnv.ts), so the voice list, the utterances and their
// events are the system's own. Every test here needs the voices and fails without them. A second
// Chromium, without the switch, has no voice at all: the speakers hide and the hint shows.
import assert from 'node:assert/strict';
import type { ReviewCardView } from '../../src/core/progress/views';
import type { SpeechSettings } from '../../src/protocol';
import { READER_SURFACE, useWebviewHarness, type Surface, type WebviewPage } from './harness';
import { lessonMessage, readerFixture } from './readerFixtures';
import { SPEECH_CHROMIUM_ARGS, SpeechEnvironment } from './speechEnv';
import { isLocalFrench, missingVoiceHint, normalizeSpeech, pickVoice } from '../../src/webview/speech';

const REVIEW_SURFACE: Surface = { name: 'review', script: 'dist/webview/review.js', styles: ['media/common.css', 'media/review.css'] };
/** speech-dispatcher lists its voices to Chromium after the page has loaded. */
const VOICES_TIMEOUT = 45_000;
const FAST: SpeechSettings = { rate: 2, voice: '' };

/** The ids of the sentences highlighted, in the order the highlight reached them. */
async function recordHighlights(view: WebviewPage): Promise<void> {
  await view.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __highlights: string[] }).__highlights = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as HTMLElement;
        if (target.classList.contains('sentence-speaking') && seen[seen.length - 1] !== target.dataset.sentence) {
          seen.push(target.dataset.sentence ?? '?');
        }
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
}

function highlights(view: WebviewPage): Promise<string[]> {
  return view.page.evaluate(() => (window as unknown as { __highlights: string[] }).__highlights);
}

function speaking(view: WebviewPage): Promise<boolean> {
  return view.page.evaluate(() => speechSynthesis.speaking);
}

describe('listening with real voices (speech-dispatcher + espeak-ng)', function () {
  this.timeout(120_000);
  let speech: SpeechEnvironment | undefined;
  before(async () => {
    speech = await SpeechEnvironment.start();
  });
  after(async () => {
    await speech?.stop();
  });
  const webview = useWebviewHarness(() => ({ args: SPEECH_CHROMIUM_ARGS, env: speech?.env }));

  async function openReader(): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE });
    await view.post(lessonMessage(readerFixture('first-paragraph')));
    await view.post({ type: 'speech', settings: FAST });
    await view.page.waitForSelector('body.speech-available', { timeout: VOICES_TIMEOUT });
    return view;
  }

  it('finds the system’s French voices, local ones only, and tells the host', async () => {
    const view = await openReader();
    const [message] = await view.waitForPosted('voices');
    const voices = (message?.voices ?? []) as { name: string; lang: string }[];
    assert.ok(voices.length > 0, 'no French voice posted');
    assert.ok(voices.every((v) => /^fr/i.test(v.lang)), JSON.stringify(voices));
    assert.ok(voices.some((v) => v.lang === 'fr-FR'), JSON.stringify(voices));
    const all = await view.page.evaluate(() => speechSynthesis.getVoices().filter((v) => /^fr/i.test(v.lang)).map((v) => v.localService));
    assert.ok(all.every(Boolean));
    assert.equal(await view.page.isVisible('[data-action="listen"]'), true);
    assert.equal(await view.page.isVisible('.speech-hint'), false);
  });

  it('reads the lesson aloud: each sentence’s start event moves the highlight, to the end', async () => {
    const view = await openReader();
    await recordHighlights(view);
    await view.page.click('[data-action="listen"]');
    await view.page.waitForFunction(() => speechSynthesis.speaking);
    assert.equal(await view.page.textContent('[data-action="listen"]'), 'Pause');
    // Both sentences of the paragraph, in order, then the end: the button is back to Listen.
    await view.page.waitForFunction(() => document.querySelector('[data-action="listen"]')?.textContent === 'Listen', undefined, { timeout: 60_000 });
    const ids = await view.page.$$eval('.lesson-text .sentence', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.sentence));
    assert.deepEqual(await highlights(view), ids);
    assert.equal(await view.page.locator('.sentence-speaking').count(), 0);
    assert.deepEqual(view.errors, []);
  });

  it('pauses: the speech stops, the highlight stays, Resume goes on from that sentence', async () => {
    const view = await openReader();
    await recordHighlights(view);
    await view.page.keyboard.press('Tab'); // focus leaves the page's body for the toolbar
    await view.page.focus('#lesson-text');
    await view.page.keyboard.press('p');
    await view.page.waitForSelector('.sentence-speaking');
    await view.page.keyboard.press('p');
    assert.equal(await view.page.textContent('[data-action="listen"]'), 'Resume');
    await view.page.waitForFunction(() => !speechSynthesis.speaking, undefined, { timeout: 5_000 });
    const atPause = await highlights(view);
    assert.equal(atPause.length, 1);
    // Long enough for the rest of the lesson to have been read, had it not stopped.
    await view.page.waitForTimeout(4_000);
    assert.equal(await speaking(view), false);
    assert.deepEqual(await highlights(view), atPause);
    assert.equal(await view.page.locator('.sentence-speaking').count(), 1);
    await view.page.click('[data-action="listen"]');
    await view.page.waitForFunction(() => speechSynthesis.speaking);
    assert.equal(await view.page.textContent('[data-action="listen"]'), 'Pause');
    await view.page.click('[data-action="stop-reading"]');
    await view.page.waitForFunction(() => !speechSynthesis.speaking, undefined, { timeout: 5_000 });
    assert.equal(await view.page.locator('.sentence-speaking').count(), 0);
  });

  it('the gloss card reads its word (button or S) and its sentence', async () => {
    const view = await openReader();
    await view.page.click('.unit[data-unit="1"]');
    const word = view.page.locator('.gloss-card .card-speak').first();
    assert.equal(await word.isVisible(), true);
    assert.match((await word.getAttribute('aria-label')) ?? '', /^Hear «\u00a0.+\u00a0»$/);
    await word.click();
    await view.page.waitForFunction(() => speechSynthesis.speaking);
    await view.page.waitForFunction(() => !speechSynthesis.speaking, undefined, { timeout: 20_000 });
    await view.page.keyboard.press('s');
    await view.page.waitForFunction(() => speechSynthesis.speaking);
    await view.page.waitForFunction(() => !speechSynthesis.speaking, undefined, { timeout: 20_000 });
    await view.page.click('.gloss-card .card-speak-sentence');
    await view.page.waitForFunction(() => speechSynthesis.speaking);
    assert.deepEqual(view.errors, []);
  });

  it('in review, the word and its sentence can be heard', async () => {
    const view = await webview.open({ surface: REVIEW_SURFACE });
    const card: ReviewCardView = {
      key: 'amitié|NOUN', lemma: 'amitié', pos: 'NOUN', gloss: 'friendship', kind: 'new',
      sentence: { lesson: 'Wang Yi et Lavrov', before: 'Wang Yi a souligné « l’', form: 'amitié', after: ' sans limites ».' },
      intervals: { again: '1 min', hard: '6 min', good: '10 min', easy: '4 d' },
    };
    await view.post({ type: 'review', card, progress: { done: 0, due: 0, fresh: 1, canUndo: false }, speech: FAST });
    await view.page.waitForSelector('body.speech-available', { timeout: VOICES_TIMEOUT });
    await view.page.click('.review-sentence .review-speak');
    await view.page.waitForFunction(() => speechSynthesis.speaking);
    await view.page.waitForFunction(() => !speechSynthesis.speaking, undefined, { timeout: 20_000 });
    await view.page.keyboard.press(' ');
    await view.page.click('.review-headword .review-speak');
    await view.page.waitForFunction(() => speechSynthesis.speaking);
    assert.deepEqual(view.errors, []);
  });
});

describe('listening without a French voice', function () {
  this.timeout(60_000);
  // No --enable-speech-dispatcher: this Chromium has no voice at all.
  const webview = useWebviewHarness();

  it('hides every speaker and shows how to add a voice, in the reader and in review', async () => {
    const view = await webview.open({ surface: READER_SURFACE });
    await view.post(lessonMessage(readerFixture('first-paragraph')));
    await view.page.waitForSelector('.speech-hint', { state: 'visible', timeout: 10_000 });
    assert.match((await view.page.textContent('.speech-hint')) ?? '', /speech-dispatcher espeak-ng/);
    assert.equal(await view.page.isVisible('[data-action="listen"]'), false);
    await view.page.click('.unit[data-unit="1"]');
    assert.equal(await view.page.locator('.gloss-card .card-speak').first().isVisible(), false);
    // The keys do nothing either: P does not start anything.
    await view.page.keyboard.press('p');
    assert.equal(await view.page.locator('.sentence-speaking').count(), 0);

    const review = await webview.open({ surface: REVIEW_SURFACE });
    await review.page.waitForSelector('.speech-hint', { state: 'visible', timeout: 10_000 });
  });
});

describe('listening helpers (DOM-free)', () => {
  const voice = (name: string, lang: string, localService = true, isDefault = false) =>
    ({ name, lang, localService, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;

  it('keeps French voices that run on this machine, never online ones', () => {
    assert.equal(isLocalFrench(voice('Amélie', 'fr-CA')), true);
    assert.equal(isLocalFrench(voice('fr', 'fr')), true);
    assert.equal(isLocalFrench(voice('Thomas', 'fr_FR')), true);
    assert.equal(isLocalFrench(voice('Google français', 'fr-FR', false)), false);
    assert.equal(isLocalFrench(voice('Frisian', 'fy-NL')), false);
    assert.equal(isLocalFrench(voice('Afrikaans', 'af')), false);
  });

  it('uses the learner’s voice when it is there, else France’s French', () => {
    const voices = [voice('French (Belgium)', 'fr-BE'), voice('French (France)', 'fr-FR'), voice('French (Switzerland)', 'fr-CH')];
    assert.equal(pickVoice(voices, 'French (Switzerland)')?.name, 'French (Switzerland)');
    assert.equal(pickVoice(voices, 'Gone')?.name, 'French (France)');
    assert.equal(pickVoice(voices, '')?.name, 'French (France)');
    assert.equal(pickVoice([], 'French (France)'), null);
  });

  it('keeps the rate between half and twice the normal pace', () => {
    assert.deepEqual(normalizeSpeech(undefined), { rate: 1, voice: '' });
    assert.deepEqual(normalizeSpeech({ rate: 9, voice: ' Thomas ' }), { rate: 2, voice: 'Thomas' });
    assert.deepEqual(normalizeSpeech({ rate: 0.1, voice: 3 }), { rate: 0.5, voice: '' });
    assert.deepEqual(normalizeSpeech({ rate: Number.NaN }), { rate: 1, voice: '' });
  });

  it('says how to add a French voice on each system', () => {
    assert.match(missingVoiceHint('Win32'), /Settings > Time & language > Speech/);
    assert.match(missingVoiceHint('MacIntel'), /Accessibility > Spoken Content/);
    assert.match(missingVoiceHint('Linux x86_64'), /speech-dispatcher espeak-ng/);
  });
});
