import type { Config } from '../../core/config.js';
import { defineJob, type SubgraphModule } from '../../core/module.js';
import type { Storage } from '../../core/storage.js';
import { type ScheduledPublishDeps, scheduledPublishHandler } from './jobs/publish.js';
import { sitemapHandler } from './jobs/sitemap.js';
import { starterSiteHandler } from './jobs/starter-site.js';
import { type WebhookDeliveryDeps, webhookDeliverHandler } from './jobs/webhook-deliver.js';
import './jobs/payloads.js';
import * as cmsContract from './contract.js';
import { cmsPermissions } from './permissions.js';
import type { OnboardingService } from './services/onboarding.js';
import type { PageService } from './services/page-service.js';
import { cmsAllEntities, cmsMigrations, cmsTypeDefs, openCmsServices, startCmsSubgraph } from './subgraph.js';

/** What the cms jobs run on: the same services as the API, in the subgraph or the worker process. */
export interface CmsJobParts {
  storage: Storage;
  publicUrl: string;
  /** The sitemap's pages and the site's base URL. */
  pages: Pick<PageService, 'listPublishedPages' | 'siteForJob'>;
  /** Scheduled publishes take the API's publish path: versions, cache purge events, webhooks. */
  publishing: ScheduledPublishDeps;
  webhooks: Pick<WebhookDeliveryDeps, 'target' | 'recordAttempt' | 'allowPrivate' | 'allowedPorts'>;
  /** A new workspace's starter site (auth enqueues the job when it creates the tenant). */
  onboarding: Pick<OnboardingService, 'buildStarterSite'>;
}

/** Where a site's pages live: its primary host, else its path under the platform's public URL. */
async function siteBaseUrl(parts: CmsJobParts, tenantId: string, siteId: string): Promise<string> {
  const site = await parts.pages.siteForJob(tenantId, siteId);
  if (!site) throw new Error(`site ${siteId} no longer exists`);
  return site.primaryHost ? `https://${site.primaryHost}` : `${parts.publicUrl}/s/${site.tenantSlug}`;
}

type CmsService = Awaited<ReturnType<typeof startCmsSubgraph>>;

/** Pages, sites, tokens, templates, translations, lifecycle (versions, schedules, webhooks), domains, onboarding. */
export const cmsModule: SubgraphModule<CmsService, CmsJobParts> = {
  name: 'cms',
  typeDefs: cmsTypeDefs,
  permissions: cmsPermissions,
  entities: cmsAllEntities,
  migrations: cmsMigrations,
  contract: cmsContract,
  start(config, deps) {
    if (!deps.jobs) throw new Error('the cms subgraph needs a job queue');
    return startCmsSubgraph(config, deps.jobs, {
      port: deps.port,
      gatewayInternalUrl: deps.gatewayInternalUrl,
      tenants: deps.tenants,
    });
  },
  jobs: [
    defineJob({
      name: 'sitemap.regenerate',
      handler: (parts: CmsJobParts) =>
        sitemapHandler({
          storage: parts.storage,
          listPublishedPages: (tenantId, siteId) => parts.pages.listPublishedPages(tenantId, siteId),
          siteBaseUrl: (tenantId, siteId) => siteBaseUrl(parts, tenantId, siteId),
        }),
    }),
    defineJob({
      name: 'page.publish',
      handler: (parts: CmsJobParts) => scheduledPublishHandler(parts.publishing),
    }),
    defineJob({
      name: 'webhook.deliver',
      handler: (parts: CmsJobParts) => webhookDeliverHandler(parts.webhooks),
    }),
    defineJob({
      name: 'onboarding.starter-site',
      handler: (parts: CmsJobParts) => starterSiteHandler(parts.onboarding),
    }),
  ],
  jobParts: (running, { config, storage }) => cmsJobParts(config, storage, running),
  async worker(config, { jobs, storage }) {
    // The cms subgraph owns the schema and runs its migrations; the worker only opens it.
    const services = await openCmsServices(config, jobs);
    return { parts: cmsJobParts(config, storage, services), close: services.close };
  },
};

function cmsJobParts(
  config: Config,
  storage: Storage,
  services: Pick<CmsService, 'pages' | 'publishing' | 'webhooks' | 'onboarding'>,
): CmsJobParts {
  return {
    storage,
    publicUrl: config.publicUrl,
    pages: services.pages,
    publishing: services.publishing,
    webhooks: services.webhooks,
    onboarding: services.onboarding,
  };
}
