import type { GraphQLResolveInfo } from 'graphql';
import type { AnalyticsSettings as AnalyticsSettingsModel, PrivacySettings as PrivacySettingsModel, PrivacyDraft as PrivacyDraftModel, PrivacyVersion as PrivacyVersionModel } from '../entities/analytics.js';
import type { BannerTexts as BannerTextsModel, AnalyticsPolicy as AnalyticsPolicyModel } from '../services/policy.js';
import type { Dashboard as DashboardModel, SeriesPoint as SeriesPointModel, DayRevenue as DayRevenueModel, LiveCount as LiveCountModel, AnalyticsExport as AnalyticsExportModel } from '../services/dashboard-service.js';
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

/** One entry of a top list (pages, referrers, UTM sources and campaigns, devices). */
export type AnalyticsBreakdown = {
  __typename?: 'AnalyticsBreakdown';
  /** The page path, referrer host, UTM value or device class (desktop, mobile, tablet, other). */
  key: Scalars['String']['output'];
  /** Page views. */
  pageViews: Scalars['Int']['output'];
  /** The sum of the daily unique visitors. */
  visitors: Scalars['Int']['output'];
};

/** The dashboard for a range: a time series, totals, top lists and revenue. Read from the aggregates. */
export type AnalyticsDashboard = {
  __typename?: 'AnalyticsDashboard';
  /** Top `utm_campaign` values. */
  campaigns: Array<AnalyticsBreakdown>;
  /** Page views by device class. */
  devices: Array<AnalyticsBreakdown>;
  /** The range as aggregated: widened to whole buckets (ISO 8601). */
  from: Scalars['String']['output'];
  /** The granularity of `series`. */
  granularity: AnalyticsGranularity;
  /** Top external referrer hosts. */
  referrers: Array<AnalyticsBreakdown>;
  /** Revenue by UTC day and currency. */
  revenue: Array<AnalyticsRevenue>;
  /** One point per bucket that has events, oldest first. */
  series: Array<AnalyticsPoint>;
  /** Top `utm_source` values. */
  sources: Array<AnalyticsBreakdown>;
  /** End of the widened range (exclusive, ISO 8601). */
  to: Scalars['String']['output'];
  /** Most viewed pages (path and scrubbed query). */
  topPages: Array<AnalyticsBreakdown>;
  /** Totals over the UTC days the range touches. */
  totals: AnalyticsTotals;
};

/** What deleting a tenant's analytics data removed. */
export type AnalyticsDeletion = {
  __typename?: 'AnalyticsDeletion';
  /** Aggregate rows deleted. */
  aggregates: Scalars['Int']['output'];
  /** Raw events deleted. */
  events: Scalars['Int']['output'];
  /** Exports deleted (rows; their files are deleted too). */
  exports: Scalars['Int']['output'];
};

/** A CSV export of the aggregates of a range (one row per bucket, dimension and key). */
export type AnalyticsExport = {
  __typename?: 'AnalyticsExport';
  /** When it was requested (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** A signed link to the CSV, valid for 15 minutes from this response; null until READY. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** Start of the range (ISO 8601). */
  from: Scalars['String']['output'];
  /** Bucket width of the rows. */
  granularity: AnalyticsGranularity;
  /** The export's id. */
  id: Scalars['ID']['output'];
  /** Where it stands. */
  status: AnalyticsExportStatus;
  /** End of the range (ISO 8601). */
  to: Scalars['String']['output'];
};

/** Where an export stands. */
export type AnalyticsExportStatus =
  /** The job could not write it. */
  | 'FAILED'
  /** Queued or being written. */
  | 'PENDING'
  /** Written; `downloadUrl` is set. */
  | 'READY';

/** The width of one bucket of a time series. Buckets are UTC hours or UTC days. */
export type AnalyticsGranularity =
  /** One bucket per UTC day (ranges of at most 731 days). */
  | 'DAY'
  /** One bucket per UTC hour (ranges of at most 31 days). */
  | 'HOUR';

