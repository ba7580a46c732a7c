// The getting-started walkthrough and the keybindings in package.json: every step has its images on
// disk and completes on something the extension does; every keybinding runs a contributed command.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, WALKTHROUGH_ID, WalkthroughContext } from '../../src/vscode/ids';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributed = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));

describe('getting-started walkthrough and keybindings', () => {
  const [walkthrough] = pkg.contributes.walkthroughs;

  it('is the walkthrough "Get Started with Dépêche" opens', () => {
    assert.equal(`${pkg.publisher}.${pkg.name}#${walkthrough.id}`, WALKTHROUGH_ID);
    assert.ok(contributed.has(Commands.getStarted));
  });

  it('walks through the six things a learner does, in order', () => {
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['openLesson', 'lookUp', 'quiz', 'import', 'review', 'dashboard']);
  });

  it('gives every step an image of the real UI for each theme, with a text alternative', () => {
    for (const step of walkthrough.steps) {
      assert.ok(step.media.altText, `${step.id}: alt text`);
      for (const theme of ['light', 'dark', 'hc', 'hcLight']) {
        const file = step.media.image[theme];
        assert.ok(file && existsSync(join(ROOT, file)), `${step.id}: ${theme} image ${file}`);
      }
    }
  });

  it('completes each step on a contributed command or on a context key the extension sets', () => {
    const contextKeys = new Set<string>(Object.values(WalkthroughContext));
    const sources = ['src/vscode/readerProgress.ts', 'src/extension.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents.length > 0, step.id);
      for (const event of step.completionEvents as string[]) {
        const [kind, name] = event.split(':') as [string, string];
        if (kind === 'onCommand') assert.ok(contributed.has(name), `${step.id}: ${name} is a contributed command`);
        else {
          assert.equal(kind, 'onContext', event);
          assert.ok(contextKeys.has(name), `${step.id}: ${name} is one of WalkthroughContext`);
        }
      }
      for (const link of (step.description as string).matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(contributed.has(link[1]!), `${step.id}: link to ${link[1]}`);
      }
    }
    for (const key of Object.keys(WalkthroughContext) as (keyof typeof WalkthroughContext)[]) {
      assert.match(sources, new RegExp(`setContext', WalkthroughContext\\.${key}, true`), `${key} is set somewhere`);
    }
  });

  it('binds the daily commands to one chord family, each to a contributed command, with no key twice', () => {
    const bindings = pkg.contributes.keybindings as { command: string; key: string }[];
    assert.deepEqual(bindings.map((b) => b.command).sort(), [Commands.reviewDue, Commands.openLessonPick, Commands.nextLesson, Commands.startQuiz, Commands.showDashboard].sort());
    for (const b of bindings) {
      assert.ok(contributed.has(b.command), b.command);
      assert.match(b.key, /^ctrl\+alt\+d [a-z]$/);
    }
    assert.equal(new Set(bindings.map((b) => b.key)).size, bindings.length);
  });
});
