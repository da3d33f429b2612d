// A form with unsaved changes cancels the page's unload (lib/leaveGuard.ts in the renderer). A browser then asks
// itself; Electron only cancels, silently, so closing the window or reloading would do nothing without a word. The
// shell asks instead, in the words of the renderer's own leave question.

export const LEAVE_QUESTION = {
  type: 'question',
  buttons: ['留在此页', '离开'],
  defaultId: 0,
  cancelId: 0,
  title: '离开此页？',
  message: '离开此页？',
  detail: '这张表有没有保存的内容。离开后，再打开这张表时可以恢复（草稿已保存在本机）。',
  noLink: true,
} as const;

export interface LeavingContents {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** `ask` shows the question and returns the index of the chosen button (Electron's dialog.showMessageBoxSync). */
export function askBeforeLeaving(contents: LeavingContents, ask: (question: typeof LEAVE_QUESTION) => number): void {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault here overrides the page's refusal: the window closes or reloads.
    if (ask(LEAVE_QUESTION) === 1) event.preventDefault();
  });
}
