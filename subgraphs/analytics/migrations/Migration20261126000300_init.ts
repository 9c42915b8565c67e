import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

export class Migration20261126000300_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table analytics.settings (
      tenant_id uuid primary key,
      clarity_project_id text check (clarity_project_id ~ '^[a-z0-9]{6,16}$'),
      clarity_enabled boolean not null default false,
      updated_at timestamptz not null default now(),
      check (not clarity_enabled or clarity_project_id is not null)
    )`);
    for (const sql of tenantTableRls('analytics', 'settings')) this.addSql(sql);
  }
}
