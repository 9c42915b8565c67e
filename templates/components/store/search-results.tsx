import { z } from 'zod';
import type { ComponentDefinition } from '../schema.js';
import { LOCALE_OK, plainText } from '../schema.js';
import { SiteLink, useStorefrontLinks } from '../site-link.js';
import { type SearchData, searchData } from './data.js';
import { fill, type Messages, messagesFor } from './messages.js';
import { ProductCardView } from './product-card.js';

const props = z.object({
  /** Empty: "Search" in the page's language. */
  heading: plainText(200).default(''),
  showPages: z.boolean().default(true),
  /** The results, provided by the renderer on the search page type (never stored). */
  search: searchData.optional(),
  locale: z.string().max(35).refine(LOCALE_OK, 'Not a BCP 47 locale').default('en'),
});
type Props = z.infer<typeof props>;

/** The editor's sample: a query with two products and a page, in the page's language. */
function sampleSearch(messages: Messages): SearchData {
  return {
    query: messages.sampleProduct,
    products: [1, 2].map((n) => ({
      title: `${messages.sampleProduct} ${n}`,
      price: { amount: 1900 + n * 500, currency: 'EUR' },
      href: '/',
      soldOut: false,
    })),
    pages: [{ title: messages.home, description: messages.sampleDescription, path: '/' }],
    next: null,
    paged: false,
  };
}

/**
 * The search page's content: a search form (GET, works without JavaScript) with the query kept,
 * the products found as cards, the pages found as links (first page only), a link to more
 * products (a cursor), and the prompt and no-results states.
 */
function SearchResultsView({ heading, showPages, search: given, locale }: Props) {
  const messages = messagesFor(locale);
  const links = useStorefrontLinks();
  const search = given ?? sampleSearch(messages);
  const { query } = search;
  const pages = showPages ? search.pages : [];
  const found = search.products.length > 0 || pages.length > 0;
  const more = (cursor: string) => `?${new URLSearchParams({ q: query, after: cursor }).toString()}`;
  return (
    <div className="wh-search-results">
      <h1 className="wh-heading">
        {query ? fill(messages.searchResultsFor, { query }) : heading || messages.searchTitle}
      </h1>
      <search>
        <form
          className="wh-search__form wh-search-results__form"
          method="get"
          action={links.href({ kind: 'search' })}
        >
          <label className="wh-visually-hidden" htmlFor="wh-search-page-q">
            {messages.search}
          </label>
          <input
            id="wh-search-page-q"
            className="wh-search__input"
            type="search"
            name="q"
            maxLength={100}
            defaultValue={query}
            autoComplete="off"
          />
          <button className="wh-search__button" type="submit">
            {messages.search}
          </button>
        </form>
      </search>
      {!query && <p className="wh-search-results__state">{messages.searchPrompt}</p>}
      {query && !found && (
        <p className="wh-search-results__state" role="status">
          {fill(messages.searchNoResults, { query })}{' '}
          <SiteLink to={{ kind: 'allProducts' }}>{messages.browseProducts}</SiteLink>
        </p>
      )}
      {search.products.length > 0 && (
        <section aria-labelledby="wh-search-products">
          <h2 className="wh-heading wh-search-results__heading" id="wh-search-products">
            {messages.searchProducts}
          </h2>
          <ul className="wh-cards">
            {search.products.map((card, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
              <li key={i}>
                <ProductCardView
                  card={card}
                  locale={locale}
                  messages={messages}
                  headingLevel={3}
                  loading={i === 0 ? 'lcp' : i < 4 ? 'eager' : 'lazy'}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {pages.length > 0 && (
        <section aria-labelledby="wh-search-pages">
          <h2 className="wh-heading wh-search-results__heading" id="wh-search-pages">
            {messages.searchPages}
          </h2>
          <ul className="wh-search-results__pages">
            {pages.map((page) => (
              <li key={page.path}>
                <SiteLink to={{ kind: 'page', path: page.path }}>{page.title}</SiteLink>
                {page.description && <p>{page.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(search.paged || search.next) && (
        <nav className="wh-pagination" aria-label={messages.pagination}>
          {search.paged && (
            <SiteLink className="wh-button wh-button--secondary" to={{ kind: 'search', query }}>
              {messages.searchFirstResults}
            </SiteLink>
          )}
          {search.next && (
            <SiteLink className="wh-button wh-button--secondary" rel="next" to={more(search.next)}>
              {messages.searchMoreResults}
            </SiteLink>
          )}
        </nav>
      )}
    </div>
  );
}

/** The search page's results: form, product cards, pages, more results. */
export const SearchResults = {
  label: 'Search results',
  props,
  fields: {
    heading: { type: 'text' },
    showPages: {
      type: 'radio',
      options: [
        { label: 'Show pages', value: true },
        { label: 'Products only', value: false },
      ],
    },
  },
  defaultProps: { heading: '', showPages: true },
  render: (p) => <SearchResultsView {...p} />,
} satisfies ComponentDefinition<Props>;
