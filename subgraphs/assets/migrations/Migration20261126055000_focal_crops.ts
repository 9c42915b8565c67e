import { Migration } from '@mikro-orm/migrations';

/** Variants gain a crop (`none` for the responsive widths, `1x1`, `4x3`, ... for focal-point crops). */
export class Migration20261126055000_focal_crops extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table assets.asset_variant add column crop text not null default 'none'
      check (crop ~ '^(none|[1-9][0-9]?x[1-9][0-9]?)$')`);
    this.addSql(
      'alter table assets.asset_variant drop constraint asset_variant_tenant_id_asset_id_width_format_key',
    );
    this.addSql(
      'alter table assets.asset_variant add constraint asset_variant_unique unique (tenant_id, asset_id, crop, width, format)',
    );
  }
}
