// The one handle a webview has on its host: typed posting and the persisted view state.
// `acquireVsCodeApi` may be called only once per page, so every module goes through here.

interface VsCodeApi<Out, State> {
  postMessage(message: Out): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<Out, State>(): VsCodeApi<Out, State>;

let api: VsCodeApi<unknown, unknown> | undefined;

export function hostApi<Out, State>(): VsCodeApi<Out, State> {
  api ??= acquireVsCodeApi<unknown, unknown>();
  return api as VsCodeApi<Out, State>;
}

/** Listens for messages the host posts to this webview. */
export function onHostMessage<In>(handle: (message: In) => void): void {
  window.addEventListener('message', (event: MessageEvent<In>) => {
    const message = event.data;
    if (message && typeof message === 'object' && 'type' in message) handle(message);
  });
}
