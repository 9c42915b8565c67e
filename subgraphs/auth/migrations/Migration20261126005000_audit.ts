import { Migration } from '@mikro-orm/migrations';
import { tenantTableRls } from '../../../core/db.js';

/** Security events: insert-only (a trigger refuses updates and deletes, whatever the grants). */
export class Migration20261126005000_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table auth.audit_event (
      id uuid primary key,
      tenant_id uuid,
      actor_user_id uuid,
      actor_kind text not null,
      action text not null,
      target text,
      detail jsonb not null default '{}',
      client_ip text,
      user_agent text,
      request_id text,
      created_at timestamptz not null default now()
    )`);
    this.addSql('create index audit_event_tenant_idx on auth.audit_event (tenant_id, created_at desc, id)');
    this.addSql('create index audit_event_actor_idx on auth.audit_event (actor_user_id, created_at desc)');
    for (const sql of tenantTableRls('auth', 'audit_event')) this.addSql(sql);
    this.addSql(`create function auth.audit_event_immutable() returns trigger language plpgsql as $$
      begin raise exception 'the audit log is append-only'; end $$`);
    this.addSql(`create trigger audit_event_immutable before update or delete on auth.audit_event
      for each row execute function auth.audit_event_immutable()`);
  }
}
