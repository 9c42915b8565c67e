import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * A site's own template for a storefront page type (product, collection, 404, ...), overriding the
 * sample theme's default (templates/page-types.ts). One per site and page type; not a page, so it
 * does not count against the plan's page limit.
 */
export class Migration20261207204700_page_type_templates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cms.page_type_template (
      id uuid primary key,
      tenant_id uuid not null,
      site_id uuid not null references cms.site (id) on delete cascade,
      page_type text not null check (page_type ~ '^[a-z][a-z_]{0,31}$'),
      tree jsonb not null,
      version integer not null default 1 check (version >= 1),
      updated_at timestamptz not null default now(),
      unique (tenant_id, site_id, page_type)
    )`);
    this.addSql('create index page_type_template_site on cms.page_type_template (site_id)');
    for (const sql of tenantTableRls('cms', 'page_type_template')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table cms.page_type_template');
  }
}