/** What happens on the site right now. */
export type AnalyticsLive = {
  __typename?: 'AnalyticsLive';
  /** All events in the window. */
  events: Scalars['Int']['output'];
  /** Page views in the window. */
  pageViews: Scalars['Int']['output'];
  /** Start of the window: 30 minutes ago (ISO 8601). */
  since: Scalars['String']['output'];
  /** Distinct visitors in the window (per-day hashes: one visitor across midnight counts twice). */
  visitors: Scalars['Int']['output'];
};

/** The figures of one bucket (or of a whole range, for totals). */
export type AnalyticsPoint = {
  __typename?: 'AnalyticsPoint';
  /** add_to_cart events. */
  addToCart: Scalars['Int']['output'];
  /** Start of the bucket (ISO 8601, UTC). */
  bucket: Scalars['String']['output'];
  /** begin_checkout events. */
  checkouts: Scalars['Int']['output'];
  /** Unique visitors with a purchase. */
  convertedVisitors: Scalars['Int']['output'];
  /** Page views. */
  pageViews: Scalars['Int']['output'];
  /** Purchases (paid orders). */
  purchases: Scalars['Int']['output'];
  /**
   * Unique visitors in the bucket. Visitors are counted by a hash whose salt changes every UTC day, so
   * a DAY bucket holds that day's unique visitors, and a visitor who returns on another day counts again.
   */
  visitors: Scalars['Int']['output'];
};

/** Whether a page view gets Clarity, and with which consent. Decided by one pure policy function. */
export type AnalyticsPolicy = {
  __typename?: 'AnalyticsPolicy';
  /** The banner texts for the region, only when showBanner. */
  banner?: Maybe<ConsentBanner>;
  /** The validated Clarity project id, only when injectClarity. */
  clarityProjectId?: Maybe<Scalars['String']['output']>;
  /**
   * Whether this visitor's first-party events are collected (the page carries the beacon): first-party
   * analytics on, no GPC, no opt-out, and consent granted where required (not rejected elsewhere).
   */
  collectEvents: Scalars['Boolean']['output'];
  /** Whether the tenant's consent mode requires consent in this region. */
  consentRequired: Scalars['Boolean']['output'];
  /** The consent v2 state to pass to Clarity ('denied' when nothing is injected). */
  consentState: ConsentState;
  /** Whether the page carries the Clarity loader. */
  injectClarity: Scalars['Boolean']['output'];
  /** Whether to show the consent banner (Clarity injected, consent required, visitor undecided). */
  showBanner: Scalars['Boolean']['output'];
};

/** A date range of the request tenant's analytics. */
export type AnalyticsRangeInput = {
  /** Start (ISO 8601 date-time, inclusive); widened to the start of its bucket. */
  from: Scalars['String']['input'];
  /** Bucket width of the series (default DAY). */
  granularity?: InputMaybe<AnalyticsGranularity>;
  /** End (ISO 8601 date-time, exclusive); widened to the end of its bucket. Must be after `from`. */
  to: Scalars['String']['input'];
  /** How many entries each top list has (1–100, default 10). */
  top?: InputMaybe<Scalars['Int']['input']>;
};

/** Revenue of one UTC day in one currency. */
export type AnalyticsRevenue = {
  __typename?: 'AnalyticsRevenue';
  /** Revenue in minor units (cents). */
  amountMinor: Scalars['Int']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** The UTC day (ISO 8601, midnight). */
  day: Scalars['String']['output'];
  /** Purchases that day in that currency. */
  purchases: Scalars['Int']['output'];
};

