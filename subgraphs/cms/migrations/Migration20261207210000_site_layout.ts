import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * A site's layout: the header and footer section groups rendered around every page of the site
 * (services/site-layout.ts). One row per site, created on the first save; a null group follows the
 * sample theme's default (templates/samples/theme/). Tenant-owned: tenant_id leads the unique key,
 * row-level security is forced.
 */
export class Migration20261207210000_site_layout extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cms.site_layout (
      id uuid primary key,
      tenant_id uuid not null,
      site_id uuid not null references cms.site (id) on delete cascade,
      header jsonb,
      footer jsonb,
      version integer not null check (version >= 1),
      updated_at timestamptz not null,
      unique (tenant_id, site_id)
    )`);
    this.addSql('create index site_layout_site on cms.site_layout (site_id)');
    for (const sql of tenantTableRls('cms', 'site_layout')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table cms.site_layout');
  }
}
