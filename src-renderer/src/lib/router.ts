import { useSyncExternalStore } from 'react';
import { registerKeys, type RegisterKey } from '../../../src-shared/registers';

// Hash routes, so the same build works from a file:// page in Electron and from the web server.

export type Route =
  | { page: 'home' }
  | { page: 'list'; register: RegisterKey }
  /** `from`: a new record turned from another book's record (src-shared/links.ts), its form prefilled from it. */
  | { page: 'record'; register: RegisterKey; id: number | null; from?: { register: RegisterKey; id: number } }
  | { page: 'return' }
  | { page: 'recycle' }
  | { page: 'settings' }
  | { page: 'accounts' }
  | { page: 'audit' };

function isRegister(key: string | undefined): key is RegisterKey {
  return registerKeys.includes(key as RegisterKey);
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'book' && isRegister(parts[1])) {
    if (parts[2] === 'new') {
      if (parts[3] === 'from' && isRegister(parts[4]) && parts[5] && /^\d+$/.test(parts[5])) {
        return { page: 'record', register: parts[1], id: null, from: { register: parts[4], id: Number(parts[5]) } };
      }
      return { page: 'record', register: parts[1], id: null };
    }
    if (parts[2] && /^\d+$/.test(parts[2])) return { page: 'record', register: parts[1], id: Number(parts[2]) };
    return { page: 'list', register: parts[1] };
  }
  if (parts[0] === 'return') return { page: 'return' };
  if (parts[0] === 'recycle') return { page: 'recycle' };
  if (parts[0] === 'settings') return { page: 'settings' };
  if (parts[0] === 'accounts') return { page: 'accounts' };
  if (parts[0] === 'audit') return { page: 'audit' };
  return { page: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'list':
      return `#/book/${route.register}`;
    case 'record':
      if (route.id === null && route.from)
        return `#/book/${route.register}/new/from/${route.from.register}/${route.from.id}`;
      return `#/book/${route.register}/${route.id ?? 'new'}`;
    case 'return':
      return '#/return';
    case 'recycle':
      return '#/recycle';
    case 'settings':
      return '#/settings';
    case 'accounts':
      return '#/accounts';
    case 'audit':
      return '#/audit';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
