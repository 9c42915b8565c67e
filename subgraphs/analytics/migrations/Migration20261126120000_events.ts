import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * First-party analytics: retention on the settings, raw events (no IP, no cookie id: a visitor
 * hash with a daily salt), hourly/daily aggregates, and CSV exports.
 */
export class Migration20261126120000_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table analytics.settings
      add column retention_days integer not null default 395 check (retention_days between 1 and 730)`);

    this.addSql(`create table analytics.events (
      tenant_id uuid not null,
      id bigint generated always as identity,
      occurred_at timestamptz not null,
      type text not null check (type in ('page_view', 'add_to_cart', 'begin_checkout', 'purchase')),
      path text not null check (length(path) between 1 and 512),
      referrer_host text check (length(referrer_host) <= 255),
      utm_source text check (length(utm_source) <= 100),
      utm_medium text check (length(utm_medium) <= 100),
      utm_campaign text check (length(utm_campaign) <= 100),
      device text not null check (device in ('desktop', 'mobile', 'tablet', 'other')),
      visitor_hash text check (visitor_hash ~ '^[0-9a-f]{32}$'),
      order_id text check (length(order_id) <= 100),
      amount_minor bigint check (amount_minor >= 0),
      currency text check (currency ~ '^[A-Z]{3}$'),
      primary key (tenant_id, id),
      check (type <> 'purchase' or (order_id is not null and amount_minor is not null and currency is not null))
    )`);
    this.addSql('create index events_tenant_time on analytics.events (tenant_id, occurred_at)');
    this.addSql(`create unique index events_purchase_order on analytics.events (tenant_id, order_id)
      where type = 'purchase'`);
    for (const sql of tenantTableRls('analytics', 'events')) this.addSql(sql);

    this.addSql(`create table analytics.aggregates (
      tenant_id uuid not null,
      granularity text not null check (granularity in ('HOUR', 'DAY')),
      bucket timestamptz not null,
      dimension text not null
        check (dimension in ('total', 'page', 'referrer', 'source', 'campaign', 'device', 'currency')),
      key text not null,
      page_views bigint not null default 0,
      visitors bigint not null default 0,
      add_to_cart bigint not null default 0,
      checkouts bigint not null default 0,
      purchases bigint not null default 0,
      converted_visitors bigint not null default 0,
      revenue_minor bigint not null default 0,
      primary key (tenant_id, granularity, bucket, dimension, key)
    )`);
    for (const sql of tenantTableRls('analytics', 'aggregates')) this.addSql(sql);

    this.addSql(`create table analytics.exports (
      tenant_id uuid not null,
      id uuid not null,
      status text not null default 'PENDING' check (status in ('PENDING', 'READY', 'FAILED')),
      from_at timestamptz not null,
      to_at timestamptz not null,
      granularity text not null check (granularity in ('HOUR', 'DAY')),
      storage_key text,
      error text,
      created_at timestamptz not null,
      finished_at timestamptz,
      primary key (tenant_id, id)
    )`);
    for (const sql of tenantTableRls('analytics', 'exports')) this.addSql(sql);
  }
}
