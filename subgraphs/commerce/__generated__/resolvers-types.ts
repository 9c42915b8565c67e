import type { GraphQLResolveInfo } from 'graphql';
import type { StoreOnboardingFacts as StoreOnboardingFactsModel } from '../services/onboarding-facts.js';
import type { Product as ProductModel } from '../entities/commerce.js';
import type { VariantView as VariantViewModel } from '../services/catalog-service.js';
import type { VariantPrice as VariantPriceModel, Collection as CollectionModel, Location as LocationModel, CatalogJob as CatalogJobModel } from '../entities/catalog.js';
import type { StockLevel as StockLevelModel } from '../services/inventory-service.js';
import type { Order as OrderModel, OrderEvent as OrderEventModel } from '../entities/orders.js';
import type { StripeConnection as StripeConnectionModel } from '../services/stripe-connect-service.js';
import type { SubgraphContext } from '../../../core/subgraph.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An image asset of the assets subgraph (only its id is known here). */
export type Asset = {
  __typename?: 'Asset';
  /** The asset id. */
  id: Scalars['ID']['output'];
};

/** A visitor's cart with every amount computed by the server. */
export type Cart = {
  __typename?: 'Cart';
  /** Whether the cart became an order (it cannot change any more). */
  checkedOut: Scalars['Boolean']['output'];
  /** The region's currency (ISO 4217). */
  currency: Scalars['String']['output'];
  /** Discount taken off the subtotal. */
  discount: Money;
  /** The applied discount code, when it applies. */
  discountCode?: Maybe<Scalars['String']['output']>;
  /** Why the cart's discount code no longer applies (e.g. DISCOUNT_EXPIRED), if it does not. */
  discountProblem?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the cart. */
  id: Scalars['ID']['output'];
  /** Units in the cart. */
  itemCount: Scalars['Int']['output'];
  /** The lines, oldest first. */
  lines: Array<CartLine>;
  /** The region the cart is priced in. */
  region: Scalars['String']['output'];
  /** Shipping of the selected (default: cheapest) rate. */
  shipping: Money;
  /** The region's shipping rates for this cart. */
  shippingOptions: Array<ShippingOption>;
  /** Sum of the purchasable lines. */
  subtotal: Money;
  /** The tax. */
  tax: CartTax;
  /** What the visitor pays: subtotal − discount + shipping (+ tax when not included). */
  total: Money;
};

/** A cart line, priced by the server from the catalog. */
export type CartLine = {
  __typename?: 'CartLine';
  /** Units the store has available now. */
  available: Scalars['Int']['output'];
  /** This line's share of the cart discount. */
  discount: Money;
  /** The variant's product. */
  productId: Scalars['ID']['output'];
  /** Whether the line can be bought now (for sale, priced in the currency, in stock). */
  purchasable: Scalars['Boolean']['output'];
  /** Units in the cart. */
  quantity: Scalars['Int']['output'];
  /** The variant's SKU. */
  sku: Scalars['String']['output'];
  /** This line's tax (rounded half-even per line). */
  tax: Money;
  /** Product (and variant) title. */
  title: Scalars['String']['output'];
  /** unitPrice × quantity (0 when the line cannot be bought). */
  total: Money;
  /** The catalog price of one unit in the cart's currency (null when the variant has none). */
  unitPrice?: Maybe<Money>;
  /** The variant in the cart. */
  variantId: Scalars['ID']['output'];
};

/** A variant and a quantity. There is no price field: prices come from the catalog. */
export type CartLineInput = {
  /** Optional: the currency the client expects; refused (CURRENCY_NOT_REGION) when it is not the region's. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Units: at least 1, at most 1000 per line (and no more than the store has). */
  quantity?: Scalars['Int']['input'];
  /** The variant. */
  variantId: Scalars['ID']['input'];
};

/** A new cart and its token. */
export type CartSession = {
  __typename?: 'CartSession';
  /** The cart. */
  cart: Cart;
  /** The cart token: keep it (the storefront keeps it in the httpOnly `wh_cart` cookie) and pass it to every cart operation. Shown once. */
  token: Scalars['String']['output'];
};

/** A cart's tax, as its region says. */
export type CartTax = {
  __typename?: 'CartTax';
  /** The tax of the cart: the sum of the per-line taxes. */
  amount: Money;
  /** Whether prices include the tax (then it is shown, not added). */
  inclusive: Scalars['Boolean']['output'];
  /** The region's rate in basis points (2000 = 20 %). */
  rateBps: Scalars['Int']['output'];
};

/** A catalog CSV import or export, run by a worker. */
export type CatalogJob = {
  __typename?: 'CatalogJob';
  /** When it was requested (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** A signed link to the export file, valid for a few minutes (exports that succeeded). */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** When it finished (ISO 8601). */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the job. */
  id: Scalars['ID']['output'];
  /** Import or export. */
  kind: CatalogJobKind;
  /** Every problem found (a failed import changes nothing). */
  problems: Array<CsvProblem>;
  /** Where it stands. */
  status: CatalogJobStatus;
  /** Counts after success (products and variants created/updated, rows exported). */
  summary: Array<CatalogJobCount>;
};

/** A count in a job's summary. */
export type CatalogJobCount = {
  __typename?: 'CatalogJobCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** What was counted, e.g. productsCreated. */
  name: Scalars['String']['output'];
};

/** Which way a catalog CSV goes. */
export type CatalogJobKind =
  /** The catalog into a CSV file. */
  | 'EXPORT'
  /** CSV into the catalog. */
  | 'IMPORT';

/** Whether a CSV import or export is done. */
export type CatalogJobStatus =
  /** Nothing was changed; see problems. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** A worker is on it. */
  | 'RUNNING'
  /** Finished; see summary (and downloadUrl for an export). */
  | 'SUCCEEDED';

/** A checkout of a cart. */
export type CheckoutInput = {
  /** The cart token. */
  cartToken: Scalars['String']['input'];
  /** The customer's email address (order confirmation). */
  email: Scalars['String']['input'];
  /** Where the order ships to. */
  shippingAddress: ShippingAddressInput;
};

/** What Stripe's Payment Element needs to take the payment of an order. */
export type CheckoutPayment = {
  __typename?: 'CheckoutPayment';
  /** What is charged. */
  amount: Money;
  /** The PaymentIntent's client secret (for `stripe.elements({ clientSecret })`). */
  clientSecret: Scalars['String']['output'];
  /** The order's number, e.g. `#1001`. */
  orderDisplayNumber: Scalars['String']['output'];
  /** The PaymentIntent id. */
  paymentIntentId: Scalars['String']['output'];
  /** The platform's Stripe publishable key (null when the server has none configured). */
  publishableKey?: Maybe<Scalars['String']['output']>;
  /** The store's connected account: initialise Stripe.js with `{ stripeAccount }`. */
  stripeAccount: Scalars['String']['output'];
};

/** A placed (pending) order and how to pay for it. */
export type CheckoutResult = {
  __typename?: 'CheckoutResult';
  /** The order's status. */
  order: OrderStatusView;
  /** The order's access token: its status page and payment page. Shown once. */
  orderToken: Scalars['String']['output'];
  /** The payment to confirm with Stripe's Payment Element. */
  payment: CheckoutPayment;
};

