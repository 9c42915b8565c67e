import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search over published pages (docs/adr/0049-full-text-search.md). One immutable
 * function builds a page's search document in a given text search configuration (title A, SEO
 * title and description B, the text of the component tree's props C); the stored
 * `search_vector` is the published page's under `simple` (every locale without a language of its
 * own; empty for a never-published page), and each language a region's locale maps to has a GIN
 * expression index of the same function under its configuration. The language list is a frozen
 * copy of core/search.ts SEARCH_LANGUAGES at this migration (subgraphs/cms/search.test.ts checks
 * they agree).
 */
export class Migration20261207200000_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function cms.page_search_document(
        cfg regconfig, title text, seo_title text, seo_description text, tree jsonb
      ) returns tsvector language sql immutable parallel safe
      return setweight(to_tsvector(cfg, coalesce(title, '')), 'A')
        || setweight(to_tsvector(cfg, coalesce(seo_title, '') || ' ' || coalesce(seo_description, '')), 'B')
        || setweight(jsonb_to_tsvector(cfg,
             jsonb_path_query_array(coalesce(tree, '{}'::jsonb),
               'strict $.**.props.keyvalue() ? (@.key != "id" && @.value.type() == "string").value'),
             '["string"]'), 'C')`);
    this.addSql(`alter table cms.page add column search_vector tsvector
      generated always as (cms.page_search_document(
        'simple', published_title, seo_title, seo_description, published_tree)) stored`);
    this.addSql('create index page_search_idx on cms.page using gin (search_vector)');
    for (const cfg of ['english', 'french', 'german', 'spanish', 'italian', 'dutch', 'portuguese']) {
      this.addSql(`create index page_search_${cfg}_idx on cms.page using gin (
        cms.page_search_document('${cfg}', published_title, seo_title, seo_description, published_tree))`);
    }
  }
}
