/**
 * Styles of the presentational sections (templates/components/sections/) and the image fallback:
 * tokens only, with a fallback value where a page may not define the token.
 */
export const SECTION_CSS = `.wh-image--missing{display:block;width:100%;height:auto;background:linear-gradient(135deg,var(--wh-color-surface-default,#f1f5f9),var(--wh-color-border-default,#e2e8f0));border-radius:var(--wh-radius-md)}
.wh-eyebrow{margin:0 0 var(--wh-spacing-2);font-size:var(--wh-font-size-sm,.875rem);font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:var(--wh-color-brand-primary)}
.wh-button--ghost{border:1px solid currentColor;color:inherit}
.wh-banner,.wh-iwt,.wh-multicolumn{margin-block:var(--wh-spacing-8)}
.wh-textlink{color:var(--wh-color-text-link,var(--wh-color-brand-primary));font-weight:600;text-underline-offset:.2em}
.wh-banner{position:relative;display:flex;flex-direction:column;overflow:hidden;border-radius:var(--wh-radius-lg,.75rem);color:var(--wh-color-text-inverse);background:var(--wh-color-text-default)}
.wh-banner__image{display:block;width:100%;height:auto;aspect-ratio:3/2;object-fit:cover}
.wh-banner__content{position:relative;display:flex;flex-direction:column;gap:var(--wh-spacing-4);padding:var(--wh-spacing-6,1.5rem)}
.wh-banner--center .wh-banner__content{align-items:center;text-align:center}
.wh-banner__heading{margin:0;max-width:14ch;font-family:var(--wh-font-family-heading);font-size:clamp(2rem,6vw,3.5rem);line-height:1.08;letter-spacing:-.02em}
.wh-banner__text{margin:0;max-width:42ch;font-size:var(--wh-font-size-lg,1.125rem)}
.wh-banner__actions{display:flex;flex-wrap:wrap;gap:var(--wh-spacing-3,.75rem)}
.wh-button{display:inline-flex;justify-content:center;align-items:center;min-height:2.75rem;box-sizing:border-box;padding:var(--wh-spacing-3,.75rem) var(--wh-spacing-6,1.5rem);font-weight:600}
.wh-banner .wh-button--primary{background:var(--wh-color-background-default);color:var(--wh-color-text-default)}
@media (min-width:48rem){.wh-banner{display:grid}.wh-banner>*{grid-area:1/1}.wh-banner__image{height:100%;min-height:28rem;aspect-ratio:auto}.wh-banner--large .wh-banner__image{min-height:34rem}.wh-banner__content{align-self:end;padding:var(--wh-spacing-16) var(--wh-spacing-12,3rem);background:linear-gradient(to top,rgb(0 0 0/.6),rgb(0 0 0/.25) 65%,transparent)}}
.wh-iwt{display:grid;gap:var(--wh-spacing-6,1.5rem);border-radius:var(--wh-radius-lg,.75rem);overflow:hidden}
.wh-iwt__media .wh-image{width:100%;height:100%;object-fit:cover}
.wh-iwt__body{display:flex;flex-direction:column;align-items:flex-start;justify-content:center;gap:var(--wh-spacing-4);padding:0 var(--wh-spacing-6,1.5rem) var(--wh-spacing-8)}
.wh-iwt__heading{margin:0;font-size:clamp(1.5rem,3.5vw,2.25rem);line-height:1.15;letter-spacing:-.01em}
.wh-iwt__text{margin:0;max-width:46ch;color:var(--wh-color-text-muted)}
@media (min-width:48rem){.wh-iwt{grid-template-columns:1fr 1fr;gap:0}.wh-iwt__body{padding:var(--wh-spacing-12,3rem)}.wh-iwt--image-end .wh-iwt__media{order:2}}
.wh-multicolumn{padding:var(--wh-spacing-8) 0;border-radius:var(--wh-radius-lg,.75rem)}
.wh-multicolumn--panel{padding:var(--wh-spacing-8) var(--wh-spacing-6,1.5rem)}
@media (min-width:48rem){.wh-multicolumn--panel{padding:var(--wh-spacing-12,3rem)}}
.wh-multicolumn__heading{margin:0 0 var(--wh-spacing-2);font-size:clamp(1.5rem,3vw,2rem);letter-spacing:-.01em}
.wh-multicolumn__intro{margin:0 0 var(--wh-spacing-8);max-width:56ch;color:var(--wh-color-text-muted)}
.wh-multicolumn__list{display:grid;gap:var(--wh-spacing-8);margin:0;padding:0;list-style:none}
@media (min-width:48rem){.wh-multicolumn__list--2{grid-template-columns:repeat(2,1fr)}.wh-multicolumn__list--3{grid-template-columns:repeat(3,1fr)}.wh-multicolumn__list--4{grid-template-columns:repeat(4,1fr)}}
.wh-multicolumn__item{display:flex;flex-direction:column;align-items:flex-start;gap:var(--wh-spacing-2)}
.wh-multicolumn__image{display:block;width:100%;height:auto;margin-bottom:var(--wh-spacing-2);border-radius:var(--wh-radius-md)}
.wh-multicolumn__title{margin:0;font-family:var(--wh-font-family-heading);font-size:var(--wh-font-size-lg,1.125rem)}
.wh-multicolumn__text{margin:0;color:var(--wh-color-text-muted)}`;

