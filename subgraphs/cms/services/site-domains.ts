import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { request } from 'undici';
import type { Config } from '../../../core/config.js';
import {
  CONTEXT_HEADER,
  internalContext,
  newRequestId,
  REQUEST_ID_HEADER,
  type RequestContext,
  signContext,
} from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, conflict, notFound, SERVICE_UNAVAILABLE } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import { type Site, SiteSchema } from '../entities/cms.js';
import { type SiteDomain, SiteDomainSchema } from '../entities/site-domains.js';

/** How many domains one site may have (the list is shown whole on `Site.domains`). */
export const MAX_DOMAINS_PER_SITE = 50;

/**
 * THE rule for "which site does this request mean" when no `siteId` is given (`page(path)`,
 * `redirect`, `menus`, `siteIndexing`, new pages): the site the request's storefront host maps to,
 * else the tenant's default site. `ctx.host` is set by the gateway only for a host that resolved to
 * this very tenant (a verified domain), so a mapping of a host the tenant no longer owns is never
 * used. Falls back to the oldest site should no site be marked default.
 */
export async function servedSite(em: EntityManager, ctx: Pick<RequestContext, 'host'>): Promise<Site | null> {
  const host = ctx.host ? normaliseHostOrNull(ctx.host) : null;
  if (host) {
    const mapped = await em.findOne(SiteDomainSchema, { host });
    const site = mapped ? await em.findOne(SiteSchema, { id: mapped.siteId }) : null;
    if (site) return site;
  }
  return (
    (await em.findOne(SiteSchema, { isDefault: true })) ??
    em.findOne(SiteSchema, {}, { orderBy: { createdAt: 'asc', id: 'asc' } })
  );
}

const HOST = /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

function normaliseHostOrNull(input: unknown): string | null {
  const host = typeof input === 'string' ? input.trim().toLowerCase().replace(/\.$/, '') : '';
  return HOST.test(host) ? host : null;
}

/** A host as auth stores it: lowercase, no trailing dot; BAD_USER_INPUT (field `host`) otherwise. */
export function normaliseHost(input: unknown): string {
  const host = normaliseHostOrNull(input);
  if (!host) throw badInput('host: enter a domain name such as shop.example.com', 'host');
  return host;
}

/** Where the cms learns which hosts serve a tenant (auth `verifiedHosts`, through the gateway). */
export interface VerifiedHostsSource {
  /** The tenant's verified hosts, or null when they cannot be learned right now. Never throws. */
  verifiedHosts(tenantId: string, requestId?: string): Promise<string[] | null>;
}

export const VERIFIED_HOSTS_QUERY = 'query VerifiedHosts { verifiedHosts }';

/**
 * Asks auth, in ONE supergraph operation on the gateway's internal endpoint, as the `internal`
 * actor `cms` of the tenant. Must not run inside a `withTenant` transaction (the gateway may call
 * back into the cms). `url` is read per call (embedded stacks learn the gateway's port late).
 */
export function createVerifiedHostsSource(
  config: Pick<Config, 'contextSecret' | 'CONTEXT_TTL_SECONDS'>,
  url: () => string,
  timeoutMs = 3000,
): VerifiedHostsSource {
  return {
    async verifiedHosts(tenantId, requestId = newRequestId()) {
      const ctx = internalContext('cms', tenantId, requestId);
      try {
        const res = await request(url(), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [CONTEXT_HEADER]: signContext(ctx, config.contextSecret, config.CONTEXT_TTL_SECONDS),
            [REQUEST_ID_HEADER]: requestId,
          },
          body: JSON.stringify({ query: VERIFIED_HOSTS_QUERY }),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        const body = (await res.body.json()) as {
          data?: { verifiedHosts?: unknown } | null;
          errors?: unknown[];
        };
        const hosts = body.data?.verifiedHosts;
        if (res.statusCode !== 200 || body.errors?.length || !Array.isArray(hosts)) {
          logger().warn(
            { reqId: requestId, status: res.statusCode, errors: body.errors },
            "verified hosts unavailable: the tenant's domains cannot be checked",
          );
          return null;
        }
        return hosts.filter((h): h is string => typeof h === 'string').map((h) => h.toLowerCase());
      } catch (err) {
        logger().warn(
          { reqId: requestId, err },
          "verified hosts unavailable: the tenant's domains cannot be checked",
        );
        return null;
      }
    },
  };
}

const unavailable = () =>
  new AppError(
    'INTERNAL_SERVER_ERROR',
    "The tenant's domains cannot be checked right now; try again shortly",
    { reason: SERVICE_UNAVAILABLE },
  );

/**
 * Sites and domains: assign a verified custom domain of the tenant to one of its sites, make it the
 * site's primary, unassign it, and choose the tenant's default site. A site with domains always has
 * exactly one primary (the first assigned, or the one chosen); `site.primary_host` mirrors it, so
 * sitemaps, robots.txt and hreflang URLs follow. Mappings of hosts auth no longer lists as verified
 * are dropped on `tenant-changed` (auth announces it when a domain is removed) and on every assignment.
 */
