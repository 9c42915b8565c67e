import { Migration } from '@mikro-orm/migrations';

/** The template a page was created from: its default design tokens join the page's token chain. */
export class Migration20261126060000_templates extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table cms.page add column template_id text check (template_id ~ '^[a-z0-9][a-z0-9-]{0,63}$')`,
    );
  }
}
