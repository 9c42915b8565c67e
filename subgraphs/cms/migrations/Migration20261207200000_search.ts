import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search over published pages (docs/adr/0049-full-text-search.md). An immutable function
 * builds a page's search document in one text search configuration (title A, SEO title and
 * description B, the component tree's string props but their ids C; HTML tags are not words); the
 * stored `search_vector` joins the published page's under `simple` and under every language a
 * region's locale maps to (empty for a never-published page), so a query parsed in the request's
 * language or as written is matched and ranked against the one stored vector and its one GIN
 * index. The language list is a frozen copy of core/search.ts SEARCH_LANGUAGES at this migration
 * (subgraphs/cms/search.test.ts checks they agree). Published translations get the same vector;
 * a search in a locale reads the page's best published translation for it instead of the base
 * (no index of its own: a site's pages are few and the vectors are stored).
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
    const configs = ['simple', 'english', 'french', 'german', 'spanish', 'italian', 'dutch', 'portuguese'];
    const vector = (table: string, columns: string) =>
      `alter table cms.${table} add column search_vector tsvector generated always as (${configs
        .map((cfg) => `cms.page_search_document('${cfg}', ${columns})`)
        .join(' || ')}) stored`;
    this.addSql(vector('page', 'published_title, seo_title, seo_description, published_tree'));
    this.addSql('create index page_search_idx on cms.page using gin (search_vector)');
    // A published translation is what visitors of its locale see, so it is what they search.
    this.addSql(
      vector(
        'page_translation',
        'published_title, published_seo_title, published_seo_description, published_tree',
      ),
    );
  }
}
