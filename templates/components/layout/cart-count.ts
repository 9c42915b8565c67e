/**
 * The header's cart count is the visitor's, but pages are cached per path: the cms renders the
 * count as an empty, undisplayed badge (`0`), and the storefront edge fills it in per request from the
 * visitor's cart cookie (`fillCartCount`). The badge is the exact markup below, so the edge finds
 * it without parsing HTML; a page without a header (or with the cart link hidden) has none.
 */

/** The attribute naming the badge (rendered by SiteHeader); empty, the badge is not displayed (LAYOUT_CSS). */
export const CART_COUNT_ATTRIBUTE = 'data-wh-cart-count';

const BADGE =
  /<span class="wh-cart-count" data-wh-cart-count="">(<span class="wh-visually-hidden">[^<]*<\/span>)0<\/span>/g;

/** Most items the badge shows as a number; more reads `99+`. */
const MAX_SHOWN = 99;

/**
 * The page with its cart badges showing `count` items (visible, named for screen readers by the
 * hidden label before the number); the page as it is for 0 or a page without a badge.
 */
export function fillCartCount(html: string, count: number): string {
  if (!Number.isInteger(count) || count <= 0) return html;
  const shown = count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(count);
  return html.replace(
    BADGE,
    (_, label: string) =>
      `<span class="wh-cart-count" ${CART_COUNT_ATTRIBUTE}="${shown}">${label}${shown}</span>`,
  );
}
