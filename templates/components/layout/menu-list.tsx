import type { ReactNode } from 'react';
import { SiteLink } from '../site-link.js';
import type { ResolvedMenuItem } from './site-data.js';

/**
 * A menu as nested lists of links. An item with children is a `<details>` disclosure in the header
 * (it opens without JavaScript), nested lists elsewhere.
 */
export function MenuList({
  items,
  className,
  disclosures = false,
}: {
  items: readonly ResolvedMenuItem[];
  className: string;
  disclosures?: boolean;
}): ReactNode {
  if (items.length === 0) return null;
  return (
    <ul className={className}>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
        <li key={i}>
          {disclosures && item.children.length > 0 ? (
            <details className="wh-menu__group">
              <summary>{item.label}</summary>
              <MenuList items={item.children} className="wh-menu__sub" />
            </details>
          ) : (
            <>
              <SiteLink to={item.to}>{item.label}</SiteLink>
              <MenuList items={item.children} className="wh-menu__sub" />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
