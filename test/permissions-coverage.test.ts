/**
 * The schema-wide permission audit: every root field of the public graph has a declared
 * requirement in the permission map of the subgraph that owns it, and what is reachable without a
 * tenant permission is an explicit, reviewed list.
 *
 * How tenant-private data stays behind a declared rule:
 * 1. Root fields (Query/Mutation): `guardResolvers` refuses to start a subgraph with an undeclared
 *    root field; this test proves the same statically for every field of `schema/api-schema.graphql`
 *    and lists the `public` and `account` ones, so making a field public is a visible diff here.
 * 2. Non-root fields are reachable only from a root field or from federation's `_entities`:
 *    - From roots: the types reachable from public/account roots are listed below
 *      (`REACHABLE_WITHOUT_TENANT_PERMISSION`); each of them is either public by design (a
 *      published page) or scoped by its resolver to the caller (Viewer, their own memberships).
 *      Every other type is reachable only through a root that declares a tenant permission.
 *    - From `_entities`: every `@key` entity type is listed in `ENTITY_GUARDS` with how its
 *      `__resolveReference` scopes the lookup (the subgraph tests prove each with a foreign tenant).
 *      A new entity type fails this test until someone writes down its guard.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { SERVICE_NAMES, type ServiceName } from '../core/config.js';
import type { PermissionMap } from '../core/permissions.js';
import { rootFieldsOf } from '../core/subgraph.js';

const sdlOf = (name: ServiceName): DocumentNode =>
  parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8'));

async function permissionMapOf(name: ServiceName): Promise<PermissionMap> {
  const module = (await import(`../subgraphs/${name}/permissions.ts`)) as Record<string, unknown>;
  const maps = Object.entries(module).filter(([key]) => key.endsWith('Permissions'));
  expect(maps, `subgraphs/${name}/permissions.ts exports one *Permissions map`).toHaveLength(1);
  return maps[0]![1] as PermissionMap;
}

/** Every root field anyone may call without a tenant permission. Changing this list is a security review. */
const EXPECTED_PUBLIC = [
  // Storefront reads: the tenant comes from the host or `x-tenant`; only published/active rows.
  'Query.page',
  // The storefront's rendering entry: published pages, page-type templates bound to active products
  // and collections, the 404 template (ADR 0047); the same data `page`, `product` and `collection` show.
  'Query.storefrontDocument',
  // Where a moved published page lives now, and a site's navigation menus, listed or one by handle (published content).
  'Query.redirect',
  'Query.menus',
  'Query.menu',
  // A site's layout (header and footer section groups): what every one of its published pages shows.
  'Query.siteLayout',
  // A site's crawler settings: what its public robots.txt says anyway (gateway /robots.txt).
  'Query.siteIndexing',
  // The HMAC-signed, expiring, tenant-bound preview token is the credential (checked in the cms).
  'Query.previewPage',
  'Query.templates',
  'Query.products',
  'Query.productsByIds',
  // The same visible products, and the collections, by slug (the cms checks a page's links with them).
  'Query.productsBySlugs',
  'Query.collectionsBySlugs',
  'Query.product',
  'Query.collections',
  'Query.collection',
  // Full-text search over what visitors see: active products, published pages (search.test.ts in each).
  'Query.searchProducts',
  'Query.searchPages',
  // Published entries of the request tenant's content types; drafts need content:read (content.test.ts).
  'Query.entries',
  'Query.entry',
  // The unguessable order access token from checkout is the credential; status only (commerce).
  'Query.openCart',
  'Query.orderByToken',
  // Visitor carts and checkout: the unguessable cart token / order token is the credential;
  // a token of another tenant is not found (commerce carts.test.ts).
  'Query.cart',
  'Query.checkoutPayment',
  'Mutation.createCart',
  'Mutation.addCartLine',
  'Mutation.updateCartLine',
  'Mutation.removeCartLine',
  'Mutation.applyDiscountCode',
  'Mutation.removeDiscountCode',
  'Mutation.selectShippingRate',
  'Mutation.checkout',
  'Query.designTokens',
  'Query.tenant',
  // Null for anonymous callers; otherwise only the caller's own data.
  'Query.me',
  // Signing up and in, and the account flows that start from an emailed secret.
  'Query.signInProviders',
  // The platform's plans with prices and limits (config/plans.json): the same for every caller.
  'Query.plans',
  // Deprecated: refused for everyone alike (REGISTER_REPLACED).
  'Mutation.register',
  'Mutation.signUp',
  'Mutation.completeSignUp',
  'Mutation.login',
  'Mutation.completeMfa',
  'Mutation.exchangeSignInCode',
  'Mutation.refreshSession',
  'Mutation.verifyEmail',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  'Mutation.confirmEmailChange',
].sort();