/** A named group of products, e.g. Summer sale. */
export type Collection = {
  __typename?: 'Collection';
  /** Description. */
  description: Scalars['String']['output'];
  /** Stable identifier of the collection. */
  id: Scalars['ID']['output'];
  /** The collection's products (active ones for visitors). */
  products: ProductConnection;
  /** Unique per store: the collection's address on the storefront. */
  slug: Scalars['String']['output'];
  /** Collection name. */
  title: Scalars['String']['output'];
};


/** A named group of products, e.g. Summer sale. */
export type CollectionProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};

/** A list of collections. */
export type CollectionConnection = {
  __typename?: 'CollectionConnection';
  /** The collections in this slice. */
  edges: Array<CollectionEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One collection in a list. */
export type CollectionEdge = {
  __typename?: 'CollectionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The collection. */
  node: Collection;
};

/** A collection being saved. */
export type CollectionInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The complete list of products in it, in display order. */
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Unique per store; generated from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Collection name. */
  title: Scalars['String']['input'];
};

/** Where Stripe sends the member after onboarding. */
export type ConnectStripeInput = {
  /** Where an expired link sends the member to get a fresh one (default: the editor's payment settings). */
  refreshUrl?: InputMaybe<Scalars['String']['input']>;
  /** Where onboarding returns when finished (default: the editor's payment settings). */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A new cart. */
export type CreateCartInput = {
  /** Optional: the currency the client expects; refused (CURRENCY_NOT_REGION) when it is not the region's. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Lines to start with. */
  lines?: InputMaybe<Array<CartLineInput>>;
  /** The analytics visitor hash from the storefront (hex), so a purchase can be attributed. Never an address. */
  visitorHash?: InputMaybe<Scalars['String']['input']>;
};

/** A new discount code. */
export type CreateDiscountCodeInput = {
  /** Minor units (FIXED). */
  amountOff?: InputMaybe<Scalars['Int']['input']>;
  /** 3–32 letters, digits, - or _ (stored upper case, unique per store). */
  code: Scalars['String']['input'];
  /** ISO 4217 currency of amountOff (FIXED). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Optional end (ISO 8601 with offset). */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** Percentage or fixed. */
  kind: DiscountKind;
  /** Optional minimum subtotal in minor units. */
  minSubtotal?: InputMaybe<Scalars['Int']['input']>;
  /** 1–100 (PERCENTAGE). */
  percentOff?: InputMaybe<Scalars['Int']['input']>;
  /** Optional start (ISO 8601 with offset). */
  startsAt?: InputMaybe<Scalars['String']['input']>;
  /** Optional limit on the number of orders. */
  usageLimit?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields of a new product. */
export type CreateProductInput = {
  /** Collections to add the product to. */
  collectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * ISO 4217 currency code (three capital letters) of priceAmount.
   * @deprecated Use variants.
   */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Long description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Asset ids of the images, in display order. */
  imageAssetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Options the variants choose from (at most 3). */
  options?: InputMaybe<Array<ProductOptionInput>>;
  /**
   * Price in minor units of the single variant; must be zero or more.
   * @deprecated Use variants.
   */
  priceAmount?: InputMaybe<Scalars['Int']['input']>;
  /** Search-engine metadata. */
  seo?: InputMaybe<SeoInput>;
  /** Unique per store; generated from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to ACTIVE. */
  status?: InputMaybe<ProductStatus>;
  /** Product name. */
  title: Scalars['String']['input'];
  /** The variants (at least one), unless priceAmount and currency are given. */
  variants?: InputMaybe<Array<VariantInput>>;
};

/** One problem found in an imported CSV. */
export type CsvProblem = {
  __typename?: 'CsvProblem';
  /** The column, when the problem is in one. */
  column?: Maybe<Scalars['String']['output']>;
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
  /** Line of the file, 1 being the header. */
  row: Scalars['Int']['output'];
};

/** A discount code of the store. */
export type DiscountCode = {
  __typename?: 'DiscountCode';
  /** Whether visitors can use it. */
  active: Scalars['Boolean']['output'];
  /** Amount off (FIXED). */
  amountOff?: Maybe<Money>;
  /** The code visitors type (upper case). */
  code: Scalars['String']['output'];
  /** Valid until (ISO 8601). */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the code. */
  id: Scalars['ID']['output'];
  /** Percentage or fixed. */
  kind: DiscountKind;
  /** The subtotal (minor units, cart currency) a cart must reach, if any. */
  minSubtotal?: Maybe<Scalars['Int']['output']>;
  /** Percent off (PERCENTAGE). */
  percentOff?: Maybe<Scalars['Int']['output']>;
  /** Valid from (ISO 8601). */
  startsAt?: Maybe<Scalars['String']['output']>;
  /** How many orders may use it (null: unlimited). */
  usageLimit?: Maybe<Scalars['Int']['output']>;
  /** How many orders use it now (cancelled and expired orders gave their use back). */
  used: Scalars['Int']['output'];
};

/** A list of discount codes. */
export type DiscountCodeConnection = {
  __typename?: 'DiscountCodeConnection';
  /** The codes in this slice. */
  edges: Array<DiscountCodeEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One discount code in a list. */
export type DiscountCodeEdge = {
  __typename?: 'DiscountCodeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The code. */
  node: DiscountCode;
};

/** How a discount code takes money off. */
export type DiscountKind =
  /** A fixed amount in one currency (at most the subtotal). */
  | 'FIXED'
  /** A percentage of the subtotal (rounded half-even). */
  | 'PERCENTAGE';

/** Shipment details of a fulfilment. */
export type FulfilOrderInput = {
  /** The carrier, e.g. DHL. */
  carrier: Scalars['String']['input'];
  /** The carrier's tracking number. */
  trackingNumber: Scalars['String']['input'];
  /** The carrier's tracking page (http or https). */
  trackingUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A place stock is kept. */
export type Location = {
  __typename?: 'Location';
  /** Stable identifier of the location. */
  id: Scalars['ID']['output'];
  /** Whether checkouts take stock from here first (exactly one location is the default). */
  isDefault: Scalars['Boolean']['output'];
  /** Name, e.g. Main warehouse. */
  name: Scalars['String']['output'];
};

/** A stock location being saved. */
export type LocationInput = {
  /** Make this the default location. */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name, e.g. Main warehouse. */
  name: Scalars['String']['input'];
};

/** An amount of money in integer minor units (cents) of a currency. */
export type Money = {
  __typename?: 'Money';
  /** Amount in minor units, e.g. 1999 for 19.99. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code, e.g. `EUR`. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds units of a variant. Refused (cart unchanged) for quantities below 1, unknown or archived variants, another currency than the region's, or more than the stock. */
  addCartLine: Cart;
  /** Applies a discount code; refused with the reason (DISCOUNT_EXPIRED, DISCOUNT_USED_UP, ...) when it cannot be used. */
  applyDiscountCode: Cart;
  /** Cancels an unpaid order (its payment is cancelled at Stripe first and its stock released); a paid order must be refunded instead. */
  cancelOrder: Order;
  /** Turns the cart into a pending order (stock reserved, discount use counted) and creates its PaymentIntent on the store's connected Stripe account. */
  checkout: CheckoutResult;
  /** Starts or continues Stripe Connect onboarding: creates the connected account once and returns a fresh onboarding link. */
  connectStripe: StripeOnboardingLink;
  /** Opens a cart in the request's region (its currency); returns the cart token. */
  createCart: CartSession;
  /** Creates a collection. */
  createCollection: Collection;
  /** Creates a discount code. */
  createDiscountCode: DiscountCode;
  /** Adds a stock location. */
  createLocation: Location;
  /** Adds a product to the catalog. */
  createProduct: Product;
  /** Creates a shipping rate. */
  createShippingRate: ShippingRate;
  /** Deletes a collection (its products stay). */
  deleteCollection: Scalars['Boolean']['output'];
  /** Deletes an empty location that is not the default. */
  deleteLocation: Scalars['Boolean']['output'];
  /** Deletes a shipping rate. */
  deleteShippingRate: Scalars['Boolean']['output'];
  /** Starts a CSV export of the whole catalog; poll catalogJob for the download link. */
  exportCatalog: CatalogJob;
  /** Marks a paid order shipped, with tracking. */
  fulfilOrder: Order;
  /** Starts a CSV import (one row per variant, at most 1 MB); all rows are checked and nothing is saved unless every row is valid. */
  importCatalog: CatalogJob;
  /** Refunds part or all of a paid order through Stripe. */
  refundOrder: Order;
  /** Removes a line. */
  removeCartLine: Cart;
  /** Removes the cart's discount code. */
  removeDiscountCode: Cart;
  /** Chooses one of the region's shipping rates. */
  selectShippingRate: Cart;
  /** Switches a discount code on or off. */
  setDiscountCodeActive: DiscountCode;
  /** Sets the units on hand of a variant at a location. */
  setStock: StockLevel;
  /** Sets a region's tax. */
  setTaxSetting: TaxSetting;
  /** Sets a line's quantity (same checks as addCartLine). */
  updateCartLine: Cart;
  /** Edits a collection. */
  updateCollection: Collection;
  /** Renames a location or makes it the default. */
  updateLocation: Location;
  /** Edits a product; CONFLICT when it changed since `expectedVersion` (nothing is saved then). */
  updateProduct: Product;
};


export type MutationAddCartLineArgs = {
  cartToken: Scalars['String']['input'];
  input: CartLineInput;
};


export type MutationApplyDiscountCodeArgs = {
  cartToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckoutArgs = {
  input: CheckoutInput;
};


export type MutationConnectStripeArgs = {
  input?: InputMaybe<ConnectStripeInput>;
};


export type MutationCreateCartArgs = {
  input?: InputMaybe<CreateCartInput>;
};


export type MutationCreateCollectionArgs = {
  input: CollectionInput;
};


export type MutationCreateDiscountCodeArgs = {
  input: CreateDiscountCodeInput;
};


export type MutationCreateLocationArgs = {
  input: LocationInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateShippingRateArgs = {
  input: ShippingRateInput;
};


export type MutationDeleteCollectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLocationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteShippingRateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFulfilOrderArgs = {
  id: Scalars['ID']['input'];
  input: FulfilOrderInput;
};


export type MutationImportCatalogArgs = {
  csv: Scalars['String']['input'];
};


export type MutationRefundOrderArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<RefundOrderInput>;
};


export type MutationRemoveCartLineArgs = {
  cartToken: Scalars['String']['input'];
  variantId: Scalars['ID']['input'];
};


export type MutationRemoveDiscountCodeArgs = {
  cartToken: Scalars['String']['input'];
};


export type MutationSelectShippingRateArgs = {
  cartToken: Scalars['String']['input'];
  shippingRateId: Scalars['ID']['input'];
};


export type MutationSetDiscountCodeActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetStockArgs = {
  input: SetStockInput;
};


export type MutationSetTaxSettingArgs = {
  input: TaxSettingInput;
};


export type MutationUpdateCartLineArgs = {
  cartToken: Scalars['String']['input'];
  input: CartLineInput;
};


export type MutationUpdateCollectionArgs = {
  id: Scalars['ID']['input'];
  input: CollectionInput;
};


export type MutationUpdateLocationArgs = {
  id: Scalars['ID']['input'];
  input: LocationInput;
};


export type MutationUpdateProductArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};

/** A workspace's first steps (see the cms's `onboarding`): the store's checklist facts. */
export type Onboarding = {
  __typename?: 'Onboarding';
  /** Checklist item "Set up payments": the store's Stripe account is connected and may take payments. */
  paymentsConnected: Scalars['Boolean']['output'];
  /** Checklist item "Add a product": the store has at least one product (draft or active). */
  productAdded: Scalars['Boolean']['output'];
  /** The workspace (tenant) this is about: always the request's tenant. */
  tenantId: Scalars['ID']['output'];
};

/** A customer's order in the tenant's store. */
export type Order = {
  __typename?: 'Order';
  /** When the order was placed (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The customer's email address. */
  customerEmail: Scalars['String']['output'];
  /** Discount taken off the subtotal. */
  discount: Money;
  /** The number as shown to people, e.g. `#1001`. */
  displayNumber: Scalars['String']['output'];
  /** Whether the customer disputed the payment. */
  disputed: Scalars['Boolean']['output'];
  /** When it was fulfilled (ISO 8601). */
  fulfilledAt?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the order. */
  id: Scalars['ID']['output'];
  /** What was sold. */
  lines: Array<OrderLine>;
  /** Readable order number, gap-free per store (1001, 1002, ...). */
  number: Scalars['Int']['output'];
  /** When the payment succeeded (ISO 8601). */
  paidAt?: Maybe<Scalars['String']['output']>;
  /** The Stripe PaymentIntent on the store's connected account. */
  paymentIntentId?: Maybe<Scalars['String']['output']>;
  /** What has been refunded so far. */
  refunded: Money;
  /** Shipping charged. */
  shipping: Money;
  /** Where it ships to. */
  shippingAddress?: Maybe<ShippingAddress>;
  /** Where the order stands. */
  status: OrderStatus;
  /** Sum of the lines. */
  subtotal: Money;
  /** Tax (included in the prices or added, as the region says). */
  tax: Money;
  /** Every status change, refund, dispute and stock outcome, oldest first. */
  timeline: Array<OrderTimelineEntry>;
  /** What the customer paid. */
  total: Money;
  /** Shipment tracking, once fulfilled. */
  tracking?: Maybe<Tracking>;
};

/** A list of orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders in this slice. */
  edges: Array<OrderEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One order in a list. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** What kind of change a timeline entry records. */
export type OrderEventKind =
  /** The order was created. */
  | 'CREATED'
  /** The customer disputed the payment. */
  | 'DISPUTE'
  /** Shipment details changed. */
  | 'FULFILMENT'
  /** A stock outcome: re-reserved after a late payment, or refunded for lack of stock. */
  | 'INVENTORY'
  /** Anything else worth keeping (e.g. a refund Stripe refused). */
  | 'NOTE'
  /** A payment attempt failed (the customer may retry). */
  | 'PAYMENT_FAILED'
  /** Money was refunded (amount). */
  | 'REFUND'
  /** The status changed (fromStatus → toStatus). */
  | 'STATUS';

/** Which orders to list. */
export type OrderFilter = {
  /** Placed at or after this time (ISO 8601 with offset). */
  createdFrom?: InputMaybe<Scalars['String']['input']>;
  /** Placed before this time (ISO 8601 with offset). */
  createdTo?: InputMaybe<Scalars['String']['input']>;
  /** An order number (`1001` or `#1001`) or part of the customer's email. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<OrderStatus>>;
};

/** One line of an order, as it was sold (a snapshot of the catalog at checkout). */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Units sold. */
  quantity: Scalars['Int']['output'];
  /** The variant's SKU at checkout. */
  sku: Scalars['String']['output'];
  /** The product/variant title at checkout. */
  title: Scalars['String']['output'];
  /** unitPrice × quantity. */
  total: Money;
  /** Price of one unit at checkout. */
  unitPrice: Money;
  /** The variant that was sold. */
  variantId: Scalars['ID']['output'];
};

/** Where an order stands. pending → paid → fulfilled; refunds make it partially_refunded or refunded; an unpaid order ends cancelled or expired. */
export type OrderStatus =
  /** Cancelled before it was paid (by the store or the payment provider). */
  | 'CANCELLED'
  /** The checkout's stock reservation ran out before the payment. */
  | 'EXPIRED'
  /** Shipped (see tracking). */
  | 'FULFILLED'
  /** Paid; waiting to be shipped. */
  | 'PAID'
  /** Part of the payment was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Created at checkout, waiting for the payment. */
  | 'PENDING'
  /** The whole payment was refunded. */
  | 'REFUNDED';

/** What a visitor sees of their order through its access token: the status, nothing personal. */
export type OrderStatusView = {
  __typename?: 'OrderStatusView';
  /** When the order was placed (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The number as shown to people, e.g. `#1001`. */
  displayNumber: Scalars['String']['output'];
  /** Where the order stands. */
  status: OrderStatus;
  /** Shipment tracking, once fulfilled. */
  tracking?: Maybe<Tracking>;
};

/** One entry of an order's timeline. */
export type OrderTimelineEntry = {
  __typename?: 'OrderTimelineEntry';
  /** Money involved (refunds, disputes). */
  amount?: Maybe<Money>;
  /** When it happened (ISO 8601). */
  at: Scalars['String']['output'];
  /** Who or what caused it: `stripe`, `user`, `api-key:<id>` or `system:<reason>`. */
  cause: Scalars['String']['output'];
  /** The Stripe event that caused it, if any. */
  causeEventId?: Maybe<Scalars['String']['output']>;
  /** The member who caused it, if any. */
  causeUserId?: Maybe<Scalars['ID']['output']>;
  /** Status before (status changes). */
  fromStatus?: Maybe<OrderStatus>;
  /** Stable identifier of the entry. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: OrderEventKind;
  /** Status after (status changes). */
  toStatus?: Maybe<OrderStatus>;
};

/** Cursor pagination details, shared by every connection in the graph. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Lowest and highest price among a product's variants. */
export type PriceRange = {
  __typename?: 'PriceRange';
  /** The highest variant price. */
  max: Money;
  /** The lowest variant price. */
  min: Money;
};

/** Something a tenant sells: one or more variants (sizes, colours) with prices per currency. */
export type Product = {
  __typename?: 'Product';
  /** The collections the product is in. */
  collections: Array<Collection>;
  /** When the product was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The currencies the product is priced in. */
  currencies: Array<Scalars['String']['output']>;
  /** Long description (plain text or markdown, as the template renders it). */
  description: Scalars['String']['output'];
  /** Stable identifier of the product. */
  id: Scalars['ID']['output'];
  /** Asset ids of the product's images, in display order (resolve them with assetsByIds; a deleted asset resolves to null). */
  imageAssetIds: Array<Scalars['ID']['output']>;
  /** The product's images in display order, resolved by the assets subgraph (null where an asset was deleted); empty for callers without assets:read. */
  images: Array<Maybe<Asset>>;
  /** The options variants choose from (e.g. Size: S, M, L), in display order. */
  options: Array<ProductOption>;
  /**
   * The default variant's price in `currency` (default: the product's main currency; the main currency when the variant has no price in the one asked for).
   * @deprecated Use variants { price(currency:) } or priceRange.
   */
  price: Money;
  /** Lowest and highest variant price in `currency` (default: the product's main currency); null when no variant is priced in it. */
  priceRange?: Maybe<PriceRange>;
  /** Search-engine title and description. */
  seo: Seo;
  /** Unique per store: the product's address on the storefront, e.g. `blue-mug`. */
  slug: Scalars['String']['output'];
  /** Whether the product is sold. */
  status: ProductStatus;
  /** Product name. */
  title: Scalars['String']['output'];
  /** When the product was last edited (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** The purchasable variants, the default one first. */
  variants: Array<Variant>;
  /** Edits must name this version (`expectedVersion`); every edit increments it. */
  version: Scalars['Int']['output'];
};


/** Something a tenant sells: one or more variants (sizes, colours) with prices per currency. */
export type ProductPriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


/** Something a tenant sells: one or more variants (sizes, colours) with prices per currency. */
export type ProductPriceRangeArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

/** A list of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products in this slice. */
  edges: Array<ProductEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One product in a list. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** A product option and its values. */
export type ProductOption = {
  __typename?: 'ProductOption';
  /** Option name, e.g. Size. */
  name: Scalars['String']['output'];
  /** The values, in display order. */
  values: Array<Scalars['String']['output']>;
};

/** A product option. */
export type ProductOptionInput = {
  /** Option name, e.g. Size. */
  name: Scalars['String']['input'];
  /** Its values, e.g. S, M, L. */
  values: Array<Scalars['String']['input']>;
};

/** Orders of a product list on the storefront; cursors stay valid within one order. */
export type ProductSort =
  /** Newest first. */
  | 'NEWEST'
  /** By the default variant's price in the product's main currency, lowest first. */
  | 'PRICE_ASC'
  /** By the default variant's price in the product's main currency, highest first. */
  | 'PRICE_DESC'
  /** By title, A to Z. */
  | 'TITLE';

/** Whether a product is sold. */
export type ProductStatus =
  /** Visible and purchasable. */
  | 'ACTIVE'
  /** Withdrawn; kept for order history. */
  | 'ARCHIVED'
  /** Not visible to visitors yet. */
  | 'DRAFT';

export type Query = {
  __typename?: 'Query';
  /** A cart by its token (NOT_FOUND for an unknown token or another store's). */
  cart: Cart;
  /** A catalog CSV import or export (NOT_FOUND for another store's). */
  catalogJob: CatalogJob;
  /** The payment of a pending order by its access token (the same PaymentIntent every time). */
  checkoutPayment: CheckoutPayment;
  /** One collection by id or slug (null when unknown). */
  collection?: Maybe<Collection>;
  /** The store's collections. */
  collections: CollectionConnection;
  /** Collections by slug, in the order asked (null where a collection is unknown); at most 100 slugs. The cms checks the collection links of a page with it. */
  collectionsBySlugs: Array<Maybe<Collection>>;
  /** The store's discount codes. */
  discountCodes: DiscountCodeConnection;
  /** The store's stock locations, the default first. */
  locations: Array<Location>;
  /** The visitor's open cart by its token; null for an unknown token, another store's cart or a checked-out one (storefront pages render an empty cart). */
  openCart?: Maybe<Cart>;
  /** One of the store's orders (NOT_FOUND for an unknown id or another store's). */
  order: Order;
  /** A visitor's order status by the access token they got at checkout (null when unknown). */
  orderByToken?: Maybe<OrderStatusView>;
  /** The store's orders, newest first, filtered and searched. */
  orders: OrderConnection;
  /** One product by id or slug (null when unknown or not visible to you). */
  product?: Maybe<Product>;
  /** The request tenant's products: active ones for everyone, all of them for catalog editors. */
  products: ProductConnection;
  /** Products by id, in the order asked (null where a product is unknown or not visible to you); at most 100 ids. */
  productsByIds: Array<Maybe<Product>>;
  /** Products by slug, in the order asked (null where a product is unknown or not visible to you); at most 100 slugs. The cms checks the product links of a page with it. */
  productsBySlugs: Array<Maybe<Product>>;
  /**
   * Full-text search over the request tenant's active products (what a visitor sees, whoever asks):
   * title, description, option values and SEO text, in the language of the request region's locale.
   * Best match first (ties in a stable order); the last word also matches as a prefix.
   */
  searchProducts: ProductConnection;
  /** The store's shipping rates. */
  shippingRates: Array<ShippingRate>;
  /** The store's Stripe Connect account and what it may do. */
  stripeConnection: StripeConnection;
  /** The store's tax per region. */
  taxSettings: Array<TaxSetting>;
};


export type QueryCartArgs = {
  token: Scalars['String']['input'];
};


export type QueryCatalogJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCheckoutPaymentArgs = {
  orderToken: Scalars['String']['input'];
};


export type QueryCollectionArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollectionsBySlugsArgs = {
  slugs: Array<Scalars['String']['input']>;
};


export type QueryDiscountCodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpenCartArgs = {
  token: Scalars['String']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  collectionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<ProductSort>;
  status?: InputMaybe<ProductStatus>;
};


export type QueryProductsByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryProductsBySlugsArgs = {
  slugs: Array<Scalars['String']['input']>;
};


export type QuerySearchProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

/** A refund of part or all of an order's payment. */
export type RefundOrderInput = {
  /** Minor units to refund; at most what is left. Default: everything that is left. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** Why (kept on the refund). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Search-engine metadata. */
export type Seo = {
  __typename?: 'Seo';
  /** Description for search results. */
  description?: Maybe<Scalars['String']['output']>;
  /** Title for search results (default: the product title). */
  title?: Maybe<Scalars['String']['output']>;
};

/** Search-engine metadata. */
export type SeoInput = {
  /** Description for search results (320 characters at most). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Title for search results (70 characters at most). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Units on hand of a variant at a location. */
export type SetStockInput = {
  /** The location (default: the default location). */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Units physically there; zero or more and not below what is reserved. */
  onHand: Scalars['Int']['input'];
  /** The variant. */
  variantId: Scalars['ID']['input'];
};

/** Where an order ships to. */
export type ShippingAddress = {
  __typename?: 'ShippingAddress';
  /** City. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Street and number. */
  line1: Scalars['String']['output'];
  /** Additional address line. */
  line2?: Maybe<Scalars['String']['output']>;
  /** Recipient name. */
  name: Scalars['String']['output'];
  /** Phone number for the carrier. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Postal code. */
  postalCode: Scalars['String']['output'];
  /** State, province or region. */
  region?: Maybe<Scalars['String']['output']>;
};

/** Where the order ships to. */
export type ShippingAddressInput = {
  /** City. */
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, e.g. DE. */
  country: Scalars['String']['input'];
  /** Street and number. */
  line1: Scalars['String']['input'];
  /** Additional address line. */
  line2?: InputMaybe<Scalars['String']['input']>;
  /** Recipient name. */
  name: Scalars['String']['input'];
  /** Phone number for the carrier. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code. */
  postalCode: Scalars['String']['input'];
  /** State, province or region. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A way to ship a cart, with what it costs for this cart. */
export type ShippingOption = {
  __typename?: 'ShippingOption';
  /** The shipping rate id (pass it to selectShippingRate). */
  id: Scalars['ID']['output'];
  /** The rate's name, e.g. Standard. */
  name: Scalars['String']['output'];
  /** What it costs for this cart (0 past the rate's free-shipping threshold). */
  price: Money;
  /** Whether the cart ships with it. */
  selected: Scalars['Boolean']['output'];
};

/** A shipping rate of a region. */
export type ShippingRate = {
  __typename?: 'ShippingRate';
  /** Free from this discounted subtotal on (null: never free). */
  freeOver?: Maybe<Money>;
  /** Stable identifier of the rate. */
  id: Scalars['ID']['output'];
  /** The rate's name, e.g. Standard. */
  name: Scalars['String']['output'];
  /** What it costs. */
  price: Money;
  /** The region code. */
  region: Scalars['String']['output'];
};

/** A new shipping rate. */
export type ShippingRateInput = {
  /** Price in minor units. */
  amount: Scalars['Int']['input'];
  /** ISO 4217 currency (the region's). */
  currency: Scalars['String']['input'];
  /** Free from this discounted subtotal (minor units) on. */
  freeOver?: InputMaybe<Scalars['Int']['input']>;
  /** The rate's name, e.g. Standard. */
  name: Scalars['String']['input'];
  /** The region code. */
  regionCode: Scalars['String']['input'];
};

/** Stock of one variant at one location. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** onHand − reserved: what can still be sold. */
  available: Scalars['Int']['output'];
  /** The location. */
  location: Location;
  /** Units physically there. */
  onHand: Scalars['Int']['output'];
  /** Units held by checkouts that are not paid yet. */
  reserved: Scalars['Int']['output'];
};

/** The store's Stripe Connect account. */
export type StripeConnection = {
  __typename?: 'StripeConnection';
  /** The connected account id (acct_...), once onboarding started. */
  accountId?: Maybe<Scalars['String']['output']>;
  /** Whether Stripe lets the account take payments (checkout needs this). */
  chargesEnabled: Scalars['Boolean']['output'];
  /** Whether the onboarding form was submitted. */
  detailsSubmitted: Scalars['Boolean']['output'];
  /** Whether Stripe pays out to the account. */
  payoutsEnabled: Scalars['Boolean']['output'];
};

/** A Stripe-hosted onboarding page for the store's connected account. */
export type StripeOnboardingLink = {
  __typename?: 'StripeOnboardingLink';
  /** When the link expires (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** Send the member here; it works once and expires within minutes. */
  url: Scalars['String']['output'];
};

/** The tax of one region. */
export type TaxSetting = {
  __typename?: 'TaxSetting';
  /** Whether the region's prices include the tax. */
  inclusive: Scalars['Boolean']['output'];
  /** The rate in basis points (2000 = 20 %). */
  rateBps: Scalars['Int']['output'];
  /** The region code. */
  region: Scalars['String']['output'];
};

/** A region's tax. */
export type TaxSettingInput = {
  /** Whether prices include the tax (shown, not added) or exclude it (added at checkout). */
  inclusive: Scalars['Boolean']['input'];
  /** The rate in basis points, 0–10000. */
  rateBps: Scalars['Int']['input'];
  /** The region code (as in the store's regions). */
  regionCode: Scalars['String']['input'];
};

/** How a fulfilled order was shipped. */
export type Tracking = {
  __typename?: 'Tracking';
  /** The carrier, e.g. DHL. */
  carrier: Scalars['String']['output'];
  /** The carrier's tracking number. */
  number: Scalars['String']['output'];
  /** The carrier's tracking page. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Changes to a product; fields left out stay as they are. */
export type UpdateProductInput = {
  /** The complete list of collections the product is in. */
  collectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Long description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Asset ids of the images, in display order. */
  imageAssetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Options the variants choose from (at most 3). */
  options?: InputMaybe<Array<ProductOptionInput>>;
  /** Search-engine metadata. */
  seo?: InputMaybe<SeoInput>;
  /** Unique per store. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Draft, active or archived. */
  status?: InputMaybe<ProductStatus>;
  /** Product name. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The complete new list of variants: with id = update, without = add, left out = remove. */
  variants?: InputMaybe<Array<VariantInput>>;
};

/** One purchasable version of a product: what carts, stock and orders count. */
export type Variant = {
  __typename?: 'Variant';
  /** The compare-at price in `currency` (default: the product's main currency); null for none. */
  compareAtPrice?: Maybe<Money>;
  /** Stable identifier of the variant. */
  id: Scalars['ID']['output'];
  /** Whether at least one unit is available to sell (across locations). */
  inStock: Scalars['Boolean']['output'];
  /** One value per product option, in the product's option order. */
  optionValues: Array<Scalars['String']['output']>;
  /** The price in `currency` (default: the product's main currency); null when not priced in it. */
  price?: Maybe<Money>;
  /** Prices in every currency the product is sold in. */
  prices: Array<VariantPrice>;
  /** The product the variant belongs to. */
  product: Product;
  /** Stock keeping unit, unique per store. */
  sku: Scalars['String']['output'];
  /** Stock per location (catalog readers only). */
  stock: Array<StockLevel>;
  /** Variant title (default: its option values joined). */
  title: Scalars['String']['output'];
  /** Shipping weight in grams. */
  weightGrams?: Maybe<Scalars['Int']['output']>;
};


/** One purchasable version of a product: what carts, stock and orders count. */
export type VariantCompareAtPriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


/** One purchasable version of a product: what carts, stock and orders count. */
export type VariantPriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

/** A variant of a product being saved. */
export type VariantInput = {
  /** The variant to update (one of this product's); leave out for a new variant. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One value per product option, in option order. */
  optionValues?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At least one price; every variant of a product is priced in the same currencies. */
  prices: Array<VariantPriceInput>;
  /** Unique per store (letters, digits, . _ - /); generated when left out. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** Variant title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Shipping weight in grams. */
  weightGrams?: InputMaybe<Scalars['Int']['input']>;
};

/** A variant's price in one currency. */
export type VariantPrice = {
  __typename?: 'VariantPrice';
  /** Price in minor units. */
  amount: Scalars['Int']['output'];
  /** The former price shown struck through, in minor units; null for none. */
  compareAtAmount?: Maybe<Scalars['Int']['output']>;
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** A price in one currency. */
export type VariantPriceInput = {
  /** Price in minor units; zero or more. */
  amount: Scalars['Int']['input'];
  /** Former price shown struck through, in minor units; above amount. */
  compareAtAmount?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217 currency code, e.g. EUR. */
  currency: Scalars['String']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Onboarding: Onboarding;
  Product: Product;
  Variant: Variant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Onboarding:
    ( { __typename: 'Onboarding' }
    & GraphQLRecursivePick<FederationTypes['Onboarding'], {"tenantId":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Variant:
    ( { __typename: 'Variant' }
    & GraphQLRecursivePick<FederationTypes['Variant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Asset: ResolverTypeWrapper<Asset>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Cart: ResolverTypeWrapper<Cart>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CartLine: ResolverTypeWrapper<CartLine>;
  CartLineInput: CartLineInput;
  CartSession: ResolverTypeWrapper<CartSession>;
  CartTax: ResolverTypeWrapper<CartTax>;
  CatalogJob: ResolverTypeWrapper<CatalogJobModel>;
  CatalogJobCount: ResolverTypeWrapper<CatalogJobCount>;
  CatalogJobKind: CatalogJobKind;
  CatalogJobStatus: CatalogJobStatus;
  CheckoutInput: CheckoutInput;
  CheckoutPayment: ResolverTypeWrapper<CheckoutPayment>;
  CheckoutResult: ResolverTypeWrapper<Omit<CheckoutResult, 'order'> & { order: ResolversTypes['OrderStatusView'] }>;
  Collection: ResolverTypeWrapper<CollectionModel>;
  CollectionConnection: ResolverTypeWrapper<Omit<CollectionConnection, 'edges'> & { edges: Array<ResolversTypes['CollectionEdge']> }>;
  CollectionEdge: ResolverTypeWrapper<Omit<CollectionEdge, 'node'> & { node: ResolversTypes['Collection'] }>;
  CollectionInput: CollectionInput;
  ConnectStripeInput: ConnectStripeInput;
  CreateCartInput: CreateCartInput;
  CreateDiscountCodeInput: CreateDiscountCodeInput;
  CreateProductInput: CreateProductInput;
  CsvProblem: ResolverTypeWrapper<CsvProblem>;
  DiscountCode: ResolverTypeWrapper<DiscountCode>;
  DiscountCodeConnection: ResolverTypeWrapper<DiscountCodeConnection>;
  DiscountCodeEdge: ResolverTypeWrapper<DiscountCodeEdge>;
  DiscountKind: DiscountKind;
  FulfilOrderInput: FulfilOrderInput;
  Location: ResolverTypeWrapper<LocationModel>;
  LocationInput: LocationInput;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Onboarding: ResolverTypeWrapper<StoreOnboardingFactsModel>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderEventKind: OrderEventKind;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLine>;
  OrderStatus: OrderStatus;
  OrderStatusView: ResolverTypeWrapper<OrderModel>;
  OrderTimelineEntry: ResolverTypeWrapper<OrderEventModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriceRange: ResolverTypeWrapper<PriceRange>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductOption: ResolverTypeWrapper<ProductOption>;
  ProductOptionInput: ProductOptionInput;
  ProductSort: ProductSort;
  ProductStatus: ProductStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefundOrderInput: RefundOrderInput;
  Seo: ResolverTypeWrapper<Seo>;
  SeoInput: SeoInput;
  SetStockInput: SetStockInput;
  ShippingAddress: ResolverTypeWrapper<ShippingAddress>;
  ShippingAddressInput: ShippingAddressInput;
  ShippingOption: ResolverTypeWrapper<ShippingOption>;
  ShippingRate: ResolverTypeWrapper<ShippingRate>;
  ShippingRateInput: ShippingRateInput;
  StockLevel: ResolverTypeWrapper<StockLevelModel>;
  StripeConnection: ResolverTypeWrapper<StripeConnectionModel>;
  StripeOnboardingLink: ResolverTypeWrapper<StripeOnboardingLink>;
  TaxSetting: ResolverTypeWrapper<TaxSetting>;
  TaxSettingInput: TaxSettingInput;
  Tracking: ResolverTypeWrapper<Tracking>;
  UpdateProductInput: UpdateProductInput;
  Variant: ResolverTypeWrapper<VariantViewModel>;
  VariantInput: VariantInput;
  VariantPrice: ResolverTypeWrapper<VariantPriceModel>;
  VariantPriceInput: VariantPriceInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Asset: Asset;
  ID: Scalars['ID']['output'];
  Cart: Cart;
  Int: Scalars['Int']['output'];
  CartLine: CartLine;
  CartLineInput: CartLineInput;
  CartSession: CartSession;
  CartTax: CartTax;
  CatalogJob: CatalogJobModel;
  CatalogJobCount: CatalogJobCount;
  CheckoutInput: CheckoutInput;
  CheckoutPayment: CheckoutPayment;
  CheckoutResult: Omit<CheckoutResult, 'order'> & { order: ResolversParentTypes['OrderStatusView'] };
  Collection: CollectionModel;
  CollectionConnection: Omit<CollectionConnection, 'edges'> & { edges: Array<ResolversParentTypes['CollectionEdge']> };
  CollectionEdge: Omit<CollectionEdge, 'node'> & { node: ResolversParentTypes['Collection'] };
  CollectionInput: CollectionInput;
  ConnectStripeInput: ConnectStripeInput;
  CreateCartInput: CreateCartInput;
  CreateDiscountCodeInput: CreateDiscountCodeInput;
  CreateProductInput: CreateProductInput;
  CsvProblem: CsvProblem;
  DiscountCode: DiscountCode;
  DiscountCodeConnection: DiscountCodeConnection;
  DiscountCodeEdge: DiscountCodeEdge;
  FulfilOrderInput: FulfilOrderInput;
  Location: LocationModel;
  LocationInput: LocationInput;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Onboarding: StoreOnboardingFactsModel;
  Order: OrderModel;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderLine: OrderLine;
  OrderStatusView: OrderModel;
  OrderTimelineEntry: OrderEventModel;
  PageInfo: PageInfo;
  PriceRange: PriceRange;
  Product: ProductModel;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductOption: ProductOption;
  ProductOptionInput: ProductOptionInput;
  Query: Record<PropertyKey, never>;
  RefundOrderInput: RefundOrderInput;
  Seo: Seo;
  SeoInput: SeoInput;
  SetStockInput: SetStockInput;
  ShippingAddress: ShippingAddress;
  ShippingAddressInput: ShippingAddressInput;
  ShippingOption: ShippingOption;
  ShippingRate: ShippingRate;
  ShippingRateInput: ShippingRateInput;
  StockLevel: StockLevelModel;
  StripeConnection: StripeConnectionModel;
  StripeOnboardingLink: StripeOnboardingLink;
  TaxSetting: TaxSetting;
  TaxSettingInput: TaxSettingInput;
  Tracking: Tracking;
  UpdateProductInput: UpdateProductInput;
  Variant: VariantViewModel;
  VariantInput: VariantInput;
  VariantPrice: VariantPriceModel;
  VariantPriceInput: VariantPriceInput;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Scalars['String']['input']>;
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AssetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CartResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  checkedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discountCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discountProblem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CartLine']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shipping?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  shippingOptions?: Resolver<Array<ResolversTypes['ShippingOption']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['CartTax'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CartLineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purchasable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  variantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CartSessionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CartSession'] = ResolversParentTypes['CartSession']> = ResolversObject<{
  cart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CartTaxResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CartTax'] = ResolversParentTypes['CartTax']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  inclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CatalogJobResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CatalogJob'] = ResolversParentTypes['CatalogJob']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CatalogJobKind'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['CsvProblem']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CatalogJobStatus'], ParentType, ContextType>;
  summary?: Resolver<Array<ResolversTypes['CatalogJobCount']>, ParentType, ContextType>;
}>;

export type CatalogJobCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CatalogJobCount'] = ResolversParentTypes['CatalogJobCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CheckoutPaymentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CheckoutPayment'] = ResolversParentTypes['CheckoutPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  clientSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderDisplayNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentIntentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishableKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stripeAccount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CheckoutResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CheckoutResult'] = ResolversParentTypes['CheckoutResult']> = ResolversObject<{
  order?: Resolver<ResolversTypes['OrderStatusView'], ParentType, ContextType>;
  orderToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['CheckoutPayment'], ParentType, ContextType>;
}>;

export type CollectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Collection'] = ResolversParentTypes['Collection']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<CollectionProductsArgs, 'first'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CollectionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CollectionConnection'] = ResolversParentTypes['CollectionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CollectionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CollectionEdge'] = ResolversParentTypes['CollectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Collection'], ParentType, ContextType>;
}>;

export type CsvProblemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CsvProblem'] = ResolversParentTypes['CsvProblem']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DiscountCodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DiscountCode'] = ResolversParentTypes['DiscountCode']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  amountOff?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DiscountKind'], ParentType, ContextType>;
  minSubtotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  percentOff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usageLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DiscountCodeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DiscountCodeConnection'] = ResolversParentTypes['DiscountCodeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DiscountCodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DiscountCodeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DiscountCodeEdge'] = ResolversParentTypes['DiscountCodeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DiscountCode'], ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCartLine?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationAddCartLineArgs, 'cartToken' | 'input'>>;
  applyDiscountCode?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationApplyDiscountCodeArgs, 'cartToken' | 'code'>>;
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id'>>;
  checkout?: Resolver<ResolversTypes['CheckoutResult'], ParentType, ContextType, RequireFields<MutationCheckoutArgs, 'input'>>;
  connectStripe?: Resolver<ResolversTypes['StripeOnboardingLink'], ParentType, ContextType, Partial<MutationConnectStripeArgs>>;
  createCart?: Resolver<ResolversTypes['CartSession'], ParentType, ContextType, Partial<MutationCreateCartArgs>>;
  createCollection?: Resolver<ResolversTypes['Collection'], ParentType, ContextType, RequireFields<MutationCreateCollectionArgs, 'input'>>;
  createDiscountCode?: Resolver<ResolversTypes['DiscountCode'], ParentType, ContextType, RequireFields<MutationCreateDiscountCodeArgs, 'input'>>;
  createLocation?: Resolver<ResolversTypes['Location'], ParentType, ContextType, RequireFields<MutationCreateLocationArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createShippingRate?: Resolver<ResolversTypes['ShippingRate'], ParentType, ContextType, RequireFields<MutationCreateShippingRateArgs, 'input'>>;
  deleteCollection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteCollectionArgs, 'id'>>;
  deleteLocation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteLocationArgs, 'id'>>;
  deleteShippingRate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteShippingRateArgs, 'id'>>;
  exportCatalog?: Resolver<ResolversTypes['CatalogJob'], ParentType, ContextType>;
  fulfilOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationFulfilOrderArgs, 'id' | 'input'>>;
  importCatalog?: Resolver<ResolversTypes['CatalogJob'], ParentType, ContextType, RequireFields<MutationImportCatalogArgs, 'csv'>>;
  refundOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationRefundOrderArgs, 'id'>>;
  removeCartLine?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationRemoveCartLineArgs, 'cartToken' | 'variantId'>>;
  removeDiscountCode?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationRemoveDiscountCodeArgs, 'cartToken'>>;
  selectShippingRate?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationSelectShippingRateArgs, 'cartToken' | 'shippingRateId'>>;
  setDiscountCodeActive?: Resolver<ResolversTypes['DiscountCode'], ParentType, ContextType, RequireFields<MutationSetDiscountCodeActiveArgs, 'active' | 'id'>>;
  setStock?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType, RequireFields<MutationSetStockArgs, 'input'>>;
  setTaxSetting?: Resolver<ResolversTypes['TaxSetting'], ParentType, ContextType, RequireFields<MutationSetTaxSettingArgs, 'input'>>;
  updateCartLine?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationUpdateCartLineArgs, 'cartToken' | 'input'>>;
  updateCollection?: Resolver<ResolversTypes['Collection'], ParentType, ContextType, RequireFields<MutationUpdateCollectionArgs, 'id' | 'input'>>;
  updateLocation?: Resolver<ResolversTypes['Location'], ParentType, ContextType, RequireFields<MutationUpdateLocationArgs, 'id' | 'input'>>;
  updateProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type OnboardingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Onboarding'] = ResolversParentTypes['Onboarding'], FederationReferenceType extends FederationReferenceTypes['Onboarding'] = FederationReferenceTypes['Onboarding']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Onboarding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  paymentsConnected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  productAdded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  displayNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fulfilledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentIntentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  shipping?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  shippingAddress?: Resolver<Maybe<ResolversTypes['ShippingAddress']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['OrderTimelineEntry']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tracking?: Resolver<Maybe<ResolversTypes['Tracking']>, ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  variantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrderStatusViewResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OrderStatusView'] = ResolversParentTypes['OrderStatusView']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  tracking?: Resolver<Maybe<ResolversTypes['Tracking']>, ParentType, ContextType>;
}>;

export type OrderTimelineEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OrderTimelineEntry'] = ResolversParentTypes['OrderTimelineEntry']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causeEventId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  causeUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrderEventKind'], ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PriceRangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PriceRange'] = ResolversParentTypes['PriceRange']> = ResolversObject<{
  max?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  collections?: Resolver<Array<ResolversTypes['Collection']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageAssetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  images?: Resolver<Array<Maybe<ResolversTypes['Asset']>>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['ProductOption']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType, Partial<ProductPriceArgs>>;
  priceRange?: Resolver<Maybe<ResolversTypes['PriceRange']>, ParentType, ContextType, Partial<ProductPriceRangeArgs>>;
  seo?: Resolver<ResolversTypes['Seo'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductOptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductOption'] = ResolversParentTypes['ProductOption']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<QueryCartArgs, 'token'>>;
  catalogJob?: Resolver<ResolversTypes['CatalogJob'], ParentType, ContextType, RequireFields<QueryCatalogJobArgs, 'id'>>;
  checkoutPayment?: Resolver<ResolversTypes['CheckoutPayment'], ParentType, ContextType, RequireFields<QueryCheckoutPaymentArgs, 'orderToken'>>;
  collection?: Resolver<Maybe<ResolversTypes['Collection']>, ParentType, ContextType, Partial<QueryCollectionArgs>>;
  collections?: Resolver<ResolversTypes['CollectionConnection'], ParentType, ContextType, RequireFields<QueryCollectionsArgs, 'first'>>;
  collectionsBySlugs?: Resolver<Array<Maybe<ResolversTypes['Collection']>>, ParentType, ContextType, RequireFields<QueryCollectionsBySlugsArgs, 'slugs'>>;
  discountCodes?: Resolver<ResolversTypes['DiscountCodeConnection'], ParentType, ContextType, RequireFields<QueryDiscountCodesArgs, 'first'>>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  openCart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType, RequireFields<QueryOpenCartArgs, 'token'>>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderByToken?: Resolver<Maybe<ResolversTypes['OrderStatusView']>, ParentType, ContextType, RequireFields<QueryOrderByTokenArgs, 'token'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, Partial<QueryProductArgs>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  productsByIds?: Resolver<Array<Maybe<ResolversTypes['Product']>>, ParentType, ContextType, RequireFields<QueryProductsByIdsArgs, 'ids'>>;
  productsBySlugs?: Resolver<Array<Maybe<ResolversTypes['Product']>>, ParentType, ContextType, RequireFields<QueryProductsBySlugsArgs, 'slugs'>>;
  searchProducts?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QuerySearchProductsArgs, 'first' | 'query'>>;
  shippingRates?: Resolver<Array<ResolversTypes['ShippingRate']>, ParentType, ContextType>;
  stripeConnection?: Resolver<ResolversTypes['StripeConnection'], ParentType, ContextType>;
  taxSettings?: Resolver<Array<ResolversTypes['TaxSetting']>, ParentType, ContextType>;
}>;

export type SeoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Seo'] = ResolversParentTypes['Seo']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ShippingAddressResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShippingAddress'] = ResolversParentTypes['ShippingAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ShippingOptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShippingOption'] = ResolversParentTypes['ShippingOption']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ShippingRateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShippingRate'] = ResolversParentTypes['ShippingRate']> = ResolversObject<{
  freeOver?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockLevelResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StripeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StripeConnection'] = ResolversParentTypes['StripeConnection']> = ResolversObject<{
  accountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chargesEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  detailsSubmitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payoutsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StripeOnboardingLinkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StripeOnboardingLink'] = ResolversParentTypes['StripeOnboardingLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxSettingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TaxSetting'] = ResolversParentTypes['TaxSetting']> = ResolversObject<{
  inclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrackingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tracking'] = ResolversParentTypes['Tracking']> = ResolversObject<{
  carrier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VariantResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant'], FederationReferenceType extends FederationReferenceTypes['Variant'] = FederationReferenceTypes['Variant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Variant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  compareAtPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType, Partial<VariantCompareAtPriceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  optionValues?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType, Partial<VariantPriceArgs>>;
  prices?: Resolver<Array<ResolversTypes['VariantPrice']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stock?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weightGrams?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type VariantPriceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VariantPrice'] = ResolversParentTypes['VariantPrice']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compareAtAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Asset?: AssetResolvers<ContextType>;
  Cart?: CartResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  CartSession?: CartSessionResolvers<ContextType>;
  CartTax?: CartTaxResolvers<ContextType>;
  CatalogJob?: CatalogJobResolvers<ContextType>;
  CatalogJobCount?: CatalogJobCountResolvers<ContextType>;
  CheckoutPayment?: CheckoutPaymentResolvers<ContextType>;
  CheckoutResult?: CheckoutResultResolvers<ContextType>;
  Collection?: CollectionResolvers<ContextType>;
  CollectionConnection?: CollectionConnectionResolvers<ContextType>;
  CollectionEdge?: CollectionEdgeResolvers<ContextType>;
  CsvProblem?: CsvProblemResolvers<ContextType>;
  DiscountCode?: DiscountCodeResolvers<ContextType>;
  DiscountCodeConnection?: DiscountCodeConnectionResolvers<ContextType>;
  DiscountCodeEdge?: DiscountCodeEdgeResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Onboarding?: OnboardingResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderStatusView?: OrderStatusViewResolvers<ContextType>;
  OrderTimelineEntry?: OrderTimelineEntryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriceRange?: PriceRangeResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductOption?: ProductOptionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Seo?: SeoResolvers<ContextType>;
  ShippingAddress?: ShippingAddressResolvers<ContextType>;
  ShippingOption?: ShippingOptionResolvers<ContextType>;
  ShippingRate?: ShippingRateResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  StripeConnection?: StripeConnectionResolvers<ContextType>;
  StripeOnboardingLink?: StripeOnboardingLinkResolvers<ContextType>;
  TaxSetting?: TaxSettingResolvers<ContextType>;
  Tracking?: TrackingResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
  VariantPrice?: VariantPriceResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