/**
 * Styles of the library's layout components. Every colour, font and size comes from a design token
 * custom property (`--wh-*`), so the template, tenant and region token layers restyle them.
 */
export const LIBRARY_CSS = `${SECTION_CSS}
.wh-header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--wh-spacing-4);padding:var(--wh-spacing-4) 0}
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
.wh-product{display:flex;flex-direction:column;gap:var(--wh-spacing-2)}
.wh-product__add{margin:0}
.wh-footer{margin-top:var(--wh-spacing-16);padding:var(--wh-spacing-8) 0}
.wh-consent{position:fixed;inset-inline:0;bottom:0;padding:var(--wh-spacing-4,1rem);background:var(--wh-color-background-default,#fff);border-top:1px solid currentColor}`;

/**
 * Storefront components (templates/components/store/): product cards, the product page, the
 * collection page, the search page. Mobile first: two card columns on a phone, up to four on a desktop; images scale
 * to their column and keep their aspect ratio (width/height attributes), so nothing overflows at 390 px.
 */
export const STORE_CSS = `.wh-visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
img,picture{max-width:100%}
.wh-media{display:block;width:100%;overflow:hidden;border-radius:var(--wh-radius-md);background:color-mix(in srgb,var(--wh-color-text-default) 6%,transparent)}
.wh-media img{display:block;width:100%;height:auto}
.wh-media--empty{aspect-ratio:1/1;background:linear-gradient(135deg,color-mix(in srgb,var(--wh-color-brand-primary) 14%,var(--wh-color-background-default)),color-mix(in srgb,var(--wh-color-text-default) 5%,var(--wh-color-background-default)))}
.wh-button--block{display:block;width:100%;text-align:center;border:0;font:inherit;cursor:pointer}
.wh-button[disabled]{opacity:.55;cursor:not-allowed}
.wh-cards{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:var(--wh-spacing-4);list-style:none;margin:0;padding:0}
@media (min-width:40rem){.wh-cards{grid-template-columns:repeat(3,minmax(0,1fr))}}
@media (min-width:60rem){.wh-cards{grid-template-columns:repeat(4,minmax(0,1fr))}}
.wh-card{display:flex;flex-direction:column;gap:var(--wh-spacing-2);color:var(--wh-color-text-default);text-decoration:none}
.wh-card:hover .wh-card__title{text-decoration:underline}
.wh-card__media{position:relative;display:block}
.wh-card__media .wh-media{aspect-ratio:4/5}
.wh-card__media .wh-media img{height:100%;object-fit:cover}
.wh-card__title{font-family:var(--wh-font-family-heading);font-size:1rem;font-weight:600;margin:0;overflow-wrap:anywhere}
.wh-badge{position:absolute;top:var(--wh-spacing-2);left:var(--wh-spacing-2);padding:.125rem var(--wh-spacing-2);border-radius:var(--wh-radius-md);background:var(--wh-color-text-default);color:var(--wh-color-background-default);font-size:.8125rem}
.wh-price{font-weight:700}
.wh-price__was{font-weight:400;opacity:.7;margin-inline-start:var(--wh-spacing-2)}
.wh-breadcrumbs ol{display:flex;flex-wrap:wrap;gap:var(--wh-spacing-2);list-style:none;margin:0 0 var(--wh-spacing-4);padding:0;font-size:.875rem}
.wh-breadcrumbs li+li::before{content:"/";margin-inline-end:var(--wh-spacing-2);opacity:.6}
.wh-breadcrumbs a{color:var(--wh-color-text-default)}
.wh-pdp__layout{display:grid;gap:var(--wh-spacing-8)}
@media (min-width:48rem){.wh-pdp__layout{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}}
.wh-pdp__thumbs{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:var(--wh-spacing-2);list-style:none;margin:var(--wh-spacing-2) 0 0;padding:0}
.wh-pdp__info{display:flex;flex-direction:column;gap:var(--wh-spacing-4);min-width:0}
.wh-pdp__title{margin:0;overflow-wrap:anywhere}
.wh-pdp__price{font-size:1.25rem;margin:0}
.wh-stock{margin:0;font-weight:600}
.wh-stock--out{opacity:.75}
.wh-option{border:0;margin:0;padding:0;min-width:0}
.wh-option__name{margin:0 0 var(--wh-spacing-2);padding:0;font-weight:600}
.wh-option__values{display:flex;flex-wrap:wrap;gap:var(--wh-spacing-2);list-style:none;margin:0;padding:0}
.wh-chip{display:inline-block;min-width:2.75rem;padding:var(--wh-spacing-2) var(--wh-spacing-4);border:1px solid var(--wh-color-text-default);border-radius:var(--wh-radius-md);color:var(--wh-color-text-default);text-align:center;text-decoration:none}
.wh-chip[aria-current]{background:var(--wh-color-text-default);color:var(--wh-color-background-default)}
.wh-chip--out{text-decoration:line-through}
.wh-pdp__buy{display:flex;flex-direction:column;gap:var(--wh-spacing-2)}
.wh-pdp__qty{display:flex;align-items:center;gap:var(--wh-spacing-2)}
.wh-pdp__qty input{width:5rem;padding:var(--wh-spacing-2);font:inherit;border:1px solid var(--wh-color-text-default);border-radius:var(--wh-radius-md)}
.wh-collection__title{margin:0 0 var(--wh-spacing-2)}
.wh-sort{display:flex;flex-wrap:wrap;align-items:center;gap:var(--wh-spacing-2);margin:var(--wh-spacing-4) 0}
.wh-sort select{padding:var(--wh-spacing-2);font:inherit;border:1px solid var(--wh-color-text-default);border-radius:var(--wh-radius-md);background:var(--wh-color-background-default);color:var(--wh-color-text-default)}
.wh-sort .wh-button{font:inherit;background:transparent;cursor:pointer}
.wh-pagination{display:flex;justify-content:space-between;gap:var(--wh-spacing-4);margin-top:var(--wh-spacing-8)}
.wh-pagination [rel=next]{margin-inline-start:auto}
.wh-not-found{padding:var(--wh-spacing-16) 0;text-align:center}
.wh-not-found__actions{display:flex;flex-wrap:wrap;justify-content:center;gap:var(--wh-spacing-4)}
.wh-search-results__form{margin:var(--wh-spacing-4) 0 var(--wh-spacing-8);max-width:36rem}
.wh-search-results__state{margin:var(--wh-spacing-4) 0}
.wh-search-results__state a{color:var(--wh-color-text-default);font-weight:600}
.wh-search-results__heading{font-size:1.25rem;margin:var(--wh-spacing-8) 0 var(--wh-spacing-4)}
.wh-search-results__pages{list-style:none;margin:0;padding:0;display:grid;gap:var(--wh-spacing-4)}
.wh-search-results__pages a{color:var(--wh-color-text-default);font-weight:600}
.wh-search-results__pages p{margin:var(--wh-spacing-2) 0 0}`;
