import type { Config } from '../../core/config.js';
import { internalContext } from '../../core/context.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { createEventBus } from '../../core/events.js';
import type { JobQueue } from '../../core/jobs.js';
import { logger } from '../../core/logger.js';
import { parseKeyring } from '../../core/secrets.js';
import { loadTypeDefs, mergeResolvers, startSubgraph } from '../../core/subgraph.js';
import { authTenantLookup, type TenantLookup } from '../../core/tenant-lookup.js';
import {
  cmsContentEntities,
  cmsEntities,
  cmsLifecycleEntities,
  cmsOnboardingEntities,
  cmsPageTypeEntities,
  cmsSiteDomainEntities,
  cmsSiteLayoutEntities,
  cmsThemeEntities,
  cmsTranslationEntities,
} from './entities/index.js';
import { Migration20261126000100_init } from './migrations/Migration20261126000100_init.js';
import { Migration20261126050000_tokens } from './migrations/Migration20261126050000_tokens.js';
import { Migration20261126060000_templates } from './migrations/Migration20261126060000_templates.js';
import { Migration20261126070000_lifecycle } from './migrations/Migration20261126070000_lifecycle.js';
import { Migration20261126083000_site_indexing } from './migrations/Migration20261126083000_site_indexing.js';
import { Migration20261126140000_translations } from './migrations/Migration20261126140000_translations.js';
import { Migration20261126160000_site_domains } from './migrations/Migration20261126160000_site_domains.js';
import { Migration20261207200000_search } from './migrations/Migration20261207200000_search.js';
import { Migration20261207204700_page_type_templates } from './migrations/Migration20261207204700_page_type_templates.js';
import { Migration20261207210000_site_layout } from './migrations/Migration20261207210000_site_layout.js';
import { Migration20261207220000_site_favicon } from './migrations/Migration20261207220000_site_favicon.js';
import { Migration20261207230000_page_trash } from './migrations/Migration20261207230000_page_trash.js';
import { Migration20261207235000_content } from './migrations/Migration20261207235000_content.js';
import { Migration20261208020000_onboarding } from './migrations/Migration20261208020000_onboarding.js';
import { Migration20261208020000_theme_drafts } from './migrations/Migration20261208020000_theme_drafts.js';
import { cmsPermissions } from './permissions.js';
import {
  cmsResolvers,
  contentResolvers,
  lifecycleResolvers,
  onboardingResolvers,
  pageTypeResolvers,
  siteDomainResolvers,
  siteFaviconResolvers,
  siteIndexingResolvers,
  siteLayoutResolvers,
  templateResolvers,
  themeResolvers,
  translationResolvers,
  trashResolvers,
} from './resolvers/index.js';
import { ContentService } from './services/content.js';
import { NavigationService } from './services/navigation.js';
import { OnboardingService } from './services/onboarding.js';
import { createDocumentRenderer } from './services/page-renderer.js';
import { PageService } from './services/page-service.js';
import { PageTypeService } from './services/page-types.js';
import { PageLifecycle, PublishingService } from './services/publishing.js';
import { createReferenceChecker, PageReferenceGuard, type ReferenceChecker } from './services/references.js';
import { TenantRenderCache } from './services/render-cache.js';
import { createVerifiedHostsSource, SiteDomainService } from './services/site-domains.js';
import { SiteFaviconService } from './services/site-favicon.js';
import { SiteIndexingService } from './services/site-indexing.js';
import { SiteLayoutService } from './services/site-layout.js';
import { StorefrontDocumentService } from './services/storefront-document.js';
import { createSupergraphClient } from './services/supergraph-client.js';
import { TemplateService } from './services/template-service.js';
import { ThemeDraftService } from './services/theme-drafts.js';
import { TokenService } from './services/token-service.js';
import { TranslationService } from './services/translations.js';
import { TrashService } from './services/trash.js';
import { VersionService } from './services/versions.js';
import { WebhookService } from './services/webhooks.js';

export const cmsTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const cmsMigrations = [
  { name: 'Migration20261126000100_init', class: Migration20261126000100_init },
  { name: 'Migration20261126050000_tokens', class: Migration20261126050000_tokens },
  { name: 'Migration20261126060000_templates', class: Migration20261126060000_templates },
  { name: 'Migration20261126070000_lifecycle', class: Migration20261126070000_lifecycle },
  { name: 'Migration20261126083000_site_indexing', class: Migration20261126083000_site_indexing },
  { name: 'Migration20261126140000_translations', class: Migration20261126140000_translations },
  { name: 'Migration20261126160000_site_domains', class: Migration20261126160000_site_domains },
  { name: 'Migration20261207200000_search', class: Migration20261207200000_search },
  { name: 'Migration20261207204700_page_type_templates', class: Migration20261207204700_page_type_templates },
  { name: 'Migration20261207210000_site_layout', class: Migration20261207210000_site_layout },
  { name: 'Migration20261207220000_site_favicon', class: Migration20261207220000_site_favicon },
  { name: 'Migration20261207230000_page_trash', class: Migration20261207230000_page_trash },
  { name: 'Migration20261207235000_content', class: Migration20261207235000_content },
  { name: 'Migration20261208020000_onboarding', class: Migration20261208020000_onboarding },
  { name: 'Migration20261208020000_theme_drafts', class: Migration20261208020000_theme_drafts },
];

