import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * Teams: site-narrowed memberships, email invitations and custom domains.
 *
 * Invitation tokens carry their tenant id (`<tenantId>.<secret>`), so accepting one is a tenant
 * lookup on `(tenant_id, token_hash)`, never a platform-wide scan. Verified hosts are unique across
 * tenants: the one deliberate unique constraint that does not lead with `tenant_id` (like
 * `tenant.slug`), enforced by PostgreSQL even across rows RLS hides from the caller; pending claims
 * are unique per tenant only, so nobody can squat a host by adding it without proving control.
 */
export class Migration20261126020000_teams extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table auth.membership add column site_ids jsonb');

    this.addSql(`create table auth.invitation (
      id uuid primary key,
      tenant_id uuid not null references auth.tenant (id) on delete cascade,
      email text not null,
      role text not null check (role in ('owner', 'admin', 'editor', 'contributor')),
      site_ids jsonb,
      token_hash text not null,
      invited_by uuid,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      accepted_by uuid,
      revoked_at timestamptz,
      created_at timestamptz not null default now()
    )`);
    this.addSql('create unique index invitation_token_idx on auth.invitation (tenant_id, token_hash)');
    this.addSql(
      'create index invitation_pending_idx on auth.invitation (tenant_id, email) where accepted_at is null and revoked_at is null',
    );
    for (const sql of tenantTableRls('auth', 'invitation')) this.addSql(sql);

    this.addSql(`create table auth.domain (
      id uuid primary key,
      tenant_id uuid not null references auth.tenant (id) on delete cascade,
      host text not null,
      verification_token text not null,
      verified_at timestamptz,
      created_at timestamptz not null default now()
    )`);
    this.addSql('create unique index domain_tenant_host_idx on auth.domain (tenant_id, host)');
    this.addSql(
      'create unique index domain_verified_host_idx on auth.domain (host) where verified_at is not null',
    );
    for (const sql of tenantTableRls('auth', 'domain')) this.addSql(sql);
  }
}
