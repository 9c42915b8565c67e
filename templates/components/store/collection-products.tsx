import { z } from 'zod';
import type { ComponentDefinition } from '../schema.js';
import { help, LOCALE_OK } from '../schema.js';
import { SiteLink } from '../site-link.js';
import { type CollectionData, type CollectionSort, collectionData, SORTS } from './data.js';
import { type Messages, messagesFor } from './messages.js';
import { ProductCardView } from './product-card.js';

const props = z.object({
  showDescription: z.boolean().default(true),
  /** The collection page, provided by the renderer on the collection page type (never stored). */
  collection: collectionData.optional(),
  locale: z.string().max(35).refine(LOCALE_OK, 'Not a BCP 47 locale').default('en'),
});
type Props = z.infer<typeof props>;

const SORT_LABELS: Record<CollectionSort, keyof Messages> = {
  title: 'sortTitle',
  newest: 'sortNewest',
  'price-asc': 'sortPriceAsc',
  'price-desc': 'sortPriceDesc',
};

function sampleCollection(messages: Messages): CollectionData {
  return {
    slug: 'sample',
    title: messages.sampleCollection,
    description: '',
    products: [1, 2, 3, 4].map((n) => ({
      title: `${messages.sampleProduct} ${n}`,
      price: { amount: 1900 + n * 500, currency: 'EUR' },
      href: '/',
      soldOut: n === 4,
    })),
    next: null,
    previous: null,
    sort: null,
  };
}

/** A page link's query: the cursor and the sort in use (relative to the collection's path). */
const pageQuery = (cursor: { after: string } | { before: string }, sort: CollectionSort | null) => {
  const params = new URLSearchParams(cursor);
  if (sort) params.set('sort', sort);
  return `?${params.toString()}`;
};

function CollectionProductsView({ showDescription, collection: given, locale }: Props) {
  const messages = messagesFor(locale);
  const collection = (given ?? sampleCollection(messages)) as CollectionData;
  const sort = collection.sort ?? null;
  const title = collection.slug === 'all' && !collection.title ? messages.allProducts : collection.title;
  return (
    <div className="wh-collection">
      <h1 className="wh-heading wh-collection__title">{title}</h1>
      {showDescription && collection.description && (
        <p className="wh-collection__description">{collection.description}</p>
      )}
      {/* No action: a GET to the collection's own path with `sort`; pagination starts over. */}
      <form className="wh-sort" method="get">
        <label htmlFor="wh-sort">{messages.sortBy}</label>
        <select id="wh-sort" name="sort" defaultValue={sort ?? 'title'}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {messages[SORT_LABELS[s]]}
            </option>
          ))}
        </select>
        <button type="submit" className="wh-button wh-button--secondary">
          {messages.sort}
        </button>
      </form>
      {collection.products.length === 0 ? (
        <p className="wh-collection__empty">{messages.noProducts}</p>
      ) : (
        <ul className="wh-cards">
          {collection.products.map((card, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
            <li key={i}>
              <ProductCardView
                card={card}
                locale={locale}
                messages={messages}
                headingLevel={2}
                // The first row is above the fold on every width: loaded at once, the first card first.
                loading={i === 0 ? 'lcp' : i < 4 ? 'eager' : 'lazy'}
              />
            </li>
          ))}
        </ul>
      )}
      {(collection.previous || collection.next) && (
        <nav className="wh-pagination" aria-label={messages.pagination}>
          {collection.previous && (
            <SiteLink
              className="wh-button wh-button--secondary"
              rel="prev"
              to={pageQuery({ before: collection.previous }, sort)}
            >
              {messages.previous}
            </SiteLink>
          )}
          {collection.next && (
            <SiteLink
              className="wh-button wh-button--secondary"
              rel="next"
              to={pageQuery({ after: collection.next }, sort)}
            >
              {messages.next}
            </SiteLink>
          )}
        </nav>
      )}
    </div>
  );
}

/** The collection page's products: title, sort, a grid of cards, previous/next pages. */
export const CollectionProducts = {
  label: 'Collection products',
  props,
  fields: {
    showDescription: {
      type: 'radio',
      label: 'Collection description',
      ...help('The text written for the collection, above its products.'),
      options: [
        { label: 'Show description', value: true },
        { label: 'Hide', value: false },
      ],
    },
  },
  defaultProps: { showDescription: true },
  render: (p) => <CollectionProductsView {...p} />,
} satisfies ComponentDefinition<Props>;
