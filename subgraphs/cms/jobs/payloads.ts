// The starter-site job's payload is declared in core (auth enqueues it): core/onboarding-job.ts.
import '../../../core/onboarding-job.js';

/** The job kinds the cms owns (handlers: subgraphs/cms/jobs/, registered by subgraphs/cms/module.ts). */
declare module '../../../core/jobs.js' {
  interface JobPayloads {
    /** Rewrites a site's sitemap files (jobs/sitemap.ts). */
    'sitemap.regenerate': { tenantId: string; siteId: string };
    /** A scheduled publish (jobs/publish.ts): publishes only if the page is still at `version`. */
    'page.publish': { tenantId: string; pageId: string; version: number; at: string };
    /** One outbound webhook delivery (jobs/webhook-deliver.ts); the row holds the body and the endpoint. */
    'webhook.deliver': { tenantId: string; deliveryId: string };
  }
}
