import { Migration } from '@mikro-orm/migrations';

/**
 * A site's favicon: an image asset of the tenant (null: the renderer draws a default from the brand
 * colour and the site's initial). The site table already has tenant_id and RLS.
 */
export class Migration20261207220000_site_favicon extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table cms.site add column favicon_asset_id uuid');
  }

  override async down(): Promise<void> {
    this.addSql('alter table cms.site drop column favicon_asset_id');
  }
}