/** Root fields any signed-in account may call without a tenant (account-level operations). */
const EXPECTED_ACCOUNT = [
  'Mutation.acceptInvitation',
  'Mutation.createTenant',
  'Mutation.switchTenant',
  'Mutation.changePassword',
  'Mutation.requestEmailChange',
  'Mutation.resendVerificationEmail',
  'Mutation.enableTotp',
  'Mutation.confirmTotp',
  'Mutation.disableTotp',
  'Mutation.logout',
  'Mutation.logoutEverywhere',
  'Mutation.revokeSession',
  // Platform-admin operations: 'account' at the map, refused in the service unless the token says `pa`.
  'Mutation.suspendTenant',
  'Mutation.reactivateTenant',
  'Mutation.rotateSigningKey',
  'Query.platformTenants',
].sort();

/**
 * Object types reachable from public/account roots, and why that is fine. Anything else is only
 * reachable from roots that declare a tenant permission (or from `_entities`, below).
 */
const REACHABLE_WITHOUT_TENANT_PERMISSION: Record<string, string> = {
  AuthPayload: 'the token just issued to the caller',
  LoginPayload: 'the token (or MFA challenge) just issued to the caller',
  Viewer: "the caller's own account (me)",
  User: 'self, or co-members of the request tenant (visibleUser)',
  Tenant: 'only the request tenant or a tenant the caller belongs to (tenantById / memberships)',
  Membership: "the caller's own memberships (Viewer.memberships)",
  MembershipConnection: "the caller's own memberships",
  MembershipEdge: "the caller's own memberships",
  Session: "the caller's own sessions",
  SessionConnection: "the caller's own sessions",
  SessionEdge: "the caller's own sessions",
  Page: 'published pages of the request tenant; drafts need content:read (pageReference)',
  PageConnection: 'published pages of a site',
  PageEdge: 'published pages of a site',
  PageInfo: 'pagination only',
  PageVersion: 'reachable from Page.versions, which needs content:read on the site (VersionService)',
  PageVersionConnection: 'Page.versions: needs content:read on the site',
  PageVersionEdge: 'Page.versions: needs content:read on the site',
  PageTranslation: 'published translations of published pages; drafts need content:read (TranslationService)',
  PageCanvas:
    'the stylesheet and rendered section groups of a page readable as Page is (what Page.html shows visitors)',
  PageAlternate: "hreflang URLs of a published page, built from the request tenant's regions",
  Redirect: "old paths of the request tenant's published pages",
  StorefrontDocument: 'a rendered published page or page type of the request tenant (storefrontDocument)',
  Entry: "published entries of the request tenant's content types; drafts need content:read (ContentService)",
  EntryConnection: "published entries of one of the request tenant's content types",
  EntryEdge: "published entries of one of the request tenant's content types",
  ContentType: "the model of a published entry's type (Entry.contentType): field keys its values show anyway",
  ContentField:
    "the model of a published entry's type (Entry.contentType): field keys its values show anyway",
  Menu: "the request tenant's navigation menus (published site content)",
  MenuItem: "the request tenant's navigation menus (published site content)",
  MenuConnection: "the request tenant's navigation menus",
  MenuEdge: "the request tenant's navigation menus",
  MenuLink: "a menu item's link by reference (published site content)",
  SiteLayout: "the request tenant's site layout: the header and footer every published page shows",
  SectionGroup: "the request tenant's site layout: the header and footer every published page shows",
  Site: 'the site of a published page',
  SiteIndexing: "a site's crawler settings, what its public robots.txt says (request tenant)",
  SiteDomain: "a site's custom domains: hosts that publicly serve it anyway (request tenant)",
  Product: 'active products of the request tenant; drafts need catalog:read',
  Asset: 'Product.images: empty unless the caller may read assets (assets:read, or an internal renderer)',
  AssetVariant: 'only through Asset (Product.images needs assets:read)',
  AssetUsage: 'only through Asset (Product.images needs assets:read)',
  FocalPoint: 'only through Asset (Product.images needs assets:read)',
  Money: 'a product price',
  Plan: "the platform's plans from config/plans.json, the same for every caller (no tenant data)",
  PlanPrice: "a plan's list price from config/plans.json",
  PlanLimits: "a plan's limits from config/plans.json",
  DesignTokens: "the request tenant's resolved design tokens (public CSS variables)",
  DesignToken: "the request tenant's resolved design tokens (public CSS variables)",
  Template: 'the shipped page templates (static files) and their tokens under the request tenant',
  ProductConnection: 'active products of the request tenant',
  ProductEdge: 'active products of the request tenant',
  Variant: "variants of the request tenant's active products; drafts need catalog:write (variantReference)",
  VariantPrice: 'a variant price',
  PriceRange: 'a product price range',
  ProductOption: 'a product option',
  Seo: "a product's search-engine title and description",
  Collection: "the request tenant's collections (storefront navigation); their products: active only",
  CollectionConnection: "the request tenant's collections",
  CollectionEdge: "the request tenant's collections",
  StockLevel: 'Variant.stock refuses callers without catalog:read (resolver), so visitors get FORBIDDEN',
  Location: 'only through StockLevel (catalog:read) or Query.locations (catalog:read)',
  OrderStatusView: "a visitor's own order by its checkout access token: number, status, tracking only",
  Tracking: "an order's shipment tracking (OrderStatusView, or Order with orders:read)",
  Cart: "a visitor's own cart by its unguessable cart token (request tenant; another tenant's: NOT_FOUND)",
  CartLine: "a line of the visitor's own cart: catalog facts of active variants and server-computed amounts",
  CartTax: "the tax of the visitor's own cart (the region's rate and mode, the amount)",
  CartSession: "a new cart's token, returned once to the visitor who opened it",
  ShippingOption: "the region's shipping rates as priced for the visitor's own cart",
  CheckoutResult: "the visitor's own new order: its token (once), status view and payment",
  CheckoutPayment:
    "the client secret of the visitor's own pending order, by its order token (what Stripe's Payment Element needs)",
  SignInProvider: 'the configured social sign-in providers (names only)',
  TotpActivation: "the caller's own two-factor enrolment",
  TotpEnrollment: "the caller's own two-factor enrolment",
  SigningKeyRotation: 'platform admins only (checked in the service: `pa` claim)',
  TenantConnection: 'platform admins only (platformTenants, checked in the service)',
  TenantEdge: 'platform admins only (platformTenants, checked in the service)',
};

