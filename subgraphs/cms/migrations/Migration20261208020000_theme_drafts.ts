import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * Theme as a draft (ADR 0059): draft token documents per tenant scope (`tenant`, `region:<code>`),
 * separate from the published overrides in `token_override`, and the append-only history of
 * published themes (every published override of the tenant at that moment).
 */
export class Migration20261208020000_theme_drafts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cms.token_draft (
      id uuid primary key,
      tenant_id uuid not null,
      scope text not null check (scope = 'tenant' or scope ~ '^region:[a-z][a-z0-9-]{0,15}$'),
      document jsonb not null,
      version integer not null default 1 check (version >= 1),
      updated_at timestamptz not null default now(),
      updated_by text not null,
      unique (tenant_id, scope)
    )`);
    for (const sql of tenantTableRls('cms', 'token_draft')) this.addSql(sql);
    this.addSql(`create table cms.theme_version (
      id uuid primary key,
      tenant_id uuid not null,
      version integer not null check (version >= 1),
      documents jsonb not null,
      published_at timestamptz not null default now(),
      published_by text not null,
      restored_from integer check (restored_from >= 1),
      unique (tenant_id, version)
    )`);
    for (const sql of tenantTableRls('cms', 'theme_version')) this.addSql(sql);
  }
}
