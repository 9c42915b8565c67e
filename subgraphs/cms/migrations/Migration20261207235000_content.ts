import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * Content collections (ADR 0057): a tenant's content types and their entries. Entry values are
 * jsonb; a GIN index (jsonb_path_ops) serves equality filters on published values (`@>`), and the
 * list index serves the default order (newest first) of one type's entries.
 */
export class Migration20261207235000_content extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cms.content_type (
      id uuid primary key,
      tenant_id uuid not null,
      handle text not null check (handle ~ '^[a-z][a-z0-9_-]{0,63}$'),
      name text not null check (length(name) between 1 and 120),
      description text,
      fields jsonb not null,
      version integer not null default 1 check (version >= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (tenant_id, handle),
      unique (tenant_id, id)
    )`);
    for (const sql of tenantTableRls('cms', 'content_type')) this.addSql(sql);
    // (tenant_id, type_id) → content_type (tenant_id, id): an entry can only be of its own tenant's type.
    this.addSql(`create table cms.content_entry (
      id uuid primary key,
      tenant_id uuid not null,
      type_id uuid not null,
      draft_values jsonb not null,
      draft_localized_values jsonb not null default '{}',
      version integer not null default 1 check (version >= 1),
      published_values jsonb,
      published_localized_values jsonb,
      published_version integer,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (tenant_id, type_id) references cms.content_type (tenant_id, id) on delete cascade
    )`);
    this.addSql(
      'create index content_entry_list on cms.content_entry (tenant_id, type_id, created_at desc, id desc)',
    );
    this.addSql(
      'create index content_entry_published_values on cms.content_entry using gin (published_values jsonb_path_ops)',
    );
    this.addSql(
      'create index content_entry_draft_values on cms.content_entry using gin (draft_values jsonb_path_ops)',
    );
    for (const sql of tenantTableRls('cms', 'content_entry')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table cms.content_entry');
    this.addSql('drop table cms.content_type');
  }
}
