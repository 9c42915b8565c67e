import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * The catalog (products with options, variants, prices per currency, collections) and inventory
 * (locations, stock per variant per location, reservations). Every table carries `tenant_id`, its
 * keys and unique constraints lead with it, and RLS is forced (docs/adr/0004-citus-planned-migration.md).
 *
 * Existing products keep working: each gets a slug and one default variant carrying its old
 * single price; `product.price_amount` / `product.currency` stay (nullable, no longer read).
 */
export class Migration20261126000300_catalog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table commerce.product
      add column slug text,
      add column description text not null default '',
      add column seo_title text,
      add column seo_description text,
      add column options jsonb not null default '[]',
      add column image_asset_ids uuid[] not null default '{}',
      add column version integer not null default 1,
      add column updated_at timestamptz not null default now(),
      alter column price_amount drop not null,
      alter column currency drop not null`);
    this.addSql(
      `update commerce.product set slug = 'product-' || left(id::text, 8) || '-' || right(id::text, 4)`,
    );
    this.addSql('alter table commerce.product alter column slug set not null');
    this.addSql('create unique index product_tenant_slug_uq on commerce.product (tenant_id, slug)');
    this.addSql('create index product_tenant_title_idx on commerce.product (tenant_id, lower(title))');

    this.addSql(`create table commerce.variant (
      id uuid primary key,
      tenant_id uuid not null,
      product_id uuid not null references commerce.product (id) on delete cascade,
      sku text not null,
      title text not null default '',
      option_values text[] not null default '{}',
      weight_grams integer check (weight_grams >= 0),
      position integer not null default 0,
      created_at timestamptz not null default now()
    )`);
    this.addSql('create unique index variant_tenant_sku_uq on commerce.variant (tenant_id, lower(sku))');
    this.addSql(
      'create index variant_tenant_product_idx on commerce.variant (tenant_id, product_id, position)',
    );

    this.addSql(`create table commerce.variant_price (
      tenant_id uuid not null,
      variant_id uuid not null references commerce.variant (id) on delete cascade,
      currency char(3) not null,
      amount integer not null check (amount >= 0),
      compare_at_amount integer check (compare_at_amount >= 0),
      primary key (tenant_id, variant_id, currency)
    )`);

    this.addSql(`create table commerce.collection (
      id uuid primary key,
      tenant_id uuid not null,
      title text not null,
      slug text not null,
      description text not null default '',
      created_at timestamptz not null default now()
    )`);
    this.addSql('create unique index collection_tenant_slug_uq on commerce.collection (tenant_id, slug)');
    this.addSql(`create table commerce.collection_product (
      tenant_id uuid not null,
      collection_id uuid not null references commerce.collection (id) on delete cascade,
      product_id uuid not null references commerce.product (id) on delete cascade,
      position integer not null default 0,
      primary key (tenant_id, collection_id, product_id)
    )`);

    this.addSql(`create table commerce.location (
      id uuid primary key,
      tenant_id uuid not null,
      name text not null,
      is_default boolean not null default false,
      created_at timestamptz not null default now()
    )`);
    this.addSql(
      'create unique index location_tenant_default_uq on commerce.location (tenant_id) where is_default',
    );
    this.addSql(`create table commerce.stock_level (
      tenant_id uuid not null,
      variant_id uuid not null references commerce.variant (id) on delete cascade,
      location_id uuid not null references commerce.location (id) on delete cascade,
      on_hand integer not null default 0 check (on_hand >= 0),
      reserved integer not null default 0 check (reserved >= 0),
      check (reserved <= on_hand),
      primary key (tenant_id, variant_id, location_id)
    )`);

    // A reservation id is chosen by the caller (idempotency key), unique per tenant.
    this.addSql(`create table commerce.stock_reservation (
      tenant_id uuid not null,
      id uuid not null,
      status text not null check (status in ('held', 'committed', 'released')),
      expires_at timestamptz not null,
      release_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id)
    )`);
    this.addSql(
      `create index stock_reservation_expiry_idx on commerce.stock_reservation (expires_at) where status = 'held'`,
    );
    this.addSql(`create table commerce.stock_reservation_line (
      tenant_id uuid not null,
      reservation_id uuid not null,
      variant_id uuid not null references commerce.variant (id),
      location_id uuid not null references commerce.location (id),
      quantity integer not null check (quantity > 0),
      primary key (tenant_id, reservation_id, variant_id, location_id),
      foreign key (tenant_id, reservation_id) references commerce.stock_reservation (tenant_id, id) on delete cascade
    )`);

    this.addSql(`create table commerce.catalog_job (
      id uuid primary key,
      tenant_id uuid not null,
      kind text not null check (kind in ('import', 'export')),
      status text not null check (status in ('queued', 'running', 'succeeded', 'failed')),
      input text,
      storage_key text,
      summary jsonb,
      problems jsonb not null default '[]',
      requested_by uuid,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    )`);
    this.addSql('create index catalog_job_tenant_idx on commerce.catalog_job (tenant_id, created_at)');

    for (const table of [
      'catalog_job',
      'variant',
      'variant_price',
      'collection',
      'collection_product',
      'location',
      'stock_level',
      'stock_reservation',
      'stock_reservation_line',
    ]) {
      for (const sql of tenantTableRls('commerce', table)) this.addSql(sql);
    }

    // Every existing product gets one default variant with its old price.
    this.addSql(`insert into commerce.variant (id, tenant_id, product_id, sku, position, created_at)
      select gen_random_uuid(), tenant_id, id, 'SKU-' || upper(left(id::text, 8)) || upper(right(id::text, 4)), 0, created_at
      from commerce.product`);
    this.addSql(`insert into commerce.variant_price (tenant_id, variant_id, currency, amount)
      select v.tenant_id, v.id, p.currency, p.price_amount
      from commerce.variant v join commerce.product p on p.id = v.product_id and p.tenant_id = v.tenant_id
      where p.currency is not null and p.price_amount is not null`);
  }
}
