import { Migration } from '@mikro-orm/migrations';

/** Consent policy for Clarity: the mode, the regions that require consent, the banner texts. */
export class Migration20261126080000_consent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table analytics.settings
      add column consent_mode text not null default 'NONE'
        check (consent_mode in ('NONE', 'REQUIRED_IN_REGIONS', 'ALWAYS')),
      add column consent_regions jsonb not null default '[]'::jsonb
        check (jsonb_typeof(consent_regions) = 'array'),
      add column consent_banners jsonb not null default '[]'::jsonb
        check (jsonb_typeof(consent_banners) = 'array'),
      add column first_party_analytics boolean not null default false,
      add check (consent_mode <> 'REQUIRED_IN_REGIONS' or jsonb_array_length(consent_regions) > 0)`);
  }
}
