import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * Sites and their domains: `cms.site_domain` maps a verified custom host of the tenant to one of its
 * sites (a host maps to one site per tenant, at most one primary per site), and `site.is_default`
 * marks the site served on hosts that map to none (one per tenant). Existing tenants keep serving
 * their first site: it becomes the default; a stored `primary_host` becomes a primary mapping.
 */
export class Migration20261126160000_site_domains extends Migration {
  override async up(): Promise<void> {
    // The backfills below touch every tenant's rows under forced RLS: the audited platform path,
    // local to the migration's transaction.
    this.addSql(`select set_config('app.platform', 'on', true)`);
    this.addSql('alter table cms.site add column is_default boolean not null default false');
    this.addSql(`update cms.site s set is_default = true
      where s.id = (select f.id from cms.site f where f.tenant_id = s.tenant_id
                    order by f.created_at asc, f.id asc limit 1)`);
    this.addSql('create unique index site_one_default_per_tenant on cms.site (tenant_id) where is_default');
    this.addSql(`create table cms.site_domain (
      id uuid primary key,
      tenant_id uuid not null,
      site_id uuid not null references cms.site (id) on delete cascade,
      host text not null check (char_length(host) between 3 and 253 and host = lower(host)),
      is_primary boolean not null default false,
      created_at timestamptz not null default now(),
      unique (tenant_id, host)
    )`);
    this.addSql(
      'create unique index site_domain_one_primary_per_site on cms.site_domain (site_id) where is_primary',
    );
    this.addSql('create index site_domain_site on cms.site_domain (site_id)');
    for (const sql of tenantTableRls('cms', 'site_domain')) this.addSql(sql);
    this.addSql(`insert into cms.site_domain (id, tenant_id, site_id, host, is_primary, created_at)
      select gen_random_uuid(), tenant_id, id, lower(primary_host), true, now()
        from cms.site where primary_host is not null and char_length(primary_host) >= 3
      on conflict do nothing`);
    this.addSql(`update cms.site s set primary_host =
      (select d.host from cms.site_domain d where d.site_id = s.id and d.is_primary)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table cms.site_domain');
    this.addSql('drop index cms.site_one_default_per_tenant');
    this.addSql('alter table cms.site drop column is_default');
  }
}
