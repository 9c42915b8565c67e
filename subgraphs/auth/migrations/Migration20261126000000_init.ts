import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

export class Migration20261126000000_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table auth.tenant (
      id uuid primary key,
      slug text not null unique,
      name text not null,
      plan text not null default 'free',
      status text not null default 'active' check (status in ('active', 'suspended')),
      hosts jsonb not null default '[]',
      regions jsonb not null default '[]',
      default_region text not null,
      created_at timestamptz not null default now()
    )`);
    // The tenant row is its own tenant: the same policy, on `id`.
    for (const sql of tenantTableRls('auth', 'tenant', 'id')) this.addSql(sql);

    this.addSql(`create table auth.user_account (
      id uuid primary key,
      email text not null unique,
      name text not null,
      password_hash text not null,
      created_at timestamptz not null default now()
    )`);

    this.addSql(`create table auth.membership (
      id uuid primary key,
      tenant_id uuid not null references auth.tenant (id) on delete cascade,
      user_id uuid not null references auth.user_account (id) on delete cascade,
      role text not null check (role in ('owner', 'admin', 'editor', 'contributor')),
      created_at timestamptz not null default now(),
      unique (tenant_id, user_id)
    )`);
    this.addSql('create index membership_user_idx on auth.membership (user_id)');
    for (const sql of tenantTableRls('auth', 'membership')) this.addSql(sql);

    this.addSql(`create table auth.signing_key (
      kid text primary key,
      private_key_pem text not null,
      public_jwk jsonb not null,
      created_at timestamptz not null default now(),
      retired_at timestamptz
    )`);
  }
}
