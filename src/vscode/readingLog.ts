// Minutes spent reading, per day, for a "minutes read" daily goal: counted while a Dépêche reader is
// the active editor of a focused window the learner is using (VS Code's `window.state.active` turns
// false after a short time without input, so a reader left open on an idle machine does not count).
// Kept in this machine's global state, the last 60 days.
import * as vscode from 'vscode';
import { READER_VIEW_TYPE, StateKeys } from './ids';

const TICK_MS = 15_000;
const KEEP_DAYS = 60;

export class ReadingLog implements vscode.Disposable {
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly state: vscode.Memento, private readonly onMinute: () => void) {
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  /** Minutes read per `YYYY-MM-DD` (local days). */
  minutes(): Record<string, number> {
    return { ...this.state.get<Record<string, number>>(StateKeys.minutesRead, {}) };
  }

  private tick(): void {
    if (!vscode.window.state.focused || !vscode.window.state.active || !readerIsActive()) return;
    const log = this.minutes();
    const today = localDay(new Date());
    const before = Math.floor(log[today] ?? 0);
    log[today] = (log[today] ?? 0) + TICK_MS / 60_000;
    for (const day of Object.keys(log).sort().slice(0, -KEEP_DAYS)) delete log[day];
    void this.state.update(StateKeys.minutesRead, log);
    if (Math.floor(log[today]!) !== before) this.onMinute();
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}

function readerIsActive(): boolean {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputWebview && input.viewType.endsWith(READER_VIEW_TYPE);
}

/** `YYYY-MM-DD` of the local day. */
export function localDay(at: Date): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
