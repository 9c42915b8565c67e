import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for each subgraph, generated from its schema.graphql in federation mode.
 * Run `npm run codegen` after changing a schema; `schema/codegen-check.ts` fails CI when the
 * committed `__generated__` files are stale.
 */

/**
 * Federation 2 directives our subgraph schemas use. The plugin only injects the Federation 1
 * set (`@key(fields:)` without `resolvable`, no `@link`/`@shareable`) when the schema has no
 * `@key` definition, so we declare the v2 definitions ourselves; they only serve type generation.
 */
const federationDirectives = /* GraphQL */ `
  scalar _FieldSet
  directive @link(url: String!, as: String, import: [String], for: String) repeatable on SCHEMA
  directive @key(fields: _FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
  directive @shareable repeatable on OBJECT | FIELD_DEFINITION
  directive @external on OBJECT | FIELD_DEFINITION
  directive @requires(fields: _FieldSet!) on FIELD_DEFINITION
  directive @provides(fields: _FieldSet!) on FIELD_DEFINITION
`;

/** GraphQL type → the TypeScript type its resolvers really return, relative to `__generated__/`. */
const mappers: Record<string, Record<string, string>> = {
  auth: {
    Tenant: '../entities/auth.js#Tenant',
    User: '../entities/auth.js#User',
    // AuthService.myMemberships returns memberships with their tenant joined in.
    Membership: "import('../entities/auth.js').Membership & { tenant: import('../entities/auth.js').Tenant }",
    Viewer: '../services/auth-service.js#Viewer',
    Session: '../services/sessions.js#SessionView',
    ApiKey: '../entities/keys-billing.js#ApiKey',
    CreatedApiKey: '../services/api-keys.js#CreatedApiKey',
    Billing: '../services/billing.js#BillingView',
    Plan: '../../../core/plans.js#Plan',
    TenantSecret: '../entities/keys-billing.js#TenantSecret',
    Invitation: '../entities/teams.js#Invitation',
    Domain: '../entities/teams.js#Domain',
    AuditEvent: '../services/audit.js#AuditEvent',
  },
  cms: {
    Site: '../entities/cms.js#Site',
    Page: '../services/page-service.js#PageView',
    TokenOverride: '../services/token-service.js#TokenOverrideView',
    TokenDraft: '../services/theme-drafts.js#TokenDraftView',
    ThemeVersion: '../services/theme-drafts.js#ThemeVersionView',
    Template: '../services/template-service.js#TemplateView',
    PageVersion: '../entities/lifecycle.js#PageVersion',
    Menu: '../entities/lifecycle.js#Menu',
    MenuItem: '../entities/lifecycle.js#MenuItem',
    MenuLink: '../entities/lifecycle.js#MenuLink',
    SiteLayout: '../services/site-layout.js#SiteLayoutView',
    SectionGroup: '../services/site-layout.js#SectionGroupView',
    BrokenLink: '../services/site-layout.js#BrokenLink',
    WebhookEndpoint: '../entities/lifecycle.js#WebhookEndpoint',
    WebhookDelivery: '../entities/lifecycle.js#WebhookDelivery',
    PreviewLink: '../services/publishing.js#PreviewLink',
    PageTypeTemplate: '../services/page-types.js#PageTypeTemplateView',
    ContentType: '../entities/content.js#ContentType',
    ContentField: '../entities/content.js#ContentField',
    Entry: '../services/content.js#EntryView',
    Onboarding: '../services/onboarding.js#OnboardingView',
    StarterSite: '../services/onboarding.js#StarterSiteView',
  },
  commerce: {
    Onboarding: '../services/onboarding-facts.js#StoreOnboardingFacts',
    Product: '../entities/commerce.js#Product',
    Variant: '../services/catalog-service.js#VariantView',
    VariantPrice: '../entities/catalog.js#VariantPrice',
    Collection: '../entities/catalog.js#Collection',
    Location: '../entities/catalog.js#Location',
    StockLevel: '../services/inventory-service.js#StockLevel',
    CatalogJob: '../entities/catalog.js#CatalogJob',
    Order: '../entities/orders.js#Order',
    OrderTimelineEntry: '../entities/orders.js#OrderEvent',
    OrderStatusView: '../entities/orders.js#Order',
    StripeConnection: '../services/stripe-connect-service.js#StripeConnection',
  },
  analytics: {
    AnalyticsSettings: '../entities/analytics.js#AnalyticsSettings',
    PrivacySettings: '../entities/analytics.js#PrivacySettings',
    PrivacyDraft: '../entities/analytics.js#PrivacyDraft',
    PrivacyVersion: '../entities/analytics.js#PrivacyVersion',
    ConsentBanner: '../services/policy.js#BannerTexts',
    AnalyticsPolicy: '../services/policy.js#AnalyticsPolicy',
    AnalyticsDashboard: '../services/dashboard-service.js#Dashboard',
    AnalyticsPoint: '../services/dashboard-service.js#SeriesPoint',
    AnalyticsRevenue: '../services/dashboard-service.js#DayRevenue',
    AnalyticsLive: '../services/dashboard-service.js#LiveCount',
    AnalyticsExport: '../services/dashboard-service.js#AnalyticsExport',
  },
  assets: {
    Asset: '../entities/assets.js#Asset',
    AssetVariant: '../entities/assets.js#AssetVariant',
    AssetUsage: '../entities/assets.js#AssetUsage',
    UploadTicket: '../services/asset-service.js#UploadTicket',
  },
};

const generates: CodegenConfig['generates'] = {};
for (const [name, typeMappers] of Object.entries(mappers)) {
  generates[`subgraphs/${name}/__generated__/resolvers-types.ts`] = {
    schema: [`subgraphs/${name}/schema.graphql`, federationDirectives],
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      contextType: '../../../core/subgraph.js#SubgraphContext',
      mappers: typeMappers,
      // Entity types share names with GraphQL types (Tenant, Product, ...): import them as TenantModel.
      mapperTypeSuffix: 'Model',
      scalars: { JSON: 'unknown' },
      enumsAsTypes: true,
      useTypeImports: true,
      emitLegacyCommonJSImports: false,
    },
  };
}

/**
 * The editor SPA's operations, typed against the public API schema by the client preset. Each
 * feature keeps its operations beside its screens in `client/src/features/<domain>/operations.ts`
 * (the session's in `client/src/session-operations.ts`); only those files are read. Each document
 * is typed, so a schema change that breaks an operation breaks `npm run typecheck`, not the user.
 * `documentMode: 'string'` emits typed strings, so the browser bundle carries no graphql-js.
 */
generates['client/src/gql/'] = {
  schema: 'schema/api-schema.graphql',
  documents: ['client/src/**/*operations.ts'],
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: 'string',
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { JSON: 'unknown' },
    skipTypename: true,
  },
};

const config: CodegenConfig = {
  overwrite: true,
  silent: true,
  generates,
};

export default config;
