import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * Carts and their lines, the tenant's discount codes (with one redemption row per order that
 * used one), per-region tax settings and shipping rates. Every table is tenant-owned with RLS.
 */
export class Migration20261126070000_carts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table commerce.discount_code (
      id uuid primary key,
      tenant_id uuid not null,
      code text not null,
      kind text not null check (kind in ('percentage', 'fixed')),
      percent_off integer check (percent_off between 1 and 100),
      amount_off integer check (amount_off > 0),
      currency char(3),
      min_subtotal integer check (min_subtotal >= 0),
      usage_limit integer check (usage_limit > 0),
      starts_at timestamptz,
      expires_at timestamptz,
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (tenant_id, code),
      check ((kind = 'percentage' and percent_off is not null and amount_off is null)
          or (kind = 'fixed' and amount_off is not null and currency is not null and percent_off is null))
    )`);
    for (const sql of tenantTableRls('commerce', 'discount_code')) this.addSql(sql);

    // One row per order that used a code: the usage count is the number of redemptions whose
    // order is not cancelled or expired (so an abandoned checkout gives its use back).
    this.addSql(`create table commerce.discount_redemption (
      tenant_id uuid not null,
      discount_id uuid not null references commerce.discount_code (id) on delete cascade,
      order_id uuid not null references commerce.orders (id) on delete cascade,
      created_at timestamptz not null,
      primary key (discount_id, order_id)
    )`);
    this.addSql(
      'create unique index discount_redemption_order_idx on commerce.discount_redemption (order_id)',
    );
    for (const sql of tenantTableRls('commerce', 'discount_redemption')) this.addSql(sql);

    this.addSql(`create table commerce.tax_setting (
      tenant_id uuid not null,
      region_code text not null,
      rate_bps integer not null check (rate_bps between 0 and 10000),
      inclusive boolean not null,
      updated_at timestamptz not null,
      primary key (tenant_id, region_code)
    )`);
    for (const sql of tenantTableRls('commerce', 'tax_setting')) this.addSql(sql);

    this.addSql(`create table commerce.shipping_rate (
      id uuid primary key,
      tenant_id uuid not null,
      region_code text not null,
      name text not null,
      currency char(3) not null,
      amount integer not null check (amount >= 0),
      free_over integer check (free_over >= 0),
      created_at timestamptz not null
    )`);
    this.addSql('create index shipping_rate_region_idx on commerce.shipping_rate (tenant_id, region_code)');
    for (const sql of tenantTableRls('commerce', 'shipping_rate')) this.addSql(sql);

    this.addSql(`create table commerce.cart (
      id uuid primary key,
      tenant_id uuid not null,
      token_hash text not null unique,
      region_code text not null,
      currency char(3) not null,
      discount_id uuid references commerce.discount_code (id) on delete set null,
      shipping_rate_id uuid references commerce.shipping_rate (id) on delete set null,
      visitor_hash text,
      status text not null check (status in ('open', 'checked_out')),
      order_id uuid,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create index cart_tenant_idx on commerce.cart (tenant_id, updated_at)');
    for (const sql of tenantTableRls('commerce', 'cart')) this.addSql(sql);

    this.addSql(`create table commerce.cart_line (
      tenant_id uuid not null,
      cart_id uuid not null references commerce.cart (id) on delete cascade,
      variant_id uuid not null references commerce.variant (id) on delete cascade,
      quantity integer not null check (quantity between 1 and 1000),
      added_at timestamptz not null,
      primary key (cart_id, variant_id)
    )`);
    for (const sql of tenantTableRls('commerce', 'cart_line')) this.addSql(sql);
  }
}
