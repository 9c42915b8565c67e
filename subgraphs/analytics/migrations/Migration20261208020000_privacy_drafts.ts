import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/**
 * Privacy as a draft (ADR 0059): the visitor-facing part of the analytics settings (Clarity,
 * consent mode and regions, banner texts, first-party analytics) edited as one draft per tenant,
 * and the append-only history of what went live.
 */
export class Migration20261208020000_privacy_drafts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table analytics.privacy_draft (
      tenant_id uuid primary key,
      settings jsonb not null check (jsonb_typeof(settings) = 'object'),
      version integer not null default 1 check (version >= 1),
      updated_at timestamptz not null default now(),
      updated_by text not null
    )`);
    for (const sql of tenantTableRls('analytics', 'privacy_draft')) this.addSql(sql);
    this.addSql(`create table analytics.privacy_version (
      id uuid primary key,
      tenant_id uuid not null,
      version integer not null check (version >= 1),
      settings jsonb not null check (jsonb_typeof(settings) = 'object'),
      published_at timestamptz not null default now(),
      published_by text not null,
      restored_from integer check (restored_from >= 1),
      unique (tenant_id, version)
    )`);
    for (const sql of tenantTableRls('analytics', 'privacy_version')) this.addSql(sql);
  }
}
