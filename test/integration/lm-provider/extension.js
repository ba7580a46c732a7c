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

const provider = {
  provideLanguageModelChatInformation() {
    return [MODEL];
  },
  async provideLanguageModelChatResponse(model, messages, options, progress, token) {
    const prompt = promptText(messages);
    const script = scriptFor(prompt);
    log.requests.push({ script, prompt });
    const english = sentencesOf(prompt).map((s) => `EN: ${s}`);
    const say = (text) => progress.report(new vscode.LanguageModelTextPart(text));
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
        for (const char of JSON.stringify(english)) {
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
