import { formatPrice } from '../schema.js';
import { SiteLink } from '../site-link.js';
import type { ProductCardData } from './data.js';
import type { Messages } from './messages.js';
import { ProductPicture } from './picture.js';

/** `sizes` of a card image in the grid (`.wh-cards`: 2 columns on phones, 3 from 40rem, 4 on the 60rem page). */
export const CARD_SIZES = '(min-width: 62rem) 15rem, (min-width: 40rem) 31vw, 47vw';

/** A price with its compare-at ("was") price struck through when it is higher. */
export function PriceView({
  price,
  compareAt,
  locale,
  messages,
}: {
  price: { amount: number; currency: string };
  compareAt?: { amount: number; currency: string } | null;
  locale: string;
  messages: Messages;
}) {
  const onSale = compareAt && compareAt.currency === price.currency && compareAt.amount > price.amount;
  if (!onSale) return <span className="wh-price">{formatPrice(price.amount, price.currency, locale)}</span>;
  return (
    <span className="wh-price wh-price--sale">
      <span className="wh-visually-hidden">{messages.salePrice} </span>
      <span>{formatPrice(price.amount, price.currency, locale)}</span>{' '}
      <span className="wh-visually-hidden">{messages.regularPrice} </span>
      <s className="wh-price__was">{formatPrice(compareAt.amount, compareAt.currency, locale)}</s>
    </span>
  );
}

/** A product card: image, title, price, a sold-out badge; the whole card links to the product. */
export function ProductCardView({
  card,
  locale,
  messages,
  headingLevel = 3,
  loading = 'lazy',
}: {
  card: ProductCardData;
  locale: string;
  messages: Messages;
  headingLevel?: 2 | 3;
  /** `lcp`: the page's first card (eager, high priority); `eager`: the rest of the first row. */
  loading?: 'lcp' | 'eager' | 'lazy';
}) {
  const Title = `h${headingLevel}` as 'h3';
  const to = card.slug ? { kind: 'product' as const, slug: card.slug } : (card.href ?? '/');
  return (
    <SiteLink className="wh-card" to={to}>
      <span className="wh-card__media">
        <ProductPicture
          image={card.image}
          sizes={CARD_SIZES}
          displayWidth={400}
          eager={loading !== 'lazy'}
          highPriority={loading === 'lcp'}
        />
        {card.soldOut && <span className="wh-badge">{messages.soldOut}</span>}
      </span>
      <Title className="wh-card__title">{card.title}</Title>
      <PriceView price={card.price} compareAt={card.compareAt} locale={locale} messages={messages} />
    </SiteLink>
  );
}
