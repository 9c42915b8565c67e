import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { internalContext, type RequestContext } from '../../core/context.js';
import { InProcessJobQueue, type JobName } from '../../core/jobs.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { testConfig } from '../support/env.js';
import { nextJobEvent } from '../support/job-events.js';
import { withInitialisedPglite } from '../support/pglite-template.js';
import { demoContext } from './support.js';

const HOUR = 3_600_000;
const REPEATING: JobName[] = ['analytics.flush', 'analytics.aggregate', 'analytics.retention'];

// Embedded mode: PGlite in the data folder, in-process jobs (no DATABASE_URL, REDIS_URL or S3).
const config = testConfig({
  ANALYTICS_FLUSH_INTERVAL_MS: '100',
  ANALYTICS_AGGREGATE_INTERVAL_MS: '100',
  ANALYTICS_RETENTION_INTERVAL_MS: '1000',
});
let running: RunningStack | undefined;

afterAll(async () => {
  await running?.close();
  await rm(config.dataDir, { recursive: true, force: true });
});

function runnerOf(stack: RunningStack): InProcessJobQueue {
  if (!(stack.jobs instanceof InProcessJobQueue)) throw new Error('expected the in-process runner');
  return stack.jobs;
}

describe('embedded mode: jobs across a restart', () => {
  it("publishes a page scheduled before the restart, brings the repeatable jobs back and builds a new workspace's starter site", async () => {
    await withInitialisedPglite(config.dataDir);
    running = await startStack(config, { freePorts: true, seed: true });
    const ctx = await demoContext(running);
    const page = await running.cms.pages.savePage(ctx, {
      path: '/after-restart',
      title: 'After the restart',
      tree: { content: [{ type: 'Heading', props: { text: 'Published while we were away' } }] },
    });
    const at = new Date(Date.now() + HOUR);
    await running.cms.publishing.schedulePublish(ctx, page.id, at.toISOString(), page.version);
    const jobId = `publish-${page.id}-v${page.version}-${at.getTime()}`;
    expect((await running.jobs.depths())['page.publish'].delayed).toBe(1);
    await running.close();
    running = undefined;

    // The same data folder, two hours later by the job runner's clock: the publish is due at once.
    running = await startStack(config, { freePorts: true, jobsNow: () => Date.now() + 2 * HOUR });
    const runner = runnerOf(running);
    // startStack re-arms stored jobs as its last step; their timers fire after this listener exists.
    const published = nextJobEvent(
      runner.events,
      'completed',
      (name, id) => name === 'page.publish' && id === jobId,
    );
    const repeated = REPEATING.map((kind) =>
      nextJobEvent(runner.events, 'completed', (name) => name === kind),
    );
    await published;
    const after = await running.cms.pages.draftPage(await demoContext(running), page.id);
    expect(after).toMatchObject({ status: 'published', scheduledAt: null });
    expect(after?.scheduleNote).toBe(`Published as scheduled for ${at.toISOString()}`);

    await Promise.all(repeated);
    expect(runner.repeating().sort()).toEqual([...REPEATING, 'commerce.expire-orders'].sort());

    // A new workspace gets its starter site from the cms's job, which auth enqueued (ADR 0060);
    // the seeded demo store kept its one site.
    const demo = await demoContext(running);
    expect((await running.cms.onboarding.onboarding(demo))?.starterSite.status).toBe('skipped');
    const anonymous: RequestContext = { ...internalContext('test', null), actor: { kind: 'anonymous' } };
    const account = await running.auth.parts.auth.register(anonymous, {
      email: 'founder@example.com',
      password: 'founder-password-1',
      name: 'Founder',
    });
    const built = nextJobEvent(runner.events, 'completed', (name) => name === 'onboarding.starter-site');
    const { tenant } = await running.auth.parts.accounts.accounts.createTenant(
      { ...anonymous, actor: { kind: 'user', userId: account.user.id, role: null, platformAdmin: false } },
      { slug: 'founders-shop', name: "Founder's Shop" },
    );
    await built;
    const founder = { ...internalContext('test', tenant!.id), tenantSlug: 'founders-shop' };
    const onboarding = await running.cms.onboarding.onboarding(founder);
    expect(onboarding?.starterSite.status).toBe('ready');
    expect((await running.cms.pages.siteById(founder, onboarding!.starterSite.siteId!))?.name).toBe(
      "Founder's Shop",
    );
    expect(await running.cms.pages.sites(demo, 10, null)).toHaveLength(1);
  }, 240_000);
});
