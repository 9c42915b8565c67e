import type { ReactNode } from 'react';
import { SiteLink, useStorefrontLinks } from '../site-link.js';
import { messagesFor } from '../store/messages.js';
import { MenuList } from './menu-list.js';
import { useSiteData } from './site-data.js';

export interface SiteHeaderProps {
  /** Handle of the menu shown as the main navigation. */
  menu: string;
  /** Logo image: the site name is its alt text; without it the site name is the logo. */
  logo?: { url: string; width: number; height: number } | null;
  showSearch: boolean;
  showCart: boolean;
  /** Empty: the page language's word. */
  searchLabel: string;
  /** Empty: the page language's word. */
  cartLabel: string;
  /** The page's language (search and cart words, the cart count's label). */
  locale: string;
}

/**
 * The site header: logo (home link), main menu, a search form (GET to the search page) and the cart
 * link with the visitor's item count. No JavaScript: the bar wraps on narrow screens, submenus are `<details>` disclosures.
 */
export function SiteHeader({
  menu,
  logo,
  showSearch,
  showCart,
  searchLabel: givenSearchLabel,
  cartLabel: givenCartLabel,
  locale,
}: SiteHeaderProps) {
  const site = useSiteData();
  const links = useStorefrontLinks();
  const messages = messagesFor(locale);
  const searchLabel = givenSearchLabel || messages.search;
  const cartLabel = givenCartLabel || messages.cartLink;
  const items = site.menus[menu] ?? [];
  const brand: ReactNode = logo ? (
    <img
      src={logo.url}
      width={logo.width}
      height={logo.height}
      alt={site.name}
      className="wh-site-header__logo"
    />
  ) : (
    site.name
  );
  return (
    <header className="wh-site-header">
      <div className="wh-site-header__bar">
        <SiteLink className="wh-site-header__brand" to="/">
          {brand}
        </SiteLink>
        {showSearch && (
          <search className="wh-search">
            <form className="wh-search__form" method="get" action={links.href({ kind: 'search' })}>
              <label className="wh-visually-hidden" htmlFor="wh-search-q">
                {searchLabel}
              </label>
              <input
                id="wh-search-q"
                className="wh-search__input"
                type="search"
                name="q"
                autoComplete="off"
                placeholder={`${searchLabel}…`}
              />
              <button className="wh-search__button" type="submit">
                {searchLabel}
              </button>
            </form>
          </search>
        )}
        {showCart && (
          <SiteLink className="wh-site-header__cart" to={{ kind: 'cart' }}>
            {cartLabel}
            {/* Filled in per visitor by the storefront edge (cart-count.ts): the page is cached for everyone. */}
            <span className="wh-cart-count" data-wh-cart-count="">
              <span className="wh-visually-hidden">{messages.cartCountLabel}</span>0
            </span>
          </SiteLink>
        )}
      </div>
      {items.length > 0 && (
        <nav className="wh-site-nav" aria-label="Main">
          <MenuList items={items} className="wh-site-nav__list" disclosures />
        </nav>
      )}
    </header>
  );
}