/** `@key` entity types and how their `__resolveReference` scopes the lookup. */
const ENTITY_GUARDS: Record<string, string> = {
  Tenant: 'auth tenantById: only the request tenant (or internal callers)',
  User: 'auth visibleUser: self, or members of the request tenant',
  Site: 'cms siteById: withTenant on the request tenant',
  Page: 'cms pageReference: request tenant; the draft only with content:read',
  Product: 'commerce productReference: request tenant; inactive only with catalog:read',
  Variant: 'commerce variantReference: request tenant; only when its product is visible to the caller',
  Asset: 'assets assetReference: request tenant',
  Onboarding:
    'cms onboarding and commerce storeOnboardingFacts: only the request tenant (another id resolves to null); commerce also needs content:read',
};

const apiSchema = buildSchema(readFileSync(new URL('../schema/api-schema.graphql', import.meta.url), 'utf8'));

async function declared() {
  const owners = new Map<string, { subgraph: ServiceName; requirement: string | undefined }[]>();
  const stale: string[] = [];
  for (const name of SERVICE_NAMES) {
    const map = await permissionMapOf(name);
    const roots = rootFieldsOf(sdlOf(name));
    const own = new Set<string>();
    for (const type of ['Query', 'Mutation'] as const) {
      for (const field of roots[type]) {
        const key = `${type}.${field}`;
        own.add(key);
        owners.set(key, [...(owners.get(key) ?? []), { subgraph: name, requirement: map[key] }]);
      }
    }
    for (const key of Object.keys(map)) if (!own.has(key)) stale.push(`${name}: ${key}`);
  }
  return { owners, stale };
}

