import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DomainResolver } from '../../subgraphs/auth/services/domains.js';

/**
 * Accounts and tenants written straight into the auth schema, for tests about what members may do
 * (not about signing up): no password hashing, no tokens, no dependence on the sign-up flow.
 */
export class AuthFixtures {
  private constructor(private readonly client: pg.Client) {}

  static async connect(databaseUrl: string): Promise<AuthFixtures> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new AuthFixtures(client);
  }

  async user(email: string): Promise<string> {
    const id = randomUUID();
    await this.client.query(
      `insert into auth.user_account (id, email, name, password_hash, created_at) values ($1, $2, $3, 'x', now())`,
      [id, email.toLowerCase(), email.split('@')[0]],
    );
    return id;
  }

  /** Moves a tenant to another plan, as a completed checkout would. */
  async setPlan(slug: string, plan: string): Promise<void> {
    await this.client.query('update auth.tenant set plan = $2 where slug = $1', [slug, plan]);
  }

  /**
   * A tenant with `ownerId` as its only member (Owner). Team tests need room for several members,
   * so the default plan is `business`; plan limits have their own tests.
   */
  async tenant(ownerId: string, slug: string, plan = 'business'): Promise<string> {
    const id = randomUUID();
    await this.client.query(
      `insert into auth.tenant (id, slug, name, plan, status, hosts, regions, default_region, created_at)
       values ($1, $2, $2, $3, 'active', '[]', '[]', 'default', now())`,
      [id, slug, plan],
    );
    await this.client.query(
      `insert into auth.membership (id, tenant_id, user_id, role, created_at) values ($1, $2, $3, 'owner', now())`,
      [randomUUID(), id, ownerId],
    );
    return id;
  }

  query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.client.query<R>(sql, params);
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/**
 * A DNS stand-in for domain verification: `zone` holds TXT records as chunk arrays by name, as DNS
 * answers them; names not in it get ENOTFOUND.
 */
export function txtZone(): { zone: Map<string, string[][]>; resolver: DomainResolver } {
  const zone = new Map<string, string[][]>();
  const resolver: DomainResolver = {
    async resolveTxt(name) {
      const records = zone.get(name);
      if (records) return records;
      throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND', hostname: name });
    },
  };
  return { zone, resolver };
}
