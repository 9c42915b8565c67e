import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/** Per-locale page translations: one row per page and locale, with a draft and a published copy. */
export class Migration20261126140000_translations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cms.page_translation (
      id uuid primary key,
      tenant_id uuid not null,
      page_id uuid not null references cms.page (id) on delete cascade,
      locale text not null check (char_length(locale) between 2 and 35),
      title text not null,
      tree jsonb not null,
      seo_title text,
      seo_description text,
      version integer not null default 1 check (version >= 1),
      published_title text,
      published_tree jsonb,
      published_seo_title text,
      published_seo_description text,
      published_version integer,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (tenant_id, page_id, locale)
    )`);
    for (const sql of tenantTableRls('cms', 'page_translation')) this.addSql(sql);
  }
}
