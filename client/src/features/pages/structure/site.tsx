/**
 * What the site structure screens share: the site's sub-navigation (Pages, Navigation, Header &
 * footer, Templates), the site itself, the viewer's permissions on it, and the canvas the layout
 * and template editors draw with: the site's home page's (else first page's) `Page.canvas`, the
 * stylesheet and section groups visitors get, as in the page editor.
 */
import { useCallback } from 'react';
import type { ResolvedMenuItem } from '../../../../../templates/components/layout/site-data.js';
import { ApiError } from '../../../api.js';
import { useApp } from '../../../app-context.js';
import type { MenuFieldsFragment } from '../../../gql/graphql.js';
import type { NavSection } from '../../../sub-nav.js';
import { SubNav } from '../../../sub-nav.js';
import { useLoad } from '../../../ui.js';
import { PermissionsOnSiteQuery } from '../editor/operations.js';
import { StructureCanvasQuery, StructureSiteQuery } from './operations.js';

/** A site's structure screens, by path under /editor. */
export const sitePaths = (siteId: string) => ({
  navigation: `/sites/${siteId}/navigation`,
  layout: `/sites/${siteId}/layout`,
  templates: `/sites/${siteId}/templates`,
  template: (pageType: string) => `/sites/${siteId}/templates/${pageType.toLowerCase()}`,
});

export function siteSections(siteId: string): NavSection[] {
  const paths = sitePaths(siteId);
  return [
    { to: '/', label: 'Pages', permission: 'content:read' },
    { to: paths.navigation, label: 'Navigation', permission: 'content:read' },
    { to: paths.layout, label: 'Header & footer', permission: 'content:read' },
    { to: paths.templates, label: 'Templates', permission: 'content:read' },
  ];
}

export function SiteSubNav({ siteId, siteName }: { siteId: string; siteName: string }) {
  return <SubNav label={`Site ${siteName}`} sections={siteSections(siteId)} />;
}

export interface StructureRoute {
  siteId: string;
  screen: 'navigation' | 'layout' | 'templates';
  /** The template opened (`product`, `not_found` …), on the templates screen. */
  pageType: string | null;
}

/** The route of a structure screen: `/sites/<id>/<screen>[/<page type>]`, or null for other paths. */
export function structureRoute(path: string): StructureRoute | null {
  const match = /^\/sites\/([^/]+)\/(navigation|layout|templates)(?:\/([a-z_]+))?$/.exec(path);
  if (!match) return null;
  const screen = match[2] as 'navigation' | 'layout' | 'templates';
  if (match[3] && screen !== 'templates') return null;
  return { siteId: decodeURIComponent(match[1]!), screen, pageType: match[3] ?? null };
}

export interface StructureSite {
  id: string;
  name: string;
  canWrite: boolean;
  canvas: { css: string; header: string; footer: string } | null;
  /** The theme's token properties (`:root { --wh-… }`), for the token pickers' swatches. */
  tokensCss: string | null;
  tokens: readonly { path: string; type: string; cssVariable: string; description?: string | null }[];
}

/** Loads the site (NOT_FOUND when the workspace has no such site), the permissions on it and, with `canvas`, its canvas. */
export function useStructureSite(siteId: string, { canvas = false } = {}) {
  const { session } = useApp();
  const fetch = useCallback(async (): Promise<StructureSite> => {
    const { sites } = await session.execute(StructureSiteQuery, {});
    const site = sites.edges.map((e) => e.node).find((s) => s.id === siteId);
    if (!site) throw new ApiError('This site does not exist (or not in this workspace)', 'NOT_FOUND');
    const pages = site.pages.edges.map((e) => e.node);
    const page = pages.find((p) => p.path === '/') ?? pages[0];
    const [perms, drawn] = await Promise.all([
      session.execute(PermissionsOnSiteQuery, { siteId }),
      canvas && page ? session.execute(StructureCanvasQuery, { pageId: page.id }) : null,
    ]);
    return {
      id: site.id,
      name: site.name,
      canWrite: (perms.me?.permissionsOnSite ?? []).includes('content:write'),
      canvas: drawn?.draftPage?.canvas ?? null,
      tokensCss: drawn?.designTokens.css ?? null,
      tokens: drawn?.designTokens.tokens ?? [],
    };
  }, [session, siteId, canvas]);
  return useLoad(fetch);
}

type LoadedMenu = MenuFieldsFragment;
type LoadedItem = LoadedMenu['items'][number];

/** Menus as the header and footer blocks draw them (hrefs as stored), for the layout canvas. */
export function resolvedMenus(menus: readonly LoadedMenu[]): Record<string, ResolvedMenuItem[]> {
  const resolve = (items: readonly Pick<LoadedItem, 'label' | 'href'>[]): ResolvedMenuItem[] =>
    items.map((item) => ({
      label: item.label,
      to: item.href,
      children: resolve(('children' in item ? item.children : []) as Pick<LoadedItem, 'label' | 'href'>[]),
    }));
  return Object.fromEntries(menus.map((m) => [m.handle, resolve(m.items)]));
}