export class SiteDomainService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly hosts: VerifiedHostsSource,
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
    /** Announces the change (`pages-changed`): gateways drop cached pages and robots/sitemap answers. */
    private readonly announce: (tenantId: string) => Promise<void> = async () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A site's domains, primary first, then by host. */
  domainsOf(ctx: RequestContext, siteId: string): Promise<SiteDomain[]> {
    if (!ctx.tenantId) return Promise.resolve([]);
    return withTenant(this.db, ctx, (em) =>
      em.find(SiteDomainSchema, { siteId }, { orderBy: { isPrimary: 'desc', host: 'asc' } }),
    );
  }

  /**
   * Maps a verified host of the tenant to a site. `primary`: make it the site's primary (the
   * site's first domain always is). Assigning a host the site already has is a no-op (or makes it
   * primary); a host on another site of the tenant is a CONFLICT.
   */
  async assign(ctx: RequestContext, siteId: string, hostInput: unknown, primary: boolean): Promise<Site> {
    const host = normaliseHost(hostInput);
    await this.checkSite(ctx, siteId);
    const verified = await this.verifiedHostsOf(ctx);
    if (!verified.includes(host)) {
      throw badInput(
        `host: ${host} is not a verified domain of this tenant; add and verify it first (addDomain, verifyDomain)`,
        'host',
      );
    }
    const { site, touched } = await this.write(ctx, siteId, async (em, site) => {
      const touched = await pruneUnverified(em, verified);
      const existing = await em.findOne(SiteDomainSchema, { host });
      if (existing && existing.siteId !== site.id) {
        throw conflict(`host: ${host} is assigned to another site; unassign it there first`, {
          field: 'host',
        });
      }
      if (!existing) {
        const count = await em.count(SiteDomainSchema, { siteId: site.id });
        if (count >= MAX_DOMAINS_PER_SITE) {
          throw badInput(`host: a site has at most ${MAX_DOMAINS_PER_SITE} domains`, 'host');
        }
        const hasPrimary = (await em.count(SiteDomainSchema, { siteId: site.id, isPrimary: true })) > 0;
        if (primary && hasPrimary) await demotePrimary(em, site.id);
        em.create(SiteDomainSchema, {
          id: randomUUID(),
          tenantId: site.tenantId,
          siteId: site.id,
          host,
          isPrimary: primary || !hasPrimary,
          createdAt: this.now(),
        });
        await em.flush();
      } else if (primary && !existing.isPrimary) {
        await demotePrimary(em, site.id);
        await em.nativeUpdate(SiteDomainSchema, { id: existing.id }, { isPrimary: true });
      }
      return touched;
    });
    await this.changed(site.tenantId, [site.id, ...touched]);
    return site;
  }

  /** Makes an assigned host the site's primary (its sitemap and robots.txt then name it). */
  async makePrimary(ctx: RequestContext, siteId: string, hostInput: unknown): Promise<Site> {
    const host = normaliseHost(hostInput);
    if (!isUuid(siteId)) throw notFound('Site');
    const { site } = await this.write(ctx, siteId, async (em, site) => {
      const mapping = await em.findOne(SiteDomainSchema, { host, siteId: site.id });
      if (!mapping) throw badInput(`host: ${host} is not assigned to this site; assign it first`, 'host');
      if (!mapping.isPrimary) {
        await demotePrimary(em, site.id);
        await em.nativeUpdate(SiteDomainSchema, { id: mapping.id }, { isPrimary: true });
      }
      return [];
    });
    await this.changed(site.tenantId, [site.id]);
    return site;
  }

  /** Removes a host from its site; when it was the primary, the site's oldest remaining domain takes over. */
  async unassign(ctx: RequestContext, hostInput: unknown): Promise<Site> {
    const host = normaliseHostOrNull(hostInput);
    const mapping = host
      ? await withTenant(this.db, ctx, (em) => em.findOne(SiteDomainSchema, { host }))
      : null;
    if (!mapping) throw notFound('Site domain');
    const { site } = await this.write(ctx, mapping.siteId, async (em, site) => {
      const deleted = await em.nativeDelete(SiteDomainSchema, { host: mapping.host, siteId: site.id });
      if (deleted === 0) throw notFound('Site domain');
      return [];
    });
    await this.changed(site.tenantId, [site.id]);
    return site;
  }

  /**
   * Makes a site the tenant's default: served on `/s/<slug>/` and on hosts that map to no site.
   * Needs settings:write on both the new and the current default site.
   */
  async setDefault(ctx: RequestContext, siteId: string): Promise<Site> {
    if (!isUuid(siteId)) throw notFound('Site');
    try {
      const site = await withTenant(this.db, ctx, async (em) => {
        const site = await em.findOne(SiteSchema, { id: siteId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!site) throw notFound('Site');
        assertCanOnSite(ctx, 'settings:write', site.id);
        if (site.isDefault) return site;
        const current = await em.findOne(SiteSchema, { isDefault: true });
        if (current) assertCanOnSite(ctx, 'settings:write', current.id);
        await em.nativeUpdate(SiteSchema, { isDefault: true }, { isDefault: false });
        await em.nativeUpdate(SiteSchema, { id: site.id }, { isDefault: true });
        site.isDefault = true;
        return site;
      });
      await this.announce(site.tenantId);
      return site;
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict('The default site was changed at the same time; reload and retry');
      }
      throw err;
    }
  }

  /**
   * Drops the tenant's mappings of hosts auth no longer lists as verified (a removed domain), and
   * repairs primaries. Runs on `tenant-changed`; does nothing when auth cannot be asked.
   */
  async reconcile(tenantId: string): Promise<number> {
    const verified = await this.hosts.verifiedHosts(tenantId);
    if (!verified) return 0;
    const touched = await withTenant(this.db, { tenantId }, (em) => pruneUnverified(em, verified));
    if (touched.length > 0) {
      logger().info({ tenantId, sites: touched }, 'dropped site domains that are no longer verified');
      await this.changed(tenantId, touched);
    }
    return touched.length;
  }

  /** NOT_FOUND / FORBIDDEN before anyone asks auth (another tenant's site id learns nothing). */
  private async checkSite(ctx: RequestContext, siteId: string): Promise<void> {
    if (!isUuid(siteId)) throw notFound('Site');
    const site = await withTenant(this.db, ctx, (em) => em.findOne(SiteSchema, { id: siteId }));
    if (!site) throw notFound('Site');
    assertCanOnSite(ctx, 'settings:write', site.id);
  }

  private async verifiedHostsOf(ctx: RequestContext): Promise<string[]> {
    const verified = await this.hosts.verifiedHosts(ctx.tenantId!, ctx.requestId);
    if (!verified) throw unavailable();
    return verified;
  }

  /**
   * One transaction on a locked site row (assignments of one site serialise): `fn` changes the
   * mappings, then the primary is repaired and mirrored into `site.primary_host`.
   */
  private async write(
    ctx: RequestContext,
    siteId: string,
    fn: (em: EntityManager, site: Site) => Promise<string[]>,
  ): Promise<{ site: Site; touched: string[] }> {
    try {
      return await withTenant(this.db, ctx, async (em) => {
        const site = await em.findOne(SiteSchema, { id: siteId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!site) throw notFound('Site');
        assertCanOnSite(ctx, 'settings:write', site.id);
        const touched = await fn(em, site);
        await repairPrimary(em, site);
        await em.flush();
        return { site, touched: touched.filter((id) => id !== site.id) };
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict('host: the domain was assigned at the same time; reload and retry', { field: 'host' });
      }
      throw err;
    }
  }

  /** Gateways drop cached answers; sites whose primary host may have changed get a fresh sitemap. */
  private async changed(tenantId: string, siteIds: string[]): Promise<void> {
    await this.announce(tenantId);
    const at = this.now().getTime();
    for (const siteId of new Set(siteIds)) {
      await this.jobs.enqueue(
        'sitemap.regenerate',
        { tenantId, siteId },
        { jobId: `sitemap-${siteId}-d${at}` },
      );
    }
  }
}

async function demotePrimary(em: EntityManager, siteId: string): Promise<void> {
  await em.nativeUpdate(SiteDomainSchema, { siteId, isPrimary: true }, { isPrimary: false });
}

/**
 * Exactly one primary when the site has domains (the oldest takes over when the primary left),
 * none otherwise, mirrored into `site.primaryHost`.
 */
async function repairPrimary(em: EntityManager, site: Site): Promise<void> {
  const rows = await em.execute<{ host: string; is_primary: boolean }[]>(
    'select host, is_primary from cms.site_domain where site_id = ? order by created_at asc, host asc',
    [site.id],
  );
  let primary = rows.find((r) => r.is_primary)?.host ?? null;
  if (!primary && rows.length > 0) {
    primary = rows[0]!.host;
    await em.nativeUpdate(SiteDomainSchema, { siteId: site.id, host: primary }, { isPrimary: true });
  }
  if (site.primaryHost !== primary) site.primaryHost = primary;
}

/** Deletes the transaction tenant's mappings of hosts not in `verified`; the sites they were on, repaired. */
async function pruneUnverified(em: EntityManager, verified: readonly string[]): Promise<string[]> {
  const stale = await em.find(SiteDomainSchema, verified.length ? { host: { $nin: [...verified] } } : {});
  if (stale.length === 0) return [];
  await em.nativeDelete(SiteDomainSchema, { id: { $in: stale.map((s) => s.id) } });
  const siteIds = [...new Set(stale.map((s) => s.siteId))];
  for (const siteId of siteIds) {
    const site = await em.findOne(SiteSchema, { id: siteId });
    if (site) await repairPrimary(em, site);
  }
  await em.flush();
  return siteIds;
}
