import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts: sessions with rotating refresh tokens, single-use account tokens (email verification,
 * password reset, email change) and TOTP two-factor. All account-level (a person, not a tenant):
 * no `tenant_id`, so no RLS; each table is allow-listed in test/rls.test.ts with its reason.
 * Secrets are stored only as SHA-256 hashes, except the TOTP seed, which verification needs: it is
 * stored AES-256-GCM encrypted with SECRETS_KEYS.
 */
export class Migration20261126010000_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table auth.user_account add column email_verified_at timestamptz');

    this.addSql(`create table auth.session (
      id uuid primary key,
      user_id uuid not null references auth.user_account (id) on delete cascade,
      tenant_id uuid,
      created_at timestamptz not null default now(),
      last_used_at timestamptz not null default now(),
      user_agent text,
      client_ip text,
      revoked_at timestamptz,
      revoked_reason text
    )`);
    this.addSql('create index session_user_idx on auth.session (user_id, id)');

    this.addSql(`create table auth.refresh_token (
      id uuid primary key,
      session_id uuid not null references auth.session (id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`);
    this.addSql('create index refresh_token_session_idx on auth.refresh_token (session_id)');

    this.addSql(`create table auth.account_token (
      id uuid primary key,
      user_id uuid not null references auth.user_account (id) on delete cascade,
      purpose text not null check (purpose in ('verify-email', 'password-reset', 'email-change')),
      token_hash text not null unique,
      new_email text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`);
    this.addSql('create index account_token_user_idx on auth.account_token (user_id, purpose)');

    this.addSql(`create table auth.totp_factor (
      user_id uuid primary key references auth.user_account (id) on delete cascade,
      secret text not null,
      confirmed_at timestamptz,
      last_used_step integer,
      created_at timestamptz not null default now()
    )`);

    this.addSql(`create table auth.recovery_code (
      id uuid primary key,
      user_id uuid not null references auth.user_account (id) on delete cascade,
      code_hash text not null unique,
      used_at timestamptz
    )`);
    this.addSql('create index recovery_code_user_idx on auth.recovery_code (user_id)');
  }
}