function apiRootFields(): string[] {
  const fields: string[] = [];
  for (const type of [apiSchema.getQueryType(), apiSchema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.keys(type.getFields())) fields.push(`${type.name}.${field}`);
  }
  return fields.sort();
}

/** Object types reachable from the given root fields (through fields, lists, unions, interfaces). */
function reachableFrom(rootFields: string[]): string[] {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || type.name.startsWith('__')) return;
    if (isUnionType(type)) {
      for (const member of type.getTypes()) visit(member);
      return;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    seen.add(type.name);
    if (isInterfaceType(type)) for (const impl of apiSchema.getPossibleTypes(type)) visit(impl);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  for (const root of rootFields) {
    const [typeName, fieldName] = root.split('.') as [string, string];
    const type = apiSchema.getType(typeName);
    if (isObjectType(type)) visit(getNamedType(type.getFields()[fieldName]!.type));
  }
  return [...seen].sort();
}

function entityTypes(): string[] {
  const types = new Set<string>();
  for (const name of SERVICE_NAMES) {
    for (const def of sdlOf(name).definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (def.directives?.some((d) => d.name.value === 'key')) types.add(def.name.value);
    }
  }
  return [...types].sort();
}

describe('permission coverage of the whole graph', () => {
  it('declares a requirement for every Query and Mutation field in the owning subgraph', async () => {
    const { owners, stale } = await declared();
    const missing: string[] = [];
    for (const field of apiRootFields()) {
      const owning = owners.get(field);
      if (!owning) {
        missing.push(`${field}: in api-schema.graphql but in no subgraph SDL (run npm run compose)`);
        continue;
      }
      for (const { subgraph, requirement } of owning) {
        if (!requirement) missing.push(`${field}: no entry in subgraphs/${subgraph}/permissions.ts`);
      }
    }
    expect(missing).toEqual([]);
    expect(stale, 'permission entries for fields that no longer exist').toEqual([]);
  });

  it('lists every public and every account-level root field explicitly', async () => {
    const { owners } = await declared();
    const withRequirement = (wanted: string) =>
      [...owners.entries()]
        .filter(([, declaredBy]) => declaredBy.some((d) => d.requirement === wanted))
        .map(([field]) => field)
        .sort();
    expect(withRequirement('public')).toEqual(EXPECTED_PUBLIC);
    expect(withRequirement('account')).toEqual(EXPECTED_ACCOUNT);
  });

  it('reaches only reviewed types from roots that need no tenant permission', () => {
    const open = reachableFrom([...EXPECTED_PUBLIC, ...EXPECTED_ACCOUNT]);
    expect(open).toEqual(Object.keys(REACHABLE_WITHOUT_TENANT_PERMISSION).sort());
  });

  it('names the guard of every federation entity type (reachable through _entities)', () => {
    expect(entityTypes()).toEqual(Object.keys(ENTITY_GUARDS).sort());
  });
});
