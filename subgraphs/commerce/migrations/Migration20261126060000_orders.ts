import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * Orders, their timeline and refunds; the tenant's Stripe Connect account; received Connect
 * webhook events. Every table is tenant-owned with RLS (Connect events whose account maps to no
 * tenant are stored with a null tenant and are only visible on the platform path).
 */
export class Migration20261126060000_orders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table commerce.commerce_settings (
      tenant_id uuid primary key,
      stripe_account_id text unique,
      charges_enabled boolean not null default false,
      payouts_enabled boolean not null default false,
      details_submitted boolean not null default false,
      updated_at timestamptz not null default now()
    )`);
    for (const sql of tenantTableRls('commerce', 'commerce_settings')) this.addSql(sql);

    // Gap-free order numbers: the counter row is locked by the allocating transaction until it
    // commits, and a rolled-back order gives its number back.
    this.addSql(`create table commerce.order_number_counter (
      tenant_id uuid primary key,
      last_number integer not null
    )`);
    for (const sql of tenantTableRls('commerce', 'order_number_counter')) this.addSql(sql);

    this.addSql(`create table commerce.orders (
      id uuid primary key,
      tenant_id uuid not null,
      number integer not null,
      status text not null check (status in
        ('pending', 'paid', 'fulfilled', 'partially_refunded', 'refunded', 'cancelled', 'expired')),
      disputed boolean not null default false,
      currency char(3) not null,
      subtotal_amount integer not null check (subtotal_amount >= 0),
      discount_amount integer not null check (discount_amount >= 0),
      tax_amount integer not null check (tax_amount >= 0),
      shipping_amount integer not null check (shipping_amount >= 0),
      total_amount integer not null check (total_amount >= 0),
      refunded_amount integer not null default 0 check (refunded_amount >= 0),
      application_fee_amount integer,
      lines jsonb not null,
      customer_email text not null,
      shipping_address jsonb,
      visitor_hash text,
      payment_intent_id text unique,
      stripe_account_id text,
      access_token_hash text not null unique,
      inventory_state text not null default 'reserved' check (inventory_state in
        ('reserved', 'committed', 'released', 'insufficient', 'missing')),
      reservation_expires_at timestamptz,
      tracking_carrier text,
      tracking_number text,
      tracking_url text,
      paid_at timestamptz,
      fulfilled_at timestamptz,
      closed_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (tenant_id, number)
    )`);
    this.addSql('create index order_tenant_list_idx on commerce.orders (tenant_id, id desc)');
    this.addSql('create index order_tenant_status_idx on commerce.orders (tenant_id, status, id desc)');
    this.addSql('create index order_tenant_email_idx on commerce.orders (tenant_id, lower(customer_email))');
    this.addSql(
      `create index order_pending_expiry_idx on commerce.orders (reservation_expires_at) where status = 'pending'`,
    );
    for (const sql of tenantTableRls('commerce', 'orders')) this.addSql(sql);

    this.addSql(`create table commerce.order_event (
      id uuid primary key,
      tenant_id uuid not null,
      order_id uuid not null references commerce.orders (id) on delete cascade,
      kind text not null check (kind in
        ('created', 'status', 'refund', 'dispute', 'payment_failed', 'inventory', 'fulfilment', 'note')),
      from_status text,
      to_status text,
      amount integer,
      cause_event_id text,
      cause_user_id uuid,
      cause text not null,
      detail jsonb not null default '{}',
      at timestamptz not null
    )`);
    this.addSql('create index order_event_order_idx on commerce.order_event (tenant_id, order_id, at, id)');
    // One timeline entry per (order, Stripe event, kind): a replayed event cannot add a second.
    this.addSql(
      'create unique index order_event_cause_idx on commerce.order_event (order_id, cause_event_id, kind, to_status) where cause_event_id is not null',
    );
    for (const sql of tenantTableRls('commerce', 'order_event')) this.addSql(sql);

    this.addSql(`create table commerce.order_refund (
      id uuid primary key,
      tenant_id uuid not null,
      order_id uuid not null references commerce.orders (id) on delete cascade,
      amount integer not null check (amount > 0),
      reason text not null,
      status text not null check (status in ('pending', 'succeeded', 'failed')),
      idempotency_key text not null unique,
      stripe_refund_id text unique,
      requested_by uuid,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create index order_refund_order_idx on commerce.order_refund (tenant_id, order_id)');
    for (const sql of tenantTableRls('commerce', 'order_refund')) this.addSql(sql);

    this.addSql(`create table commerce.stripe_connect_event (
      id text primary key,
      tenant_id uuid,
      type text not null,
      account text,
      payload jsonb not null,
      received_at timestamptz not null default now(),
      processed_at timestamptz,
      outcome text
    )`);
    this.addSql('create index stripe_connect_event_tenant_idx on commerce.stripe_connect_event (tenant_id)');
    for (const sql of tenantTableRls('commerce', 'stripe_connect_event')) this.addSql(sql);
  }
}
