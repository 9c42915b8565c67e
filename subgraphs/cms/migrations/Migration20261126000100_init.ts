import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

export class Migration20261126000100_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cms.site (
      id uuid primary key,
      tenant_id uuid not null,
      name text not null,
      tenant_slug text not null,
      primary_host text,
      created_at timestamptz not null default now()
    )`);
    this.addSql('create index site_tenant_idx on cms.site (tenant_id, created_at)');
    for (const sql of tenantTableRls('cms', 'site')) this.addSql(sql);

    this.addSql(`create table cms.page (
      id uuid primary key,
      tenant_id uuid not null,
      site_id uuid not null references cms.site (id) on delete cascade,
      path text not null,
      title text not null,
      status text not null check (status in ('draft', 'published')),
      draft_tree jsonb not null,
      published_tree jsonb,
      published_title text,
      featured_product_ids jsonb not null default '[]',
      version integer not null default 1,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (tenant_id, site_id, path)
    )`);
    for (const sql of tenantTableRls('cms', 'page')) this.addSql(sql);
  }
}