/** A tenant's analytics configuration, including Microsoft Clarity. */
export type AnalyticsSettings = {
  __typename?: 'AnalyticsSettings';
  /** Whether Clarity is injected into the tenant's pages (subject to the visitor's consent). */
  clarityEnabled: Scalars['Boolean']['output'];
  /** Microsoft Clarity project id (lowercase letters and digits), or null when not set. */
  clarityProjectId?: Maybe<Scalars['String']['output']>;
  /** Consent banner texts per region (the one with region null is the default). */
  consentBanners: Array<ConsentBanner>;
  /** Whether, and where, Clarity waits for the visitor's consent. */
  consentMode: ConsentMode;
  /** Region codes that require consent under REQUIRED_IN_REGIONS. */
  consentRegions: Array<Scalars['String']['output']>;
  /**
   * Whether WebHaze's own first-party analytics runs: a cookieless page-view beacon on rendered
   * pages and `POST /collect` (subject to the visitor's GPC, opt-out and consent).
   */
  firstPartyAnalytics: Scalars['Boolean']['output'];
  /** Raw events are deleted this many days after they happened (1–730). Aggregates are kept. */
  retentionDays: Scalars['Int']['output'];
  /** When the settings last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** Totals of a range: the sum of its DAY buckets. */
export type AnalyticsTotals = {
  __typename?: 'AnalyticsTotals';
  /** add_to_cart events. */
  addToCart: Scalars['Int']['output'];
  /** begin_checkout events. */
  checkouts: Scalars['Int']['output'];
  /** convertedVisitors / visitors (0 without visitors). */
  conversionRate: Scalars['Float']['output'];
  /** The sum of the daily unique visitors with a purchase. */
  convertedVisitors: Scalars['Int']['output'];
  /** Page views. */
  pageViews: Scalars['Int']['output'];
  /** Purchases. */
  purchases: Scalars['Int']['output'];
  /**
   * The sum of the daily unique visitors of the days in the range (a per-day figure: a visitor who
   * came on three days counts three times).
   */
  visitors: Scalars['Int']['output'];
};

/** Consent banner texts for one region. Plain text. */
export type ConsentBanner = {
  __typename?: 'ConsentBanner';
  /** Label of the accept action (at most 30 characters). */
  acceptLabel: Scalars['String']['output'];
  /** Banner text (at most 600 characters). */
  body: Scalars['String']['output'];
  /** The region code these texts are for; null for the default texts. */
  region?: Maybe<Scalars['String']['output']>;
  /** Label of the reject action (at most 30 characters). */
  rejectLabel: Scalars['String']['output'];
  /** Banner heading (at most 80 characters). */
  title: Scalars['String']['output'];
};

/** Consent banner texts for one region. Plain text: no `<`, `>` or control characters. */
export type ConsentBannerInput = {
  /** Accept label, 1–30 characters. */
  acceptLabel: Scalars['String']['input'];
  /** Banner text, 1–600 characters. */
  body: Scalars['String']['input'];
  /** Region code (1–16 lowercase letters, digits, dashes); null for the default texts. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Reject label, 1–30 characters. */
  rejectLabel: Scalars['String']['input'];
  /** Banner heading, 1–80 characters. */
  title: Scalars['String']['input'];
};

/** Whether, and where, Microsoft Clarity waits for the visitor's consent. */
export type ConsentMode =
  /** Consent needed everywhere. */
  | 'ALWAYS'
  /** No consent needed: Clarity runs with consent granted (unless the visitor rejected or opted out). */
  | 'NONE'
  /** Consent needed in the listed regions (`consentRegions`); elsewhere like NONE. */
  | 'REQUIRED_IN_REGIONS';

/** Clarity consent API v2 state: each value is 'granted' or 'denied'. */
export type ConsentState = {
  __typename?: 'ConsentState';
  /** Value for `ad_Storage`: 'granted' or 'denied'. */
  adStorage: Scalars['String']['output'];
  /** Value for `analytics_Storage`: 'granted' or 'denied'. */
  analyticsStorage: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Deletes all of the request tenant's analytics data: raw events (also those not yet written),
   * aggregates and exports. The settings are kept. Cannot be undone.
   */
  deleteAnalyticsData: AnalyticsDeletion;
  /** Drops the privacy draft; the live settings stay. False when there was none. CONFLICT when `expectedVersion` is stale. */
  discardPrivacyDraft: Scalars['Boolean']['output'];
  /**
   * Makes the privacy draft live as the next version and purges the cached pages. `expectedVersion`: the
   * newest published version you saw (0 before the first); another publish meanwhile is a CONFLICT.
   * BAD_USER_INPUT when there is no draft.
   */
  publishPrivacyDraft: PrivacyVersion;
  /** Queues a CSV export of a range's aggregates; poll `analyticsExport` for the download link. */
  requestAnalyticsExport: AnalyticsExport;
  /**
   * Publishes a copy of an older privacy version as the newest (history is append-only) and purges the
   * cached pages; the draft is kept. NOT_FOUND for a version the tenant does not have; CONFLICT when
   * `expectedVersion` is stale.
   */
  rollBackPrivacy: PrivacyVersion;
  /**
   * Saves changes to the privacy draft; visitors keep the live settings. Validated like
   * `updateAnalyticsSettings` (BAD_USER_INPUT naming the field). `expectedVersion`: the draft version you
   * edited (0 when there is no draft); a different one is a CONFLICT.
   */
  savePrivacyDraft: PrivacyDraft;
  /**
   * Updates the request tenant's analytics settings, live at once. Changes to what visitors get
   * (Clarity, consent, banners, first-party analytics) are recorded as a privacy version; for those,
   * prefer the privacy draft (`savePrivacyDraft`, then `publishPrivacyDraft`), which can be previewed
   * and rolled back. `retentionDays` is set here only.
   */
  updateAnalyticsSettings: AnalyticsSettings;
};


export type MutationDiscardPrivacyDraftArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationPublishPrivacyDraftArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRequestAnalyticsExportArgs = {
  range: AnalyticsRangeInput;
};


export type MutationRollBackPrivacyArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSavePrivacyDraftArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: PrivacyDraftInput;
};


