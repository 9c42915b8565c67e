import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/** Design token overrides per tenant (`tenant`) and per tenant region (`region:<code>`). */
export class Migration20261126050000_tokens extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cms.token_override (
      id uuid primary key,
      tenant_id uuid not null,
      scope text not null check (scope = 'tenant' or scope ~ '^region:[a-z][a-z0-9-]{0,15}$'),
      document jsonb not null,
      version integer not null default 1 check (version >= 1),
      updated_at timestamptz not null default now(),
      unique (tenant_id, scope)
    )`);
    for (const sql of tenantTableRls('cms', 'token_override')) this.addSql(sql);
  }
}
