import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search over products (docs/adr/0049-full-text-search.md). An immutable function builds
 * a product's search document in one text search configuration (title A, description B, option
 * names and values and SEO text C); the stored `search_vector` joins it under `simple` and under
 * every language a region's locale maps to, so a query parsed in the request's language (its
 * stems) or as written (`simple`) is matched and ranked against the one stored vector and its one
 * GIN index. The language list is a frozen copy of core/search.ts SEARCH_LANGUAGES at this
 * migration (a later language needs a migration; subgraphs/commerce/search.test.ts checks they agree).
 */
export class Migration20261207200000_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function commerce.product_search_document(
        cfg regconfig, title text, description text, options jsonb, seo_title text, seo_description text
      ) returns tsvector language sql immutable parallel safe
      return setweight(to_tsvector(cfg, coalesce(title, '')), 'A')
        || setweight(to_tsvector(cfg, coalesce(description, '')), 'B')
        || setweight(jsonb_to_tsvector(cfg, coalesce(options, '[]'::jsonb), '["string"]'), 'C')
        || setweight(to_tsvector(cfg, coalesce(seo_title, '') || ' ' || coalesce(seo_description, '')), 'C')`);
    const configs = ['simple', 'english', 'french', 'german', 'spanish', 'italian', 'dutch', 'portuguese'];
    const document = configs
      .map(
        (cfg) =>
          `commerce.product_search_document('${cfg}', title, description, options, seo_title, seo_description)`,
      )
      .join(' || ');
    this.addSql(
      `alter table commerce.product add column search_vector tsvector generated always as (${document}) stored`,
    );
    this.addSql('create index product_search_idx on commerce.product using gin (search_vector)');
  }
}
