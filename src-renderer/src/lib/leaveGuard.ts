import { useEffect, useSyncExternalStore } from 'react';

// Unsaved work holds the page: a form with changes registers here, and any move away from its address (a menu link,
// the browser's Back, a typed address) is undone and held until the clerk confirms (lib/router.ts). Closing the tab
// or window asks through the browser's own beforeunload prompt (the desktop shell turns it into a dialog). The draft a
// form keeps (lib/drafts.ts) means confirming loses nothing either: the form offers it back when opened again.

interface Guard {
  /** The address of the page with unsaved work. */
  hash: string;
  /** What has unsaved work, as the clerk knows it: 来信来访登记簿 · 新增记录. */
  what: string;
}

let guard: Guard | null = null;
/** An address the clerk tried to go to while the guard held: shown as a question until answered. */
let pending: { what: string; hash: string } | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Whether a move to `hash` must wait for the clerk (lib/router.ts then undoes it in the history). */
export function holdLeaving(hash: string): boolean {
  if (!guard || hash === guard.hash) return false;
  pending = { what: guard.what, hash };
  notify();
  return true;
}

function warnBeforeUnload(event: BeforeUnloadEvent): void {
  if (!guard) return;
  event.preventDefault();
  // Chromium before 119 and Electron ask only when returnValue is set.
  event.returnValue = '';
}
// Not under Node: the books table (src-renderer/src/books.tsx), whose record panels use this, is read by unit tests.
if (typeof window !== 'undefined') window.addEventListener('beforeunload', warnBeforeUnload);

/** While `dirty`, leaving this page asks first. */
export function useLeaveGuard(dirty: boolean, what: string): void {
  useEffect(() => {
    if (!dirty) return;
    const mine: Guard = { hash: window.location.hash, what };
    guard = mine;
    return () => {
      if (guard === mine) guard = null;
    };
  }, [dirty, what]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The move away that waits for an answer, with the answers. */
export function usePendingLeave(): { what: string; stay: () => void; leave: () => void } | null {
  const waiting = useSyncExternalStore(subscribe, () => pending);
  if (!waiting) return null;
  return {
    what: waiting.what,
    stay: () => {
      pending = null;
      notify();
    },
    leave: () => {
      pending = null;
      guard = null;
      notify();
      window.location.hash = waiting.hash;
    },
  };
}
