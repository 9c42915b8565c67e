import { randomBytes, randomUUID } from 'node:crypto';
import { promises as dns } from 'node:dns';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withPlatform, withTenant } from '../../../core/db.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import type { EventBus } from '../../../core/events.js';
import { logger } from '../../../core/logger.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { TenantSchema } from '../entities/auth.js';
import { type Domain, DomainSchema } from '../entities/teams.js';
import type { AuditLog } from './audit.js';
import { assertStoredPermission } from './member-role.js';
import { announceTenantChange } from './platform-admin.js';

/** The DNS lookups domain verification needs; tests inject a fake that answers like DNS does. */
export interface DomainResolver {
  /** TXT records at `name`, each as its character-string chunks; rejects with ENOTFOUND/ENODATA when none. */
  resolveTxt(name: string): Promise<string[][]>;
}

export const systemResolver: DomainResolver = { resolveTxt: (name) => dns.resolveTxt(name) };

export const TXT_PREFIX = '_webhaze';
export const TXT_VALUE_PREFIX = 'webhaze-verify=';

export const txtRecordName = (host: string) => `${TXT_PREFIX}.${host}`;
export const txtRecordValue = (domain: Pick<Domain, 'verificationToken'>) =>
  `${TXT_VALUE_PREFIX}${domain.verificationToken}`;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** The last label of a public name is alphabetic (or punycode): this also rules out IPv4 addresses. */
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Normalises and checks a custom host: a lowercase fully-qualified domain name, never an IP
 * address, never WebHaze's own hosts or their subdomains.
 */
export function parseHost(input: unknown, platformHosts: readonly string[]): string {
  const raw = typeof input === 'string' ? input.trim().toLowerCase().replace(/\.$/, '') : '';
  const refuse = (why: string) => badInput(`host: ${why}`, 'host');
  if (!raw) throw refuse('enter a domain name such as shop.example.com');
  if (raw.length > 253) throw refuse('a domain name has at most 253 characters');
  if (raw.includes(':') || raw.includes('/') || raw.includes('@')) {
    throw refuse('enter only the domain name, without scheme, port, path or IP address');
  }
  const labels = raw.split('.');
  if (labels.length < 2) throw refuse('enter a fully-qualified domain name such as shop.example.com');
  if (!labels.every((l) => LABEL.test(l))) {
    throw refuse('each part may contain letters, digits and hyphens, not at either end');
  }
  if (!TLD.test(labels.at(-1)!)) throw refuse('IP addresses cannot be used; enter a domain name');
  for (const platform of platformHosts) {
    if (raw === platform || raw.endsWith(`.${platform}`)) throw refuse(`${raw} belongs to WebHaze`);
  }
  return raw;
}

const NO_RECORD_CODES = new Set([
  'ENOTFOUND',
  'ENODATA',
  'NXDOMAIN',
  'ESERVFAIL',
  'ETIMEOUT',
  'ECONNREFUSED',
]);

