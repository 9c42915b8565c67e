/**
 * The starter-site job, `onboarding.starter-site`: auth enqueues it when a workspace (tenant) is
 * created and the cms runs it (subgraphs/cms/jobs/starter-site.ts), so its payload is declared here,
 * where both may see it, like core/mail-job.ts. See docs/adr/0060-workspace-onboarding.md.
 */

declare module './jobs.js' {
  interface JobPayloads {
    /**
     * Builds a new workspace's starter site from the sample theme, once per tenant; `build: false`
     * records a workspace created without one (`createTenant(input: { starterSite: false })`).
     */
    'onboarding.starter-site': { tenantId: string; tenantSlug: string; businessName: string; build: boolean };
  }
}

/** The job id of a workspace's first build: a second enqueue for the same tenant is ignored. */
export const starterSiteJobId = (tenantId: string) => `starter-site-${tenantId}`;
