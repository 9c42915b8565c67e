import { createContext, useContext } from 'react';
import type { LinkTarget } from '../../links.js';

/**
 * A menu item resolved for one render: `to` is a page-type target or a stored href to put under the
 * site's base, or null when what it pointed at is gone (the item then renders as text).
 */
export interface ResolvedMenuItem {
  label: string;
  to: LinkTarget | string | null;
  children: ResolvedMenuItem[];
}

/** What the site layout components show besides their props, resolved by the renderer before the render. */
export interface SiteData {
  /** The site's display name (the logo's text and the copyright line). */
  name: string;
  /** The year of the copyright line. */
  year: number;
  /** The site's menus by handle, items resolved (services/navigation.ts in the cms). */
  menus: Readonly<Record<string, readonly ResolvedMenuItem[]>>;
}

export const EMPTY_SITE: SiteData = { name: '', year: 1970, menus: {} };

/** The site data of the page being rendered (the renderer provides it). */
export const SiteDataContext = createContext<SiteData>(EMPTY_SITE);

export function useSiteData(): SiteData {
  return useContext(SiteDataContext);
}
