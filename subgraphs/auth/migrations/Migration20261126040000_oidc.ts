import { Migration } from '@mikro-orm/migrations';

/** Social sign-in: linked provider identities and one-time sign-in codes (platform-wide tables). */
export class Migration20261126040000_oidc extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table auth.user_identity (
      id uuid primary key,
      provider text not null,
      subject text not null,
      user_id uuid not null references auth.user_account (id) on delete cascade,
      email text,
      created_at timestamptz not null default now(),
      constraint user_identity_provider_subject_key unique (provider, subject)
    )`);
    this.addSql('create index user_identity_user_idx on auth.user_identity (user_id)');
    this.addSql(`create table auth.sign_in_code (
      code_hash text primary key,
      user_id uuid not null references auth.user_account (id) on delete cascade,
      provider text not null,
      expires_at timestamptz not null,
      created_at timestamptz not null default now()
    )`);
    this.addSql('create index sign_in_code_expires_idx on auth.sign_in_code (expires_at)');
  }
}
