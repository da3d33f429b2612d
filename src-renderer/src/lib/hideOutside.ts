import { useLayoutEffect, useState, type RefObject } from 'react';

// The lock screen covers a page that stays mounted with whatever was typed into it (main.tsx). Covering is not hiding:
// the page's text would still be in the document for a screen reader, its fields and buttons one Tab away, and a
// blur can be seen through. So while the lock is up, everything but the lock itself is inert (no focus, no clicks),
// hidden from assistive technology and not drawn: the siblings of the lock and of each element above it, up to
// <body>, which takes in the pop-ups and notifications Mantine puts straight into <body>, also any that appear
// meanwhile. React never re-renders the page for it, and taking the lock away puts back exactly what was there.

interface Kept {
  inert: boolean;
  ariaHidden: string | null;
  visibility: string;
}

function hide(element: HTMLElement, kept: Map<HTMLElement, Kept>): void {
  if (kept.has(element) || element.tagName === 'SCRIPT' || element.tagName === 'STYLE') return;
  kept.set(element, {
    inert: element.inert,
    ariaHidden: element.getAttribute('aria-hidden'),
    visibility: element.style.visibility,
  });
  element.inert = true;
  element.setAttribute('aria-hidden', 'true');
  element.style.visibility = 'hidden';
}

function restore(element: HTMLElement, was: Kept): void {
  element.inert = was.inert;
  if (was.ariaHidden === null) element.removeAttribute('aria-hidden');
  else element.setAttribute('aria-hidden', was.ariaHidden);
  element.style.visibility = was.visibility;
}

/** Hides everything on the page but `keep` (and what it is inside) while `keep` is mounted; returns the undoing. */
export function hideOutside(keep: HTMLElement): () => void {
  const kept = new Map<HTMLElement, Kept>();
  const path: HTMLElement[] = [];
  for (let node: HTMLElement | null = keep; node && node !== document.body; node = node.parentElement) path.push(node);
  const hideSiblings = (parent: HTMLElement) => {
    for (const child of Array.from(parent.children))
      if (child instanceof HTMLElement && !path.includes(child)) hide(child, kept);
  };
  const parents = path.map((node) => node.parentElement).filter((node): node is HTMLElement => node !== null);
  parents.forEach(hideSiblings);
  const observer = new MutationObserver((changes) => {
    for (const change of changes) if (change.target instanceof HTMLElement) hideSiblings(change.target);
  });
  parents.forEach((parent) => observer.observe(parent, { childList: true }));
  return () => {
    observer.disconnect();
    kept.forEach((was, element) => restore(element, was));
  };
}

/** hideOutside for a component's own element, with the focus given back where it was when it goes. */
export function useHideOutside(ref: RefObject<HTMLElement | null>): void {
  // Read while rendering, before the component's own field takes the focus (autoFocus) as it is mounted.
  const [focused] = useState(() => document.activeElement);
  useLayoutEffect(() => {
    const keep = ref.current;
    if (!keep) return;
    const undo = hideOutside(keep);
    return () => {
      undo();
      // The field the clerk was typing in, so they carry on where they were.
      if (focused instanceof HTMLElement && focused.isConnected) focused.focus();
    };
  }, [ref, focused]);
}
