import { describe, expect, it } from 'vitest';
import type { EnqueueOptions, JobName, JobPayloads } from '../../core/jobs.js';
import { setUpAuthSubgraph } from '../../test/support/auth-subgraph.js';
import { userContext } from '../../test/support/env.js';

/**
 * Creating a workspace asks the cms for its starter site (ADR 0060): `createTenant` enqueues
 * `onboarding.starter-site` with the new tenant and its name, after the tenant is committed, with a
 * job id per tenant; a queue that refuses it costs the workspace nothing.
 */

const sent: { name: JobName; payload: JobPayloads[JobName]; opts?: EnqueueOptions }[] = [];
let refuse = false;

const subgraph = setUpAuthSubgraph({
  deps: {
    jobs: {
      enqueue: async (name, payload, opts) => {
        if (refuse) throw new Error('queue down');
        sent.push({ name, payload, opts });
      },
    },
  },
});

const CREATE = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id slug name } } }`;

describe('createTenant and the starter site', () => {
  it('enqueues the starter-site build for the new workspace, named after the business', async () => {
    const userId = await subgraph.fixtures.user('founder@example.com');
    const res = await subgraph.call<{ createTenant: { tenant: { id: string } } }>(
      userContext(userId, null, null),
      CREATE,
      { input: { slug: 'acme-pottery', name: 'Acme Pottery' } },
    );
    expect(res.errors).toBeUndefined();
    const tenantId = res.data.createTenant.tenant.id;
    expect(sent.filter((job) => job.name === 'onboarding.starter-site')).toEqual([
      {
        name: 'onboarding.starter-site',
        payload: { tenantId, tenantSlug: 'acme-pottery', businessName: 'Acme Pottery', build: true },
        opts: { jobId: `starter-site-${tenantId}` },
      },
    ]);
  });

  it('tells the cms when a workspace is created with starterSite: false (an import, an API client)', async () => {
    const userId = await subgraph.fixtures.user('importer@example.com');
    sent.length = 0;
    const res = await subgraph.call<{ createTenant: { tenant: { id: string } } }>(
      userContext(userId, null, null),
      CREATE,
      { input: { slug: 'imported-shop', name: 'Imported Shop', starterSite: false } },
    );
    expect(res.errors).toBeUndefined();
    expect(sent.map((job) => job.payload)).toEqual([
      {
        tenantId: res.data.createTenant.tenant.id,
        tenantSlug: 'imported-shop',
        businessName: 'Imported Shop',
        build: false,
      },
    ]);
  });

  it('still creates the workspace when the queue refuses the build (the editor offers it again)', async () => {
    const userId = await subgraph.fixtures.user('second@example.com');
    refuse = true;
    const res = await subgraph.call<{ createTenant: { tenant: { slug: string } } }>(
      userContext(userId, null, null),
      CREATE,
      { input: { slug: 'second-shop', name: 'Second Shop' } },
    );
    refuse = false;
    expect(res.errors).toBeUndefined();
    expect(res.data.createTenant.tenant.slug).toBe('second-shop');
  });
});
