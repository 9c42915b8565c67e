import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

export class Migration20261126000200_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table commerce.product (
      id uuid primary key,
      tenant_id uuid not null,
      title text not null,
      price_amount integer not null check (price_amount >= 0),
      currency char(3) not null,
      status text not null check (status in ('draft', 'active', 'archived')),
      created_at timestamptz not null default now()
    )`);
    this.addSql('create index product_tenant_idx on commerce.product (tenant_id, status, id)');
    for (const sql of tenantTableRls('commerce', 'product')) this.addSql(sql);
  }
}
