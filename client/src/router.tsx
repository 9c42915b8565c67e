/** A minimal History-API router under /editor (the gateway serves index.html for every /editor/* path). */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';
import { mayLeave } from './unsaved.js';

export const BASE = '/editor';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

/** The path under /editor (always starting with `/`). */
export function routePath(pathname: string): string {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  return rest.startsWith('/') ? rest : `/${rest}`;
}

export function useRoute(): { path: string; query: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, () => window.location.href);
  const url = new URL(href);
  return { path: routePath(url.pathname), query: url.searchParams };
}

/**
 * Goes to `to` under /editor, unless a screen with unsaved work is not allowed to be left
 * (unsaved.ts); `unguarded` for a screen that has just saved or discarded its work itself.
 */
export function navigate(to: string, replace = false, { unguarded = false } = {}): void {
  if (!unguarded && !mayLeave()) return;
  const url = `${BASE}${to}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** An in-app link: a real `<a href>` (keyboard, middle click) that navigates without a reload. */
export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={`${BASE}${to}`} onClick={onClick} />;
}
