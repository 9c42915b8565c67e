import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * The upload flow and image variants: an asset's lifecycle (pending → processing → ready | failed),
 * its kind, image facts (size, placeholder, dominant colour, focal point), the variants table
 * (one row per width and format, unique, so a job that runs twice records nothing twice) and the
 * usage table other subgraphs fill so that a referenced asset is not deleted by accident.
 */
export class Migration20261126050000_upload_flow extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table assets.asset
      add column kind text not null default 'image' check (kind in ('image', 'font', 'document')),
      add column status text not null default 'ready'
        check (status in ('pending', 'processing', 'ready', 'failed')),
      add column failure_reason text,
      add column private boolean not null default false,
      add column width integer check (width > 0),
      add column height integer check (height > 0),
      add column placeholder text,
      add column dominant_color text,
      add column focal_x real check (focal_x between 0 and 1),
      add column focal_y real check (focal_y between 0 and 1),
      add column updated_at timestamptz not null default now()`);
    this.addSql('create index asset_tenant_kind_idx on assets.asset (tenant_id, kind, id)');
    // (tenant_id, id) is unique already through the primary key; the foreign keys below need it named.
    this.addSql('alter table assets.asset add constraint asset_tenant_id_key unique (tenant_id, id)');

    this.addSql(`create table assets.asset_variant (
      id uuid primary key,
      tenant_id uuid not null,
      asset_id uuid not null,
      width integer not null check (width > 0),
      height integer not null check (height > 0),
      format text not null check (format in ('avif', 'webp', 'jpeg', 'png')),
      storage_key text not null,
      size integer not null check (size > 0),
      created_at timestamptz not null default now(),
      unique (tenant_id, asset_id, width, format),
      foreign key (tenant_id, asset_id) references assets.asset (tenant_id, id) on delete cascade
    )`);
    for (const sql of tenantTableRls('assets', 'asset_variant')) this.addSql(sql);

    this.addSql(`create table assets.asset_usage (
      id uuid primary key,
      tenant_id uuid not null,
      asset_id uuid not null,
      service text not null,
      kind text not null,
      ref_id text not null,
      label text not null,
      updated_at timestamptz not null default now(),
      unique (tenant_id, asset_id, service, kind, ref_id),
      foreign key (tenant_id, asset_id) references assets.asset (tenant_id, id) on delete cascade
    )`);
    for (const sql of tenantTableRls('assets', 'asset_usage')) this.addSql(sql);
  }
}
