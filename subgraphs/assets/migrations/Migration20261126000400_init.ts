import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

export class Migration20261126000400_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table assets.asset (
      id uuid primary key,
      tenant_id uuid not null,
      storage_key text not null,
      filename text not null,
      content_type text not null,
      size integer not null check (size >= 0),
      alt text,
      created_at timestamptz not null default now(),
      unique (tenant_id, storage_key)
    )`);
    this.addSql('create index asset_tenant_idx on assets.asset (tenant_id, id)');
    for (const sql of tenantTableRls('assets', 'asset')) this.addSql(sql);
  }
}
