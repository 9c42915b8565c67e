import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * A workspace's onboarding (services/onboarding.ts): the starter-site build's state and the site it
 * made, and when the checklist was dismissed. One row per tenant (the tenant id is the key, so a
 * retried build cannot record a second site); row-level security is forced.
 */
export class Migration20261208020000_onboarding extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cms.onboarding (
      tenant_id uuid primary key,
      business_name text not null,
      status text not null check (status in ('building', 'ready', 'failed', 'skipped')),
      site_id uuid references cms.site (id) on delete set null,
      error text,
      started_at timestamptz not null,
      completed_at timestamptz,
      checklist_dismissed_at timestamptz
    )`);
    for (const sql of tenantTableRls('cms', 'onboarding')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table cms.onboarding');
  }
}
