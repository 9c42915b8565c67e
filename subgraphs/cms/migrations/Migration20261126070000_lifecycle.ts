import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * The page lifecycle: immutable versions, SEO fields, scheduled publishing, redirects, navigation
 * menus and outbound webhooks (endpoints and their deliveries).
 */
export class Migration20261126070000_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table cms.page
      add column seo_title text,
      add column seo_description text,
      add column canonical_url text,
      add column og_image_asset_id uuid,
      add column scheduled_at timestamptz,
      add column scheduled_version integer,
      add column schedule_note text`);

    this.addSql(`create table cms.page_version (
      id uuid primary key,
      tenant_id uuid not null,
      page_id uuid not null references cms.page (id) on delete cascade,
      version integer not null check (version >= 1),
      title text not null,
      path text not null,
      tree jsonb not null,
      seo jsonb not null default '{}',
      created_by text,
      created_at timestamptz not null default now(),
      unique (tenant_id, page_id, version)
    )`);
    for (const sql of tenantTableRls('cms', 'page_version')) this.addSql(sql);
    // Pages saved before versions existed get their current draft as their first recorded version.
    this.addSql(`insert into cms.page_version (id, tenant_id, page_id, version, title, path, tree, created_at)
      select gen_random_uuid(), tenant_id, id, version, title, path, draft_tree, updated_at from cms.page`);

    this.addSql(`create table cms.redirect (
      id uuid primary key,
      tenant_id uuid not null,
      site_id uuid not null references cms.site (id) on delete cascade,
      from_path text not null,
      to_path text not null,
      status integer not null default 301 check (status in (301, 308)),
      created_at timestamptz not null default now(),
      unique (tenant_id, site_id, from_path)
    )`);
    for (const sql of tenantTableRls('cms', 'redirect')) this.addSql(sql);

    this.addSql(`create table cms.menu (
      id uuid primary key,
      tenant_id uuid not null,
      site_id uuid not null references cms.site (id) on delete cascade,
      handle text not null,
      items jsonb not null,
      version integer not null default 1 check (version >= 1),
      updated_at timestamptz not null default now(),
      unique (tenant_id, site_id, handle)
    )`);
    for (const sql of tenantTableRls('cms', 'menu')) this.addSql(sql);

    this.addSql(`create table cms.webhook_endpoint (
      id uuid primary key,
      tenant_id uuid not null,
      url text not null,
      events jsonb not null,
      secret_enc text not null,
      created_at timestamptz not null default now()
    )`);
    this.addSql('create index webhook_endpoint_tenant_idx on cms.webhook_endpoint (tenant_id, created_at)');
    for (const sql of tenantTableRls('cms', 'webhook_endpoint')) this.addSql(sql);

    this.addSql(`create table cms.webhook_delivery (
      id uuid primary key,
      tenant_id uuid not null,
      endpoint_id uuid not null references cms.webhook_endpoint (id) on delete cascade,
      event_id uuid not null,
      event_type text not null,
      body text not null,
      status text not null check (status in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      last_error text,
      response_status integer,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (tenant_id, endpoint_id, event_id)
    )`);
    for (const sql of tenantTableRls('cms', 'webhook_delivery')) this.addSql(sql);
  }
}
