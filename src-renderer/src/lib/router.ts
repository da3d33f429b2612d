import { useSyncExternalStore } from 'react';
import { registerKeys, type RegisterKey } from '../../../src-shared/registers';
import { holdLeaving } from './leaveGuard';
import { formatListQuery, parseListQuery, type ListQuery } from './listQuery';

// Hash routes, so the same build works from a file:// page in Electron and from the web server.

/** 设置's tabs, each its own address (#/settings/backup), so the menu can open one and Back returns to the last. */
export const settingsTabs = ['office', 'committees', 'report', 'holidays', 'rules', 'documents', 'backup'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

export type Route =
  | { page: 'home' }
  | { page: 'list'; register: RegisterKey; query?: ListQuery }
  /**
   * `from`: a new record turned from another book's record (src-shared/links.ts), its form prefilled from it.
   * `list`: the list it was opened from, which 返回列表 goes back to.
   * `work`: where on the record a reminder's work is done (src-shared/reminderWork.ts): a field of the form, put in
   * view with the cursor in it, or the 时间线's 记录事件 set to that event.
   */
  | {
      page: 'record';
      register: RegisterKey;
      id: number | null;
      from?: { register: RegisterKey; id: number };
      list?: ListQuery;
      work?: RecordWork;
    }
  /** 导入: old records of this book brought in from an Excel or CSV file (issue 21). */
  | { page: 'import'; register: RegisterKey }
  | { page: 'return' }
  /** 社区矫正's 审批事项 of the whole office, and a month's 考核 of everyone under correction ('YYYY-MM'). */
  | { page: 'approvals' }
  | { page: 'assessments'; month?: string }
  | { page: 'recycle' }
  | { page: 'settings'; tab?: SettingsTab }
  | { page: 'accounts' }
  | { page: 'audit' };

export type RecordWork = { field: string } | { event: string };

function workOf(kind: string | undefined, what: string | undefined): { work?: RecordWork } {
  if (!what) return {};
  const value = decodeURIComponent(what);
  return kind === 'field' ? { work: { field: value } } : kind === 'event' ? { work: { event: value } } : {};
}

function workPath(work: RecordWork | undefined): string {
  if (!work) return '';
  return 'field' in work ? `/field/${encodeURIComponent(work.field)}` : `/event/${encodeURIComponent(work.event)}`;
}

function isRegister(key: string | undefined): key is RegisterKey {
  return registerKeys.includes(key as RegisterKey);
}

function isSettingsTab(key: string | undefined): key is SettingsTab {
  return settingsTabs.includes(key as SettingsTab);
}

/** A book's list query, left out when empty, so that addresses with and without `?` compare as routes. */
function withList(query: ListQuery): { list?: ListQuery } {
  return Object.keys(query).length > 0 ? { list: query } : {};
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'book' && isRegister(parts[1])) {
    const list = withList(parseListQuery(search));
    if (parts[2] === 'import') return { page: 'import', register: parts[1] };
    if (parts[2] === 'new') {
      if (parts[3] === 'from' && isRegister(parts[4]) && parts[5] && /^\d+$/.test(parts[5])) {
        return {
          page: 'record',
          register: parts[1],
          id: null,
          from: { register: parts[4], id: Number(parts[5]) },
          ...list,
        };
      }
      return { page: 'record', register: parts[1], id: null, ...list };
    }
    if (parts[2] && /^\d+$/.test(parts[2]))
      return { page: 'record', register: parts[1], id: Number(parts[2]), ...workOf(parts[3], parts[4]), ...list };
    return { page: 'list', register: parts[1], ...(list.list ? { query: list.list } : {}) };
  }
  if (parts[0] === 'return') return { page: 'return' };
  if (parts[0] === 'approvals') return { page: 'approvals' };
  if (parts[0] === 'assessments')
    return parts[1] && /^\d{4}-(0[1-9]|1[0-2])$/.test(parts[1])
      ? { page: 'assessments', month: parts[1] }
      : { page: 'assessments' };
  if (parts[0] === 'recycle') return { page: 'recycle' };
  if (parts[0] === 'settings')
    return isSettingsTab(parts[1]) ? { page: 'settings', tab: parts[1] } : { page: 'settings' };
  if (parts[0] === 'accounts') return { page: 'accounts' };
  if (parts[0] === 'audit') return { page: 'audit' };
  return { page: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'list':
      return `#/book/${route.register}${formatListQuery(route.query)}`;
    case 'record':
      if (route.id === null && route.from)
        return `#/book/${route.register}/new/from/${route.from.register}/${route.from.id}${formatListQuery(route.list)}`;
      return `#/book/${route.register}/${route.id ?? 'new'}${route.id === null ? '' : workPath(route.work)}${formatListQuery(route.list)}`;
    case 'import':
      return `#/book/${route.register}/import`;
    case 'return':
      return '#/return';
    case 'approvals':
      return '#/approvals';
    case 'assessments':
      return route.month ? `#/assessments/${route.month}` : '#/assessments';
    case 'recycle':
      return '#/recycle';
    case 'settings':
      return route.tab ? `#/settings/${route.tab}` : '#/settings';
    case 'accounts':
      return '#/accounts';
    case 'audit':
      return '#/audit';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

// The page shown follows the address, except while a form with unsaved changes holds it (lib/leaveGuard.ts): then a
// move away is undone in the browser's history and waits for the clerk's answer. Each history entry the app makes is
// numbered in history.state, so that undoing a Back or Forward knows how many steps to go.

const listeners = new Set<() => void>();
/** The address the page shows; null until first read (the launch token is taken out of it first: lib/api.ts). */
let shown: string | null = null;
/** This history entry's number. */
let position = 0;

function entryNumber(): number | null {
  const state: unknown = window.history.state;
  const n = state && typeof state === 'object' ? (state as { ledgerEntry?: unknown }).ledgerEntry : undefined;
  return typeof n === 'number' ? n : null;
}

function numberEntry(n: number): void {
  position = n;
  window.history.replaceState({ ledgerEntry: n }, '');
}

function show(hash: string): void {
  shown = hash;
  listeners.forEach((listener) => listener());
}

window.addEventListener('hashchange', () => {
  const arrived = entryNumber();
  const hash = window.location.hash;
  if (hash === shown) {
    if (arrived !== null) position = arrived;
    return;
  }
  const held = holdLeaving(hash);
  if (held && shown !== null) {
    // Back or Forward to a numbered entry: go the same number of steps the other way; anything new (a link, a typed
    // address): one step back, to the form's entry.
    window.history.go(arrived !== null ? position - arrived : -1);
    return;
  }
  numberEntry(arrived ?? position + 1);
  show(hash);
});

/** Puts `route` in place of the current address without a new history entry (a new record once saved gets its id). */
export function replaceRoute(route: Route): void {
  window.history.replaceState({ ledgerEntry: position }, '', routeHref(route));
  show(routeHref(route));
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

function shownHash(): string {
  if (shown === null) {
    shown = window.location.hash;
    numberEntry(entryNumber() ?? 0);
  }
  return shown;
}

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, shownHash));
}
