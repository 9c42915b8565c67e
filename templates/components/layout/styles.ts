/**
 * Styles of the site layout (skip link, announcement bar, site header and footer). Colours, fonts and
 * sizes come from design token custom properties (`--wh-*`), like the rest of the library. No
 * JavaScript: the header bar wraps on narrow screens and submenus are `<details>` disclosures.
 */
const HAIRLINE = 'color-mix(in srgb,var(--wh-color-text-default) 15%,transparent)';

export const LAYOUT_CSS = `.wh-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.wh-skip-link{position:absolute;left:var(--wh-spacing-4);top:-10rem;z-index:10;padding:var(--wh-spacing-2) var(--wh-spacing-4);background:var(--wh-color-background-default);color:var(--wh-color-text-default);border:2px solid var(--wh-color-brand-primary);border-radius:var(--wh-radius-md)}
.wh-skip-link:focus{top:var(--wh-spacing-2)}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--wh-color-brand-primary);outline-offset:2px}
.wh-announcement{margin:0 0 var(--wh-spacing-2);padding:var(--wh-spacing-2) var(--wh-spacing-4);border-radius:var(--wh-radius-md);background:var(--wh-color-brand-primary);color:var(--wh-color-text-inverse);text-align:center}
.wh-announcement__text{margin:0}
.wh-announcement__link{color:inherit;font-weight:600}
.wh-announcement__link:focus-visible{outline-color:var(--wh-color-text-inverse)}
.wh-site-header{margin-bottom:var(--wh-spacing-8);border-bottom:1px solid ${HAIRLINE}}
.wh-site-header__bar{display:flex;flex-wrap:wrap;align-items:center;gap:var(--wh-spacing-4);padding:var(--wh-spacing-4) 0}
.wh-site-header__brand{margin-right:auto;font-family:var(--wh-font-family-heading);font-size:1.25rem;font-weight:700;color:var(--wh-color-text-default);text-decoration:none}
.wh-site-header__logo{display:block;max-width:100%;height:auto}
.wh-site-header__cart{order:1;padding:var(--wh-spacing-2) 0;font-weight:600;color:var(--wh-color-text-default)}
.wh-cart-count{display:inline-block;min-width:1.5em;margin-inline-start:var(--wh-spacing-2);padding:0 .375em;border-radius:999px;background:var(--wh-color-brand-primary);color:var(--wh-color-text-inverse);font-size:.8125rem;line-height:1.5;text-align:center}
.wh-cart-count[data-wh-cart-count=""]{display:none}
.wh-search{order:2;flex:1 1 100%;min-width:0}
.wh-search__form{display:flex;gap:var(--wh-spacing-2)}
.wh-search__input{flex:1;min-width:0;padding:var(--wh-spacing-2);font:inherit;color:var(--wh-color-text-default);background:var(--wh-color-background-default);border:1px solid var(--wh-color-text-default);border-radius:var(--wh-radius-md)}
.wh-search__button{padding:var(--wh-spacing-2) var(--wh-spacing-4);font:inherit;color:var(--wh-color-text-inverse);background:var(--wh-color-brand-primary);border:0;border-radius:var(--wh-radius-md);cursor:pointer}
@media (min-width:48rem){.wh-search{order:1;flex:0 1 22rem}.wh-site-header__cart{order:2}}
.wh-site-nav{padding-bottom:var(--wh-spacing-2)}
.wh-site-nav__list{display:flex;flex-wrap:wrap;gap:0 var(--wh-spacing-4);margin:0;padding:0;list-style:none}
.wh-site-nav__list>li>a,.wh-menu__group>summary{display:inline-block;padding:var(--wh-spacing-2) 0;color:var(--wh-color-text-default);text-decoration:none;cursor:pointer}
.wh-site-nav__list a:hover,.wh-site-footer a:hover{text-decoration:underline}
.wh-menu__group>summary::after{content:"";display:inline-block;margin-left:.4em;border:.3em solid transparent;border-top-color:currentColor;border-bottom:0;vertical-align:.15em}
.wh-menu__group[open]>summary::after{border-top:0;border-bottom:.3em solid currentColor}
.wh-site-nav__list>li:has(>.wh-menu__group[open]){flex-basis:100%}
.wh-menu__sub{margin:0;padding:0 0 0 var(--wh-spacing-4);list-style:none}
@media (min-width:48rem){.wh-site-nav__list>li:has(>.wh-menu__group[open]){flex-basis:auto}.wh-menu__group{position:relative}.wh-menu__group>.wh-menu__sub{position:absolute;top:100%;left:0;z-index:5;min-width:12rem;padding:var(--wh-spacing-2) var(--wh-spacing-4);background:var(--wh-color-background-default);border:1px solid ${HAIRLINE};border-radius:var(--wh-radius-md);box-shadow:0 .5rem 1rem ${HAIRLINE}}}
.wh-menu__sub a{display:inline-block;padding:var(--wh-spacing-2) 0;color:var(--wh-color-text-default)}
.wh-site-footer{margin-top:var(--wh-spacing-16);padding:var(--wh-spacing-8) 0;border-top:1px solid ${HAIRLINE}}
.wh-site-footer__columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:var(--wh-spacing-8)}
.wh-site-footer__heading{margin:0 0 var(--wh-spacing-2);font-family:var(--wh-font-family-heading);font-size:1rem}
.wh-site-footer__list{display:grid;gap:var(--wh-spacing-2);margin:0;padding:0;list-style:none}
.wh-site-footer a{color:var(--wh-color-text-default)}
.wh-site-footer__bottom{display:flex;flex-wrap:wrap;justify-content:space-between;gap:var(--wh-spacing-4);margin-top:var(--wh-spacing-8);font-size:.875rem}
.wh-site-footer__copyright{margin:0}
.wh-site-footer__legal{display:flex;flex-wrap:wrap;gap:var(--wh-spacing-4);margin:0;padding:0;list-style:none}`;
