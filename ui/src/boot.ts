//! Boot step of the real app: nothing to do, Tauri's IPC is already there.
//! The screenshot build swaps this file for boot-screens.ts (see vite.config.ts).
export {};
