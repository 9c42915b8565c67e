import { type AnchorHTMLAttributes, createContext, type ReactNode, useContext } from 'react';
import { type LinkTarget, ROOT_LINKS, type StorefrontLinks } from '../links.js';

/** The link builder of the page being rendered; the renderer provides it (default: a custom domain's root). */
export const LinksContext = createContext<StorefrontLinks>(ROOT_LINKS);

/**
 * Stored hrefs (site-relative paths as written in props) that lead nowhere on the site: the renderer
 * checks them before the render (services/links-check in the cms); a link to one renders as text.
 */
export const MissingLinksContext = createContext<ReadonlySet<string>>(new Set());

/** The link builder of the page being rendered. */
export function useStorefrontLinks(): StorefrontLinks {
  return useContext(LinksContext);
}

/**
 * An `<a>` whose href is built by the page's link builder from a target or a stored href. A target
 * of null, or a stored href the renderer found missing, renders its text alone (never a dead link).
 */
export function SiteLink({
  to,
  children,
  ...anchor
}: { to: LinkTarget | string | null; children?: ReactNode } & Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href'
>) {
  const links = useStorefrontLinks();
  const missing = useContext(MissingLinksContext);
  if (to === null || (typeof to === 'string' && missing.has(to))) {
    return <span className="wh-link--missing">{children}</span>;
  }
  return (
    <a {...anchor} href={links.href(to)}>
      {children}
    </a>
  );
}
