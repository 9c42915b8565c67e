/**
 * Styles of the library's layout components. Every colour, font and size comes from a design token
 * custom property (`--wh-*`), so the template, tenant and region token layers restyle them.
 */
export const LIBRARY_CSS = `.wh-header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--wh-spacing-4);padding:var(--wh-spacing-4) 0}
.wh-header__brand{font-family:var(--wh-font-family-heading);font-weight:700;color:var(--wh-color-text-default);text-decoration:none}
.wh-nav,.wh-footer__links{display:flex;flex-wrap:wrap;gap:var(--wh-spacing-4);list-style:none;margin:0;padding:0}
.wh-nav a,.wh-footer__links a{color:var(--wh-color-brand-primary)}
.wh-hero{padding:var(--wh-spacing-16) var(--wh-spacing-8);border-radius:var(--wh-radius-md)}
.wh-hero__title{font-family:var(--wh-font-family-heading);margin:0 0 var(--wh-spacing-4)}
.wh-hero .wh-button--primary{background:var(--wh-color-background-default);color:var(--wh-color-brand-primary)}
.wh-richtext a{color:var(--wh-color-brand-primary)}
.wh-image{display:block;max-width:100%;height:auto}
.wh-columns{display:grid;gap:var(--wh-spacing-8)}
.wh-columns--gap-small{gap:var(--wh-spacing-2)}.wh-columns--gap-large{gap:var(--wh-spacing-16)}
@media (min-width:40rem){.wh-columns--2{grid-template-columns:repeat(2,1fr)}.wh-columns--3{grid-template-columns:repeat(3,1fr)}.wh-columns--4{grid-template-columns:repeat(4,1fr)}}
.wh-products__grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:var(--wh-spacing-4);list-style:none;margin:0;padding:0}
.wh-product a{display:flex;flex-direction:column;gap:var(--wh-spacing-2);padding:var(--wh-spacing-4);border:1px solid var(--wh-color-brand-primary);border-radius:var(--wh-radius-md);color:var(--wh-color-text-default);text-decoration:none}
.wh-product__price{font-weight:700}
.wh-footer{margin-top:var(--wh-spacing-16);padding:var(--wh-spacing-8) 0}
.wh-consent{position:fixed;inset-inline:0;bottom:0;padding:var(--wh-spacing-4,1rem);background:var(--wh-color-background-default,#fff);border-top:1px solid currentColor}`;
