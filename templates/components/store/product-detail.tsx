import { z } from 'zod';
import type { ComponentDefinition } from '../schema.js';
import { help, LOCALE_OK, sanitizeRichText } from '../schema.js';
import { SiteLink } from '../site-link.js';
import { type ProductData, productData } from './data.js';
import { type Messages, messagesFor } from './messages.js';
import { ProductPicture } from './picture.js';
import { PriceView } from './product-card.js';

/**
 * `sizes` of the main image as `.wh-pdp__layout` shows it: the page's width less its padding on
 * phones, half of it beside the details from 48rem, at most half of the 60rem page.
 */
export const GALLERY_SIZES = '(min-width: 62rem) 29rem, (min-width: 48rem) 47vw, calc(100vw - 2rem)';
const THUMB_SIZES = '(min-width: 48rem) 8rem, 25vw';

const props = z.object({
  breadcrumbs: z.boolean().default(true),
  /** The product, provided by the renderer on the product page type (never stored). */
  product: productData.optional(),
  /** The variant the visitor picked (`?variant=<id>`), provided by the renderer. */
  selectedVariantId: z.string().max(100).optional(),
  locale: z.string().max(35).refine(LOCALE_OK, 'Not a BCP 47 locale').default('en'),
});
type Props = z.infer<typeof props>;

/** What the editor shows without data: a product-shaped placeholder in the page's language. */
function sampleProduct(messages: Messages): ProductData {
  return {
    id: 'sample',
    slug: 'sample',
    title: messages.sampleProduct,
    description: `<p>${messages.sampleDescription}</p>`,
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
    variants: ['S', 'M', 'L'].map((size, i) => ({
      id: `sample-${size}`,
      title: size,
      optionValues: [size],
      sku: '',
      price: { amount: 2900, currency: 'EUR' },
      compareAt: i === 0 ? { amount: 3900, currency: 'EUR' } : null,
      inStock: i !== 2,
    })),
    images: [],
  };
}

