import { type AnchorHTMLAttributes, createContext, type ReactNode, useContext } from 'react';
import { type LinkTarget, ROOT_LINKS, type StorefrontLinks } from '../links.js';

/** The link builder of the page being rendered; the renderer provides it (default: a custom domain's root). */
export const LinksContext = createContext<StorefrontLinks>(ROOT_LINKS);

/** The link builder of the page being rendered. */
export function useStorefrontLinks(): StorefrontLinks {
  return useContext(LinksContext);
}

/** An `<a>` whose href is built by the page's link builder from a target or a stored href. */
export function SiteLink({
  to,
  children,
  ...anchor
}: { to: LinkTarget | string; children?: ReactNode } & Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href'
>) {
  const links = useStorefrontLinks();
  return (
    <a {...anchor} href={links.href(to)}>
      {children}
    </a>
  );
}
