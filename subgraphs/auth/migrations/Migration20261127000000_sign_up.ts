import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-ups waiting for their emailed link: the account exists only once the link is followed, so
 * nobody can hold an address they do not receive mail at. Platform-wide (no tenant): allow-listed
 * in test/rls.test.ts. The link's token is stored only as its SHA-256 hash.
 */
export class Migration20261127000000_sign_up extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table auth.pending_sign_up (
      id uuid primary key,
      email text not null,
      name text not null,
      password_hash text not null,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`);
    this.addSql('create index pending_sign_up_email_idx on auth.pending_sign_up (email)');
    this.addSql('create index pending_sign_up_expires_idx on auth.pending_sign_up (expires_at)');
  }
}
