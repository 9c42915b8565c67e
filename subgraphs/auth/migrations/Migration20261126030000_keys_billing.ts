import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/** API keys, tenant secrets (encrypted), billing state, processed Stripe events, platform admins. */
export class Migration20261126030000_keys_billing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table auth.api_key (
      id uuid primary key,
      tenant_id uuid not null references auth.tenant (id) on delete cascade,
      name text not null,
      prefix text not null,
      secret_hash text not null,
      scopes jsonb not null default '[]',
      created_by uuid,
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`);
    // The gateway looks a key up by its hash before it knows the tenant: a platform-wide unique index.
    this.addSql('create unique index api_key_secret_hash_idx on auth.api_key (secret_hash)');
    this.addSql('create index api_key_tenant_idx on auth.api_key (tenant_id, id)');
    for (const sql of tenantTableRls('auth', 'api_key')) this.addSql(sql);

    this.addSql(`create table auth.tenant_secret (
      id uuid primary key,
      tenant_id uuid not null references auth.tenant (id) on delete cascade,
      name text not null,
      ciphertext text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (tenant_id, name)
    )`);
    for (const sql of tenantTableRls('auth', 'tenant_secret')) this.addSql(sql);

    this.addSql(`create table auth.tenant_billing (
      tenant_id uuid primary key references auth.tenant (id) on delete cascade,
      stripe_customer_id text unique,
      stripe_subscription_id text,
      stripe_subscription_item_id text,
      status text not null default 'none',
      current_period_end timestamptz,
      cancel_at_period_end boolean not null default false,
      last_change_at timestamptz,
      updated_at timestamptz not null default now()
    )`);
    for (const sql of tenantTableRls('auth', 'tenant_billing')) this.addSql(sql);

    // Stripe event ids already processed: platform-wide (an event arrives before its tenant is known).
    this.addSql(`create table auth.stripe_event (
      id text primary key,
      type text not null,
      received_at timestamptz not null default now()
    )`);

    this.addSql('alter table auth.user_account add column platform_admin boolean not null default false');
  }
}