export type MutationUpdateAnalyticsSettingsArgs = {
  input: UpdateAnalyticsSettingsInput;
};

/** Where a slice of a list ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The tenant's privacy draft: changes to the visitor-facing settings that are not live yet. */
export type PrivacyDraft = {
  __typename?: 'PrivacyDraft';
  /** The whole visitor-facing settings as they would go live. */
  settings: PrivacySettings;
  /** When the draft was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Who saved it last: `user:<id>`, `apiKey:<id>` or `internal:<service>`. */
  updatedBy: Scalars['String']['output'];
  /** Incremented on every draft save; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** Changes to the privacy draft; omitted fields keep the draft's value (or the live one when there is no draft). */
export type PrivacyDraftInput = {
  /** Turn Clarity injection on or off. It can only be on with a project id. */
  clarityEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clarity project id: 6–16 lowercase letters and digits. Send null to remove it. */
  clarityProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the banner texts (at most 50, one per region). */
  consentBanners?: InputMaybe<Array<ConsentBannerInput>>;
  /** The consent mode. REQUIRED_IN_REGIONS needs at least one region in `consentRegions`. */
  consentMode?: InputMaybe<ConsentMode>;
  /** Replaces the region codes that require consent (at most 100). */
  consentRegions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Turn first-party analytics on or off. */
  firstPartyAnalytics?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * What visitors get of the analytics settings (ADR 0059): whether Clarity loads, the consent policy,
 * the banner texts and the first-party beacon.
 */
export type PrivacySettings = {
  __typename?: 'PrivacySettings';
  /** Whether Clarity is injected into the tenant's pages (subject to the visitor's consent). */
  clarityEnabled: Scalars['Boolean']['output'];
  /** Microsoft Clarity project id, or null when not set. */
  clarityProjectId?: Maybe<Scalars['String']['output']>;
  /** Consent banner texts per region (the one with region null is the default). */
  consentBanners: Array<ConsentBanner>;
  /** Whether, and where, Clarity waits for the visitor's consent. */
  consentMode: ConsentMode;
  /** Region codes that require consent under REQUIRED_IN_REGIONS. */
  consentRegions: Array<Scalars['String']['output']>;
  /** Whether WebHaze's own cookieless page-view beacon runs. */
  firstPartyAnalytics: Scalars['Boolean']['output'];
};

/** One published state of the visitor-facing privacy settings. Never changed. */
export type PrivacyVersion = {
  __typename?: 'PrivacyVersion';
  /** When it went live (ISO 8601). */
  publishedAt: Scalars['String']['output'];
  /** Who published it: `user:<id>`, `apiKey:<id>` or `internal:<service>`. */
  publishedBy: Scalars['String']['output'];
  /** The version a rollback copied; null otherwise. */
  restoredFrom?: Maybe<Scalars['Int']['output']>;
  /** The settings that went live. */
  settings: PrivacySettings;
  /** 1, 2, 3, ... per tenant; the newest is live. */
  version: Scalars['Int']['output'];
};

/** Published privacy versions, newest first. */
export type PrivacyVersionConnection = {
  __typename?: 'PrivacyVersionConnection';
  /** The versions in this slice. */
  edges: Array<PrivacyVersionEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One privacy version in a list. */
export type PrivacyVersionEdge = {
  __typename?: 'PrivacyVersionEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: PrivacyVersion;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The request tenant's dashboard for a date range. Unique visitors are a per-day figure (daily
   * rotating salt): totals and top lists sum daily uniques. An over-long range is BAD_USER_INPUT.
   */
  analyticsDashboard: AnalyticsDashboard;
  /** One of the request tenant's CSV exports. */
  analyticsExport: AnalyticsExport;
  /** Page views and visitors of the last 30 minutes (raw events, a few seconds behind). */
  analyticsLive: AnalyticsLive;
  /**
   * The analytics policy for one page view of the request tenant, used by the renderer through the
   * gateway's internal endpoint. `region` defaults to the request's region.
   */
  analyticsPolicy: AnalyticsPolicy;
  /** The request tenant's analytics settings (defaults when never saved). */
  analyticsSettings: AnalyticsSettings;
  /** The tenant's privacy draft (ADR 0059); null when the live settings have no pending changes. */
  privacyDraft?: Maybe<PrivacyDraft>;
  /** Published privacy versions, newest first (the first is live). */
  privacyVersions: PrivacyVersionConnection;
};


export type QueryAnalyticsDashboardArgs = {
  range: AnalyticsRangeInput;
};


export type QueryAnalyticsExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnalyticsPolicyArgs = {
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  signals?: InputMaybe<VisitorSignals>;
};


export type QueryPrivacyVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to analytics settings; omitted fields keep their value. */
export type UpdateAnalyticsSettingsInput = {
  /** Turn Clarity injection on or off. It can only be on with a project id. */
  clarityEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clarity project id: 6–16 lowercase letters and digits. Send null to remove it. */
  clarityProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the banner texts (at most 50, one per region). */
  consentBanners?: InputMaybe<Array<ConsentBannerInput>>;
  /** The consent mode. REQUIRED_IN_REGIONS needs at least one region in `consentRegions`. */
  consentMode?: InputMaybe<ConsentMode>;
  /** Replaces the region codes that require consent (at most 100). */
  consentRegions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Turn first-party analytics on or off. */
  firstPartyAnalytics?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days raw events are kept, 1–730. */
  retentionDays?: InputMaybe<Scalars['Int']['input']>;
};

/** The visitor's consent choice, from the `wh_consent` cookie. */
export type VisitorConsent =
  /** The visitor rejected analytics storage. */
  | 'DENIED'
  /** The visitor accepted analytics storage. */
  | 'GRANTED'
  /** The visitor has not chosen yet. */
  | 'UNKNOWN';

/** What the gateway saw of the visitor. Omitted fields mean no signal. */
export type VisitorSignals = {
  /** The visitor's consent choice. */
  consent?: InputMaybe<VisitorConsent>;
  /** Global Privacy Control (`Sec-GPC: 1`): no tracker at all. */
  gpc?: InputMaybe<Scalars['Boolean']['input']>;
  /** The visitor opted out of analytics (`wh_optout` cookie): no tracker at all. */
  optOut?: InputMaybe<Scalars['Boolean']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnalyticsBreakdown: ResolverTypeWrapper<AnalyticsBreakdown>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnalyticsDashboard: ResolverTypeWrapper<DashboardModel>;
  AnalyticsDeletion: ResolverTypeWrapper<AnalyticsDeletion>;
  AnalyticsExport: ResolverTypeWrapper<AnalyticsExportModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnalyticsExportStatus: AnalyticsExportStatus;
  AnalyticsGranularity: AnalyticsGranularity;
  AnalyticsLive: ResolverTypeWrapper<LiveCountModel>;
  AnalyticsPoint: ResolverTypeWrapper<SeriesPointModel>;
  AnalyticsPolicy: ResolverTypeWrapper<AnalyticsPolicyModel>;
  AnalyticsRangeInput: AnalyticsRangeInput;
  AnalyticsRevenue: ResolverTypeWrapper<DayRevenueModel>;
  AnalyticsSettings: ResolverTypeWrapper<AnalyticsSettingsModel>;
  AnalyticsTotals: ResolverTypeWrapper<AnalyticsTotals>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ConsentBanner: ResolverTypeWrapper<BannerTextsModel>;
  ConsentBannerInput: ConsentBannerInput;
  ConsentMode: ConsentMode;
  ConsentState: ResolverTypeWrapper<ConsentState>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PrivacyDraft: ResolverTypeWrapper<PrivacyDraftModel>;
  PrivacyDraftInput: PrivacyDraftInput;
  PrivacySettings: ResolverTypeWrapper<PrivacySettingsModel>;
  PrivacyVersion: ResolverTypeWrapper<PrivacyVersionModel>;
  PrivacyVersionConnection: ResolverTypeWrapper<Omit<PrivacyVersionConnection, 'edges'> & { edges: Array<ResolversTypes['PrivacyVersionEdge']> }>;
  PrivacyVersionEdge: ResolverTypeWrapper<Omit<PrivacyVersionEdge, 'node'> & { node: ResolversTypes['PrivacyVersion'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateAnalyticsSettingsInput: UpdateAnalyticsSettingsInput;
  VisitorConsent: VisitorConsent;
  VisitorSignals: VisitorSignals;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnalyticsBreakdown: AnalyticsBreakdown;
  Int: Scalars['Int']['output'];
  AnalyticsDashboard: DashboardModel;
  AnalyticsDeletion: AnalyticsDeletion;
  AnalyticsExport: AnalyticsExportModel;
  ID: Scalars['ID']['output'];
  AnalyticsLive: LiveCountModel;
  AnalyticsPoint: SeriesPointModel;
  AnalyticsPolicy: AnalyticsPolicyModel;
  AnalyticsRangeInput: AnalyticsRangeInput;
  AnalyticsRevenue: DayRevenueModel;
  AnalyticsSettings: AnalyticsSettingsModel;
  AnalyticsTotals: AnalyticsTotals;
  Float: Scalars['Float']['output'];
  ConsentBanner: BannerTextsModel;
  ConsentBannerInput: ConsentBannerInput;
  ConsentState: ConsentState;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PrivacyDraft: PrivacyDraftModel;
  PrivacyDraftInput: PrivacyDraftInput;
  PrivacySettings: PrivacySettingsModel;
  PrivacyVersion: PrivacyVersionModel;
  PrivacyVersionConnection: Omit<PrivacyVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PrivacyVersionEdge']> };
  PrivacyVersionEdge: Omit<PrivacyVersionEdge, 'node'> & { node: ResolversParentTypes['PrivacyVersion'] };
  Query: Record<PropertyKey, never>;
  UpdateAnalyticsSettingsInput: UpdateAnalyticsSettingsInput;
  VisitorSignals: VisitorSignals;
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

export type AnalyticsBreakdownResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsBreakdown'] = ResolversParentTypes['AnalyticsBreakdown']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageViews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsDashboardResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsDashboard'] = ResolversParentTypes['AnalyticsDashboard']> = ResolversObject<{
  campaigns?: Resolver<Array<ResolversTypes['AnalyticsBreakdown']>, ParentType, ContextType>;
  devices?: Resolver<Array<ResolversTypes['AnalyticsBreakdown']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['AnalyticsGranularity'], ParentType, ContextType>;
  referrers?: Resolver<Array<ResolversTypes['AnalyticsBreakdown']>, ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['AnalyticsRevenue']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['AnalyticsPoint']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['AnalyticsBreakdown']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topPages?: Resolver<Array<ResolversTypes['AnalyticsBreakdown']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['AnalyticsTotals'], ParentType, ContextType>;
}>;

export type AnalyticsDeletionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsDeletion'] = ResolversParentTypes['AnalyticsDeletion']> = ResolversObject<{
  aggregates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsExportResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsExport'] = ResolversParentTypes['AnalyticsExport']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['AnalyticsGranularity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AnalyticsExportStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnalyticsLiveResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsLive'] = ResolversParentTypes['AnalyticsLive']> = ResolversObject<{
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageViews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsPoint'] = ResolversParentTypes['AnalyticsPoint']> = ResolversObject<{
  addToCart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkouts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  convertedVisitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageViews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purchases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsPolicyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsPolicy'] = ResolversParentTypes['AnalyticsPolicy']> = ResolversObject<{
  banner?: Resolver<Maybe<ResolversTypes['ConsentBanner']>, ParentType, ContextType>;
  clarityProjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectEvents?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consentRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consentState?: Resolver<ResolversTypes['ConsentState'], ParentType, ContextType>;
  injectClarity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showBanner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AnalyticsRevenueResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsRevenue'] = ResolversParentTypes['AnalyticsRevenue']> = ResolversObject<{
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purchases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsSettingsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsSettings'] = ResolversParentTypes['AnalyticsSettings']> = ResolversObject<{
  clarityEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  clarityProjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consentBanners?: Resolver<Array<ResolversTypes['ConsentBanner']>, ParentType, ContextType>;
  consentMode?: Resolver<ResolversTypes['ConsentMode'], ParentType, ContextType>;
  consentRegions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstPartyAnalytics?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retentionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnalyticsTotalsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsTotals'] = ResolversParentTypes['AnalyticsTotals']> = ResolversObject<{
  addToCart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkouts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  convertedVisitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageViews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purchases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsentBannerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentBanner'] = ResolversParentTypes['ConsentBanner']> = ResolversObject<{
  acceptLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentStateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentState'] = ResolversParentTypes['ConsentState']> = ResolversObject<{
  adStorage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  analyticsStorage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteAnalyticsData?: Resolver<ResolversTypes['AnalyticsDeletion'], ParentType, ContextType>;
  discardPrivacyDraft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationDiscardPrivacyDraftArgs>>;
  publishPrivacyDraft?: Resolver<ResolversTypes['PrivacyVersion'], ParentType, ContextType, Partial<MutationPublishPrivacyDraftArgs>>;
  requestAnalyticsExport?: Resolver<ResolversTypes['AnalyticsExport'], ParentType, ContextType, RequireFields<MutationRequestAnalyticsExportArgs, 'range'>>;
  rollBackPrivacy?: Resolver<ResolversTypes['PrivacyVersion'], ParentType, ContextType, RequireFields<MutationRollBackPrivacyArgs, 'version'>>;
  savePrivacyDraft?: Resolver<ResolversTypes['PrivacyDraft'], ParentType, ContextType, RequireFields<MutationSavePrivacyDraftArgs, 'input'>>;
  updateAnalyticsSettings?: Resolver<ResolversTypes['AnalyticsSettings'], ParentType, ContextType, RequireFields<MutationUpdateAnalyticsSettingsArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PrivacyDraftResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PrivacyDraft'] = ResolversParentTypes['PrivacyDraft']> = ResolversObject<{
  settings?: Resolver<ResolversTypes['PrivacySettings'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PrivacySettingsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PrivacySettings'] = ResolversParentTypes['PrivacySettings']> = ResolversObject<{
  clarityEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  clarityProjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consentBanners?: Resolver<Array<ResolversTypes['ConsentBanner']>, ParentType, ContextType>;
  consentMode?: Resolver<ResolversTypes['ConsentMode'], ParentType, ContextType>;
  consentRegions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstPartyAnalytics?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PrivacyVersionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PrivacyVersion'] = ResolversParentTypes['PrivacyVersion']> = ResolversObject<{
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  restoredFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['PrivacySettings'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PrivacyVersionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PrivacyVersionConnection'] = ResolversParentTypes['PrivacyVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PrivacyVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PrivacyVersionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PrivacyVersionEdge'] = ResolversParentTypes['PrivacyVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PrivacyVersion'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  analyticsDashboard?: Resolver<ResolversTypes['AnalyticsDashboard'], ParentType, ContextType, RequireFields<QueryAnalyticsDashboardArgs, 'range'>>;
  analyticsExport?: Resolver<ResolversTypes['AnalyticsExport'], ParentType, ContextType, RequireFields<QueryAnalyticsExportArgs, 'id'>>;
  analyticsLive?: Resolver<ResolversTypes['AnalyticsLive'], ParentType, ContextType>;
  analyticsPolicy?: Resolver<ResolversTypes['AnalyticsPolicy'], ParentType, ContextType, RequireFields<QueryAnalyticsPolicyArgs, 'draft'>>;
  analyticsSettings?: Resolver<ResolversTypes['AnalyticsSettings'], ParentType, ContextType>;
  privacyDraft?: Resolver<Maybe<ResolversTypes['PrivacyDraft']>, ParentType, ContextType>;
  privacyVersions?: Resolver<ResolversTypes['PrivacyVersionConnection'], ParentType, ContextType, RequireFields<QueryPrivacyVersionsArgs, 'first'>>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AnalyticsBreakdown?: AnalyticsBreakdownResolvers<ContextType>;
  AnalyticsDashboard?: AnalyticsDashboardResolvers<ContextType>;
  AnalyticsDeletion?: AnalyticsDeletionResolvers<ContextType>;
  AnalyticsExport?: AnalyticsExportResolvers<ContextType>;
  AnalyticsLive?: AnalyticsLiveResolvers<ContextType>;
  AnalyticsPoint?: AnalyticsPointResolvers<ContextType>;
  AnalyticsPolicy?: AnalyticsPolicyResolvers<ContextType>;
  AnalyticsRevenue?: AnalyticsRevenueResolvers<ContextType>;
  AnalyticsSettings?: AnalyticsSettingsResolvers<ContextType>;
  AnalyticsTotals?: AnalyticsTotalsResolvers<ContextType>;
  ConsentBanner?: ConsentBannerResolvers<ContextType>;
  ConsentState?: ConsentStateResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PrivacyDraft?: PrivacyDraftResolvers<ContextType>;
  PrivacySettings?: PrivacySettingsResolvers<ContextType>;
  PrivacyVersion?: PrivacyVersionResolvers<ContextType>;
  PrivacyVersionConnection?: PrivacyVersionConnectionResolvers<ContextType>;
  PrivacyVersionEdge?: PrivacyVersionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
