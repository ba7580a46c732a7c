// The reader webview script.
export {};