/** Every entity the cms registers (its module declares the same list). */
export const cmsAllEntities = [
  ...cmsEntities,
  ...cmsLifecycleEntities,
  ...cmsTranslationEntities,
  ...cmsSiteDomainEntities,
  ...cmsPageTypeEntities,
  ...cmsSiteLayoutEntities,
  ...cmsContentEntities,
  ...cmsOnboardingEntities,
  ...cmsThemeEntities,
];

export function openCmsDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, { schema: 'cms', entities: cmsAllEntities, migrations: cmsMigrations });
}

/**
 * The page services, each built with its collaborators, the same way in the subgraph and the
 * worker process: pages with their lifecycle (versions, redirects, schedules, the `pages-changed`
 * event every gateway purges its page cache on, webhooks) and translations (the request locale's
 * published one; sitemap hreflang alternates from the tenant's regions, read through the gateway
 * as the `internal` actor `cms`).
 */
export function createPageServices(
  config: Config,
  db: SubgraphDb,
  jobs: Pick<JobQueue, 'enqueue'>,
  opts: {
    gatewayInternalUrl: () => string;
    /** The tenant's plan, for the site and page limits; null: no site or page is created. */
    tenants: TenantLookup | null;
    /** Whether a page's product and asset ids are the tenant's own; null: no page referring to any is saved. */
    references: ReferenceChecker | null;
  },
) {
  const events = createEventBus(config, 'cms');
  const webhooks = new WebhookService(
    db,
    jobs,
    parseKeyring(config.secretsKeys),
    config.NODE_ENV === 'test' || config.WEBHOOKS_ALLOW_PRIVATE,
    config.WEBHOOKS_ALLOWED_PORTS,
  );
  // What uncached storefront renders read from the cms; every purge drops the tenant here first.
  const renderCache = new TenantRenderCache();
  const lifecycle = new PageLifecycle(
    events,
    webhooks,
    () => new Date(),
    (tenantId) => renderCache.forget(tenantId),
  );
  const supergraph = createSupergraphClient(config, opts.gatewayInternalUrl);
  const references = new PageReferenceGuard(db, opts.references);
  const translations = new TranslationService(
    db,
    jobs,
    (tenantId) => lifecycle.purge(tenantId),
    config.publicUrl,
    async (tenantId) => (await supergraph.renderData(internalContext('cms', tenantId))).regions,
    references,
  );
  const pages = new PageService(db, jobs, { lifecycle, translations, tenants: opts.tenants, references });
  const navigation = new NavigationService(db, (tenantId) => lifecycle.purge(tenantId));
  return {
    events,
    webhooks,
    lifecycle,
    renderCache,
    supergraph,
    translations,
    pages,
    publishing: new PublishingService(db, pages, jobs, lifecycle, config),
    trash: new TrashService(db, jobs, lifecycle, opts.tenants),
    versions: new VersionService(db, pages),
    navigation,
    onboarding: new OnboardingService(db, jobs, pages, navigation),
    layouts: new SiteLayoutService(
      db,
      (tenantId) => lifecycle.purge(tenantId),
      async (ctx, slugs) =>
        (await supergraph.renderData(ctx, { productIds: [], assetIds: [], ...slugs })).catalogue,
    ),
  };
}

/**
 * The services the cms jobs run on, for the worker process: the database (migrated by the
 * subgraph) and the page services (sitemaps, scheduled publishes, webhook deliveries, starter sites).
 */
export async function openCmsServices(config: Config, jobs: Pick<JobQueue, 'enqueue'>) {
  const db = await openCmsDb(config);
  const { events, pages, publishing, webhooks, onboarding } = createPageServices(config, db, jobs, {
    gatewayInternalUrl: () => config.gatewayInternalUrl,
    // The starter-site job creates a site and pages within the tenant's plan.
    tenants: authTenantLookup(config, 'cms'),
    references: null,
  });
  return {
    db,
    pages,
    publishing,
    webhooks,
    onboarding,
    async close() {
      await events.close();
      await db.close();
    },
  };
}

