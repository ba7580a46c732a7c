export * from './ankiIds';
export * from './ankiNotes';
export * from './ankiText';
export * from './apkg';
export * from './noteType';
export * from './vocabularyExport';
export * from './zip';
