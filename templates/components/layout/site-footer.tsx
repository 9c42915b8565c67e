import { MenuList } from './menu-list.js';
import { useSiteData } from './site-data.js';

export interface SiteFooterProps {
  /** Menus shown as columns, each under its heading. */
  columns: { heading: string; menu: string }[];
  /** Handle of the menu of legal links (privacy, terms), shown small under the columns. */
  legalMenu: string;
  /** The copyright line; empty: `© <year> <site name>`. */
  copyright: string;
}

/** The site footer: menu columns, legal links and the copyright line. */
export function SiteFooter({ columns, legalMenu, copyright }: SiteFooterProps) {
  const site = useSiteData();
  const shown = columns.filter((c) => (site.menus[c.menu] ?? []).length > 0);
  const legal = site.menus[legalMenu] ?? [];
  return (
    <footer className="wh-site-footer">
      {shown.length > 0 && (
        <div className="wh-site-footer__columns">
          {shown.map((column) => (
            <nav className="wh-site-footer__column" aria-label={column.heading} key={column.menu}>
              <h2 className="wh-site-footer__heading">{column.heading}</h2>
              <MenuList items={site.menus[column.menu] ?? []} className="wh-site-footer__list" />
            </nav>
          ))}
        </div>
      )}
      <div className="wh-site-footer__bottom">
        <p className="wh-site-footer__copyright">{copyright || `© ${site.year} ${site.name}`}</p>
        {legal.length > 0 && (
          <nav aria-label="Legal">
            <MenuList items={legal} className="wh-site-footer__legal" />
          </nav>
        )}
      </div>
    </footer>
  );
}