/** Opens the database, migrates, and serves the cms subgraph. */
export async function startCmsSubgraph(
  config: Config,
  jobs: Pick<JobQueue, 'enqueue'>,
  opts: {
    port?: number;
    migrate?: boolean;
    /** The gateway's internal GraphQL URL, read per render (embedded stacks learn it after start). */
    gatewayInternalUrl?: () => string;
    /** The tenant's plan, for the site and page limits; defaults to auth's internal tenant directory. */
    tenants?: TenantLookup;
    /** Whether a page's product and asset ids are the tenant's own; defaults to asking the gateway. */
    references?: ReferenceChecker;
  } = {},
) {
  const db = await openCmsDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  const gatewayUrl = opts.gatewayInternalUrl ?? (() => config.gatewayInternalUrl);
  const references = opts.references ?? createReferenceChecker(config, gatewayUrl);
  const {
    events,
    webhooks,
    lifecycle,
    renderCache,
    supergraph,
    translations,
    pages,
    publishing,
    versions,
    navigation,
    layouts,
    trash,
    onboarding,
  } = createPageServices(config, db, jobs, {
    gatewayInternalUrl: gatewayUrl,
    tenants: opts.tenants ?? authTenantLookup(config, 'cms'),
    references,
  });
  const tokens = new TokenService(db);
  const templates = new TemplateService(db, pages, tokens);
  const themes = new ThemeDraftService(db, tokens);
  // Token writes clear every replica's resolved-token cache and purge gateways' cached pages.
  await tokens.listen(events);
  const indexing = new SiteIndexingService(db, config.publicUrl, (tenantId) => lifecycle.purge(tenantId));
  // Sites and domains: assignment checks the tenant's verified hosts with auth (via the gateway).
  const siteDomains = new SiteDomainService(
    db,
    createVerifiedHostsSource(config, gatewayUrl),
    jobs,
    (tenantId) => lifecycle.purge(tenantId),
  );
  const favicons = new SiteFaviconService(db, references, (tenantId) => lifecycle.purge(tenantId));
  // A domain removed in auth (`tenant-changed`) stops being mapped to a site; regions or domains may
  // have changed, so the sitemaps (base URLs, hreflang) are rebuilt.
  const unsubscribeTenantChanged = await events.subscribe('tenant-changed', (tenantId) => {
    siteDomains
      .reconcile(tenantId)
      .then(() => pages.regenerateSitemaps(tenantId))
      .catch((err: unknown) => {
        logger().warn({ err, tenantId }, 'site domains or sitemaps could not be refreshed');
      });
  });
  const pageTypes = new PageTypeService(db, (tenantId) => lifecycle.purge(tenantId));
  const collections = new ContentService(db, references);
  // Other replicas' writes drop this replica's copies too.
  const unlistenRenderCache = await renderCache.listen(events);
  const documents = new StorefrontDocumentService(
    db,
    pages,
    pageTypes,
    navigation,
    createDocumentRenderer(
      tokens,
      supergraph,
      (page, ctx, regions) => translations.alternates(ctx, page, regions),
      (ctx, siteId, content) =>
        renderCache.get(ctx.tenantId!, `layout|${siteId}|${renderCache.keyOf(content)}`, () =>
          layouts.pageLayout(ctx, siteId, content),
        ),
      (ctx, siteId) => renderCache.get(ctx.tenantId!, `site|${siteId}`, () => pages.siteById(ctx, siteId)),
    ),
    renderCache,
    config.STRIPE_JS_URL,
  );
  const service = await startSubgraph({
    name: 'cms',
    config,
    typeDefs: cmsTypeDefs,
    resolvers: mergeResolvers(
      cmsResolvers(pages, tokens, supergraph, translations, layouts),
      lifecycleResolvers({ versions, publishing, navigation, webhooks }),
      templateResolvers(templates),
      translationResolvers(translations, supergraph),
      siteIndexingResolvers(indexing),
      siteDomainResolvers(siteDomains),
      pageTypeResolvers(pageTypes, documents),
      siteLayoutResolvers(layouts),
      siteFaviconResolvers(favicons),
      trashResolvers(trash),
      contentResolvers(collections),
      onboardingResolvers(onboarding),
      themeResolvers(themes, publishing),
    ),
    permissions: cmsPermissions,
    port: opts.port ?? config.CMS_PORT,
    readiness: { database: () => pingDb(db) },
    onClose: async () => {
      unsubscribeTenantChanged();
      unlistenRenderCache();
      await events.close();
      await db.close();
    },
  });
  return {
    ...service,
    pages,
    tokens,
    themes,
    indexing,
    db,
    publishing,
    versions,
    navigation,
    layouts,
    trash,
    webhooks,
    templates,
    translations,
    siteDomains,
    pageTypes,
    documents,
    content: collections,
    onboarding,
  };
}
