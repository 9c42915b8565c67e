import { Migration } from '@mikro-orm/migrations';

/**
 * Deleted pages go to the trash (services/trash.ts): `deleted_at` marks them, the ORM's `live`
 * filter hides them everywhere but the trash, and a path is unique among the pages not in the
 * trash only, so a trashed page's path can be used again (ADR 0053).
 */
export class Migration20261207230000_page_trash extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table cms.page add column deleted_at timestamptz');
    this.addSql('alter table cms.page drop constraint page_tenant_id_site_id_path_key');
    this.addSql(
      'create unique index page_live_path on cms.page (tenant_id, site_id, path) where deleted_at is null',
    );
    this.addSql(
      'create index page_trash on cms.page (tenant_id, site_id, deleted_at desc, id) where deleted_at is not null',
    );
  }

  override async down(): Promise<void> {
    this.addSql('delete from cms.page where deleted_at is not null');
    this.addSql('drop index cms.page_trash');
    this.addSql('drop index cms.page_live_path');
    this.addSql('alter table cms.page add unique (tenant_id, site_id, path)');
    this.addSql('alter table cms.page drop column deleted_at');
  }
}
