// A scripted chat model for Dépêche's integration tests (see README.md). Plain JavaScript: the
// project's @types/vscode predates the provider API, and this file is loaded as is.
const vscode = require('vscode');

const MODEL = {
  id: 'depeche-test-scripted',
  name: 'Scripted Model',
  family: 'depeche-test',
  version: '1.0.0',
  // Small on purpose: a lesson of a dozen sentences needs more than one request.
  maxInputTokens: 400,
  maxOutputTokens: 4000,
  tooltip: 'Answers as its script says; for tests only.',
  capabilities: {},
};

/** What the tests can read: every request's prompt, and how many token counts were asked. */
const log = { requests: [], tokenCounts: 0 };

function promptText(messages) {
  return messages
    .map((m) => m.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join(''))
    .join('\n');
}

/** The numbered French sentences of a Dépêche translation request. */
function sentencesOf(prompt) {
  const list = prompt.slice(prompt.lastIndexOf('sentences.\n\n') + 'sentences.\n\n'.length);
  return list.split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/^\d+\. /, ''));
}

function scriptFor(prompt) {
  const marker = /\[\[script:(\w+)\]\]/.exec(prompt);
  return marker ? marker[1] : vscode.workspace.getConfiguration('depecheTestModel').get('script', 'good');
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Which of Dépêche's requests a prompt is, by its first words. */
function taskOf(prompt) {
  if (/^Write \d+ multiple-choice comprehension questions/.test(prompt)) return 'questions';
  if (/^For each numbered French word/.test(prompt)) return 'senses';
  if (/^Explain this French sentence/.test(prompt)) return 'explain';
  return 'translate';
}

/** Questions on whatever text was sent: quoted from its first two sentences, one of them bad on request. */
function questionsFor(prompt, script) {
  const text = prompt.slice(prompt.indexOf('The text:\n\n') + 'The text:\n\n'.length).trim();
  const sentences = text.split(/(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])/u);
  const first = sentences[0].replace(/[.!?]+$/u, '');
  const words = first.split(/\s+/);
  const questions = [
    {
      kind: 'what', question: 'Que dit la première phrase ?', choices: [words.slice(-2).join(' '), 'le football', 'la météo'], answer: 0,
      evidence: first, explanation: 'The first sentence says so.',
    },
    {
      kind: 'truefalse', question: "Rien ne s'est passé ce jour-là", choices: ['Vrai', 'Faux'], answer: 1,
      evidence: sentences[1].replace(/[.!?]+$/u, ''), explanation: 'Something did happen.',
    },
  ];
  if (script === 'questions-invalid') {
    questions.push({ kind: 'what', question: 'Que dit la dernière phrase ?', choices: ['oui', 'non'], answer: 0, evidence: "Cette phrase n'est pas dans le texte", explanation: 'Made up.' });
  }
  return { questions };
}

/** A sense number for each word of a sense request: its last sense (good) or one past it (out of range). */
function senseChoices(prompt, script) {
  const words = prompt.split(/\n(?=\d+\. )/).slice(1);
  const counts = words.map((w) => (w.match(/\n {3}\d+\) /g) || []).length);
  return { choices: counts.map((n) => (script === 'senses-range' ? n + 1 : n)) };
}

const EXPLANATION =
  'It means that the minister welcomed his counterpart in Paris.\n\nThe verb « a reçu » is in the passé composé, with avoir: a single, finished event in the past.';

const provider = {
  provideLanguageModelChatInformation() {
    return [MODEL];
  },
  async provideLanguageModelChatResponse(model, messages, options, progress, token) {
    const prompt = promptText(messages);
    const script = scriptFor(prompt);
    const task = taskOf(prompt);
    log.requests.push({ script, prompt, task });
    const english = sentencesOf(prompt).map((s) => `EN: ${s}`);
    const say = (text) => progress.report(new vscode.LanguageModelTextPart(text));
    // In two parts, as a real stream arrives.
    const stream = async (answer) => {
      say(answer.slice(0, 10));
      await wait(10);
      say(answer.slice(10));
    };
    if (task !== 'translate' && ['good', 'questions-malformed', 'questions-invalid', 'senses-range', 'count'].includes(script)) {
      if (task === 'questions') {
        const answer = JSON.stringify(questionsFor(prompt, script));
        return stream(script === 'questions-malformed' ? answer.slice(0, answer.length / 2) : answer);
      }
      if (task === 'senses') return stream(JSON.stringify(senseChoices(prompt, script)));
      return stream(EXPLANATION);
    }
    // A busy service: 'busy-once' answers its first request with HTTP 429, then as 'good';
    // 'busy' answers every request with HTTP 503.
    if (script === 'busy' || (script === 'busy-once' && log.requests.length === 1)) {
      throw new Error(script === 'busy' ? 'Request failed: 503 Service Unavailable' : 'Request failed: 429 Too Many Requests');
    }
    switch (script) {
      case 'count':
        return say(JSON.stringify(english.slice(0, -1)));
      case 'malformed':
        return say(JSON.stringify(english).slice(0, 20));
      case 'refusal':
        return say("Sorry, I can't help with that.");
      case 'error':
        throw vscode.LanguageModelError.Blocked('The scripted model is rate limited.');
      case 'slow': {
        for (const char of task === 'explain' ? EXPLANATION : JSON.stringify(english)) {
          if (token.isCancellationRequested) return;
          say(char);
          await wait(200);
        }
        return;
      }
      default: {
        // In two parts, as a real stream arrives.
        const answer = JSON.stringify(english);
        say(answer.slice(0, 10));
        await wait(10);
        return say(answer.slice(10));
      }
    }
  },
  provideTokenCount(model, text) {
    log.tokenCounts += 1;
    const value = typeof text === 'string' ? text : promptText([text]);
    return Math.ceil(value.length / 4);
  },
};

function activate(context) {
  context.subscriptions.push(vscode.lm.registerLanguageModelChatProvider('depeche-test', provider));
  return {
    log,
    reset() {
      log.requests.length = 0;
      log.tokenCounts = 0;
    },
  };
}

module.exports = { activate };
