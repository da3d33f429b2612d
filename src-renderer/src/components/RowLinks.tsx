import { Anchor } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import './rowLinks.css';

// A list's rows as links: Tab reaches a row's link, ↑/↓ (Home/End) move between rows, Enter opens the row as any link
// does, and a click anywhere on the row opens it too.

const ROW_LINK = 'a[data-row-link]';

const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/** For the table body's onKeyDown: moves the focus from one row link to the next. */
export function moveBetweenRows(event: KeyboardEvent<HTMLElement>): void {
  const move = MOVES[event.key];
  if (!move || !(event.target instanceof HTMLAnchorElement) || !event.target.matches(ROW_LINK)) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>(ROW_LINK)];
  const at = links.indexOf(event.target);
  event.preventDefault();
  links[move(at, links.length - 1)]?.focus();
}

/** The link that opens a row; `label` names the row for a screen reader when the link's text is only its number. */
export function RowLink({ href, label, children }: { href: string; label?: string; children: ReactNode }) {
  return (
    <Anchor href={href} data-row-link aria-label={label} fz="sm">
      {children}
    </Anchor>
  );
}