/** Custom domains: claim, prove with a DNS TXT record, serve (tenant `hosts`), remove. */
export class DomainService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly audit: AuditLog,
    private readonly resolver: DomainResolver,
    private readonly platformHosts: readonly string[],
    private readonly now: () => Date = () => new Date(),
    /** Hears removals: the gateways drop the tenant's directory entry and cached pages (hreflang). */
    private readonly events: EventBus | null = null,
  ) {}

  async list(ctx: RequestContext, first: number, after: string | null): Promise<Domain[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, (em) =>
      em.find(DomainSchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
    );
  }

  async add(ctx: RequestContext, hostInput: unknown): Promise<Domain> {
    const host = parseHost(hostInput, this.platformHosts);
    await this.assertFree(ctx, host);
    try {
      return await withTenant(this.db, ctx, async (em) => {
        await assertStoredPermission(em, ctx, 'settings:write');
        if (await em.findOne(DomainSchema, { host })) {
          throw conflict(`${host} was already added: verify it`, { field: 'host' });
        }
        const domain = em.create(DomainSchema, {
          id: randomUUID(),
          tenantId: ctx.tenantId!,
          host,
          verificationToken: randomBytes(24).toString('base64url'),
          verifiedAt: null,
          createdAt: this.now(),
        });
        this.audit.add(em, ctx, { action: 'domain.added', target: host });
        await em.flush();
        return domain;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict(`${host} was already added: verify it`, { field: 'host' });
      }
      throw err;
    }
  }

  async verify(ctx: RequestContext, hostInput: unknown): Promise<Domain> {
    const host = parseHost(hostInput, this.platformHosts);
    const pending = await withTenant(this.db, ctx, (em) => em.findOne(DomainSchema, { host }));
    if (!pending) throw notFound('Domain');
    if (pending.verifiedAt) return pending;
    // The DNS lookup runs outside any transaction: never hold a connection across the network.
    const name = txtRecordName(host);
    const expected = txtRecordValue(pending);
    const records = await this.txtRecords(name);
    if (!records.includes(expected)) {
      throw badInput(
        records.length === 0
          ? `host: no TXT record found at ${name}; create it with the value ${expected} and try again (DNS changes can take a while)`
          : `host: the TXT record at ${name} does not contain ${expected}`,
        'host',
      );
    }
    await this.assertFree(ctx, host);
    try {
      return await withTenant(this.db, ctx, async (em) => {
        await assertStoredPermission(em, ctx, 'settings:write');
        const domain = await em.findOne(DomainSchema, { host });
        if (!domain) throw notFound('Domain');
        if (domain.verifiedAt) return domain;
        domain.verifiedAt = this.now();
        const tenant = await em.findOne(TenantSchema, { id: ctx.tenantId! });
        if (!tenant) throw notFound('Tenant');
        if (!tenant.hosts.includes(host)) tenant.hosts = [...tenant.hosts, host];
        this.audit.add(em, ctx, { action: 'domain.verified', target: host, detail: { domainId: domain.id } });
        await em.flush();
        return domain;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw this.taken(host);
      throw err;
    }
  }

  /**
   * Removes a claim (pending or verified). The host leaves the tenant's `hosts` and every region's
   * `hosts` in the same transaction (tenant row locked, as region edits lock it), so no region keeps
   * pointing hreflang/sitemap URLs at a domain another tenant may verify next. After commit the
   * gateways hear `tenant-changed` (directory) and `pages-changed` (rendered alternates).
   */
  async remove(ctx: RequestContext, hostInput: unknown): Promise<boolean> {
    const host = typeof hostInput === 'string' ? hostInput.trim().toLowerCase().replace(/\.$/, '') : '';
    await withTenant(this.db, ctx, async (em) => {
      await assertStoredPermission(em, ctx, 'settings:write');
      const domain = await em.findOne(DomainSchema, { host });
      if (!domain) throw notFound('Domain');
      const tenant = await em.findOne(
        TenantSchema,
        { id: ctx.tenantId! },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (tenant) {
        if (tenant.hosts.includes(host)) tenant.hosts = tenant.hosts.filter((h) => h !== host);
        if (tenant.regions.some((r) => r.hosts.includes(host))) {
          tenant.regions = tenant.regions.map((r) =>
            r.hosts.includes(host) ? { ...r, hosts: r.hosts.filter((h) => h !== host) } : r,
          );
        }
      }
      em.remove(domain);
      this.audit.add(em, ctx, { action: 'domain.removed', target: host });
      await em.flush();
    });
    if (this.events) {
      await announceTenantChange(this.events, ctx.tenantId!);
      await this.events
        .publish('pages-changed', ctx.tenantId!)
        .catch((err) => logger().warn({ err }, 'could not announce a domain removal to the page caches'));
    }
    return true;
  }

  /** TXT values at `name`, chunks joined (one record may be split into 255-byte strings). */
  private async txtRecords(name: string): Promise<string[]> {
    try {
      return (await this.resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && NO_RECORD_CODES.has(code)) return [];
      throw err;
    }
  }

  /** A host verified by (or configured for) another tenant is never claimable. */
  private async assertFree(ctx: RequestContext, host: string): Promise<void> {
    const owner = await withPlatform(this.db, 'is a custom host taken by another tenant', async (em) => {
      const rows = await em.execute<{ tenant_id: string }[]>(
        `select id as tenant_id from auth.tenant where hosts @> ?::jsonb
           union all select tenant_id from auth.domain where host = ? and verified_at is not null
           limit 1`,
        [JSON.stringify([host]), host],
      );
      return rows[0]?.tenant_id ?? null;
    });
    if (owner && owner !== ctx.tenantId) throw this.taken(host);
  }

  private taken(host: string) {
    return conflict(`${host} is already used by another WebHaze site`, { field: 'host' });
  }
}