/** The description as sanitised rich text; plain text (no tags) becomes paragraphs. */
export function descriptionHtml(description: string): string {
  if (/<[a-z][\s\S]*>/i.test(description)) return sanitizeRichText(description);
  const escapeText = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return description
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeText(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * The variant a link of option `index` set to `value` leads to: the one matching the current
 * selection with that option changed, else the first with that value.
 */
function variantFor(
  product: ProductData,
  selected: ProductData['variants'][number],
  index: number,
  value: string,
) {
  const wanted = selected.optionValues.map((v, i) => (i === index ? value : v));
  return (
    product.variants.find((v) => v.optionValues.every((o, i) => o === wanted[i])) ??
    product.variants.find((v) => v.optionValues[index] === value) ??
    null
  );
}

/** Product structured data (schema.org Product with one Offer per variant), `<` escaped for a script element. */
export function productJsonLd(product: ProductData, imageUrl: string | null): string {
  const digits = (currency: string) =>
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const text = sanitizeRichText(product.description ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    ...(text ? { description: text.slice(0, 5000) } : {}),
    ...(imageUrl ? { image: [imageUrl] } : {}),
    offers: product.variants
      .filter((v) => v.price)
      .map((v) => ({
        '@type': 'Offer',
        ...(v.sku ? { sku: v.sku } : {}),
        name: v.title,
        price: (v.price!.amount / 10 ** digits(v.price!.currency)).toFixed(digits(v.price!.currency)),
        priceCurrency: v.price!.currency,
        availability: v.inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      })),
  };
  // `<` as \u003c: no `</script>` (or `<!--`) can end or confuse the element; JSON parsers read it back.
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function ProductDetailView({ breadcrumbs, product: given, selectedVariantId, locale }: Props) {
  const messages = messagesFor(locale);
  const product = (given ?? sampleProduct(messages)) as ProductData;
  const sample = !given;
  const variants = product.variants;
  const selected =
    variants.find((v) => v.id === selectedVariantId) ?? variants.find((v) => v.inStock) ?? variants[0];
  const images = product.images ?? [];
  const [main, ...others] = images;
  const largest = main
    ? ([...main.jpeg, ...main.webp].sort((a, b) => b.width - a.width)[0]?.url ?? null)
    : null;
  return (
    <div className="wh-pdp">
      {breadcrumbs && (
        <nav className="wh-breadcrumbs" aria-label={messages.breadcrumbs}>
          <ol>
            <li>
              <SiteLink to={{ kind: 'page', path: '/' }}>{messages.home}</SiteLink>
            </li>
            <li>
              <SiteLink to={{ kind: 'allProducts' }}>{messages.allProducts}</SiteLink>
            </li>
            <li aria-current="page">{product.title}</li>
          </ol>
        </nav>
      )}
      <div className="wh-pdp__layout">
        <div className="wh-pdp__gallery">
          <ProductPicture
            image={main ?? null}
            sizes={GALLERY_SIZES}
            eager
            displayWidth={900}
            className="wh-media wh-pdp__main"
          />
          {others.length > 0 && (
            <ul className="wh-pdp__thumbs">
              {others.map((image) => (
                <li key={image.assetId}>
                  <ProductPicture image={image} sizes={THUMB_SIZES} displayWidth={300} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="wh-pdp__info">
          <h1 className="wh-heading wh-pdp__title">{product.title}</h1>
          {selected?.price && (
            <p className="wh-pdp__price">
              <PriceView
                price={selected.price}
                compareAt={selected.compareAt}
                locale={locale}
                messages={messages}
              />
            </p>
          )}
          {selected && (
            <p className={`wh-stock ${selected.inStock ? 'wh-stock--in' : 'wh-stock--out'}`}>
              {selected.inStock ? messages.inStock : messages.soldOut}
            </p>
          )}
          {selected &&
            product.options.map((option, index) => (
              <fieldset className="wh-option" key={option.name}>
                <legend className="wh-option__name">{option.name}</legend>
                <ul className="wh-option__values">
                  {option.values.map((value) => {
                    const target = variantFor(product, selected, index, value);
                    const current = selected.optionValues[index] === value;
                    const out = target ? !target.inStock : true;
                    const label = out ? `${value} (${messages.soldOut})` : value;
                    return (
                      <li key={value}>
                        {target && !sample ? (
                          <SiteLink
                            className={`wh-chip${out ? ' wh-chip--out' : ''}`}
                            to={{ kind: 'product', slug: product.slug, variantId: target.id }}
                            aria-current={current ? 'true' : undefined}
                            aria-label={label}
                            rel="nofollow"
                          >
                            {value}
                          </SiteLink>
                        ) : (
                          <span
                            className={`wh-chip${out ? ' wh-chip--out' : ''}`}
                            aria-current={current ? 'true' : undefined}
                          >
                            {value}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            ))}
          {selected && (
            // No action: it posts to the page it is on; the storefront's cart route adds the variant.
            <form className="wh-pdp__buy" method="post">
              <input type="hidden" name="wh_action" value="cart-add" />
              <input type="hidden" name="productId" value={product.id} />
              <input type="hidden" name="variantId" value={selected.id} />
              <label className="wh-pdp__qty">
                <span>{messages.quantity}</span>
                <input type="number" name="quantity" min={1} max={99} defaultValue={1} />
              </label>
              <button
                type="submit"
                className="wh-button wh-button--primary wh-button--block"
                disabled={!selected.inStock}
              >
                {selected.inStock ? messages.addToCart : messages.soldOut}
              </button>
            </form>
          )}
          {product.description && (
            <div
              className="wh-richtext wh-pdp__description"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised with the strict allow-list (descriptionHtml escapes plain text).
              dangerouslySetInnerHTML={{ __html: descriptionHtml(product.description) }}
            />
          )}
        </div>
      </div>
      {!sample && (
        <script
          type="application/ld+json"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with `<` escaped (productJsonLd); a data block, never executed.
          dangerouslySetInnerHTML={{ __html: productJsonLd(product, largest) }}
        />
      )}
    </div>
  );
}

/** The product page's product: gallery, price, stock, variant choice, add to cart, description. */
export const ProductDetail = {
  label: 'Product details',
  props,
  fields: {
    breadcrumbs: {
      type: 'radio',
      label: 'Breadcrumbs',
      ...help('The trail of links above the product: Home › Collection › Product.'),
      options: [
        { label: 'Show breadcrumbs', value: true },
        { label: 'Hide', value: false },
      ],
    },
  },
  defaultProps: { breadcrumbs: true },
  render: (p) => <ProductDetailView {...p} />,
} satisfies ComponentDefinition<Props>;
