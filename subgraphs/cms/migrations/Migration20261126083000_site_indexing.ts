import { Migration } from '@mikro-orm/migrations';

/**
 * Per-site indexing settings for the generated robots.txt: discourage indexing of the whole site
 * (staging sites) and further disallowed paths. The site table already has tenant_id and RLS.
 */
export class Migration20261126083000_site_indexing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table cms.site
      add column discourage_indexing boolean not null default false,
      add column robots_disallow jsonb not null default '[]',
      add column indexing_updated_at timestamptz`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table cms.site
      drop column indexing_updated_at,
      drop column robots_disallow,
      drop column discourage_indexing`);
  }
}
