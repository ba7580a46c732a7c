// After a window reload VS Code restores webview tabs, but revives one (calls our serializer) only
// when its tab is first shown. A command that opens our one panel of a kind while such a tab waits
// in the background would make a second: the waiting tabs are closed first.
import * as vscode from 'vscode';

/** Closes the tabs of `viewType`; call when we hold no panel of that kind, so none of them is ours. */
export async function closeWaitingTabs(viewType: string): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => isWebviewOf(tab, viewType));
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

function isWebviewOf(tab: vscode.Tab, viewType: string): boolean {
  // The tab's viewType may carry VS Code's internal prefix (microsoft/vscode#201884).
  return tab.input instanceof vscode.TabInputWebview && (tab.input.viewType === viewType || tab.input.viewType.endsWith(`-${viewType}`));
}
