import type { EntityManager } from './db.js';
import { badInput } from './errors.js';
import type { Connection } from './pagination.js';

/**
 * Full-text search shared by the subgraphs that index something (commerce products, cms pages):
 * the text search configuration a request's locale maps to, a visitor's query turned into a
 * tsquery without ever putting its text into the SQL, and cursors over ranked rows
 * (docs/adr/0049-full-text-search.md).
 */

/** The longest query text accepted (longer ones are BAD_USER_INPUT, not truncated). */
export const MAX_SEARCH_QUERY_LENGTH = 100;

/**
 * The languages with their own text search configuration (stemming, stop words); every other
 * locale searches with `simple` (lower-cased words, no stemming). The stored search vectors hold
 * each of them besides `simple` (the migrations list the same names): never a name from the request.
 */
export const SEARCH_LANGUAGES = {
  en: 'english',
  fr: 'french',
  de: 'german',
  es: 'spanish',
  it: 'italian',
  nl: 'dutch',
  pt: 'portuguese',
} as const;

export type SearchConfig = (typeof SEARCH_LANGUAGES)[keyof typeof SEARCH_LANGUAGES] | 'simple';

/** `de-AT` → `german`, `ja` → `simple`, none → `simple`. */
export function searchConfigOf(locale: string | null | undefined): SearchConfig {
  const language = locale?.split('-')[0]?.toLowerCase() ?? '';
  return Object.hasOwn(SEARCH_LANGUAGES, language)
    ? SEARCH_LANGUAGES[language as keyof typeof SEARCH_LANGUAGES]
    : 'simple';
}

/** A visitor's query: the words before the last one (web search syntax) and the last word as a prefix. */
export interface SearchTerms {
  /** Passed to `websearch_to_tsquery` (quotes, `-word` and `or` keep their meaning); may be empty. */
  words: string;
  /** Letters and digits only, matched as a prefix (`sho` finds `shoes`); null when the query ends otherwise. */
  prefix: string | null;
}

/**
 * Splits and checks a query. Null when nothing is left to search for (blank); BAD_USER_INPUT
 * past MAX_SEARCH_QUERY_LENGTH characters. The last word is the prefix unless it is negated
 * (`-word`), inside an open or closed phrase, or followed by a space (the visitor finished it).
 */
export function searchTermsOf(query: string, field = 'query'): SearchTerms | null {
  if (query.length > MAX_SEARCH_QUERY_LENGTH) {
    throw badInput(`${field}: at most ${MAX_SEARCH_QUERY_LENGTH} characters`, field);
  }
  if (!query.trim()) return null;
  const quotes = (query.match(/"/g) ?? []).length;
  const last = /(^|\s)([^\s"-][^\s"]*)$/u.exec(query);
  if (!last || quotes % 2 === 1) return { words: query, prefix: null };
  // `t-shi` → words `t`, prefix `shi`: only the last run of letters and digits is a prefix.
  const runs = last[2]!.match(/[\p{L}\p{N}]+/gu);
  if (!runs) return { words: query, prefix: null };
  const prefix = runs.at(-1)!;
  const before = query.slice(0, last.index + last[1]!.length);
  return { words: `${before} ${runs.slice(0, -1).join(' ')}`.trim(), prefix };
}

/**
 * The tsquery of `terms` under `config`, as SQL with `?` placeholders and their values. The
 * config is one of SEARCH_LANGUAGES or `simple` (a fixed name, written as a literal); the
 * visitor's text only ever travels as a bound value. The prefix (letters and digits only) is
 * quoted by `quote_literal` inside PostgreSQL and given `:*`.
 */
export function tsquerySql(config: SearchConfig, terms: SearchTerms): { sql: string; params: string[] } {
  const cfg = `'${config}'::regconfig`;
  const words = { sql: `websearch_to_tsquery(${cfg}, ?)`, params: [terms.words] };
  if (terms.prefix === null) return words;
  const prefix = `to_tsquery(${cfg}, quote_literal(?) || ':*')`;
  if (!terms.words) return { sql: prefix, params: [terms.prefix] };
  return { sql: `(${words.sql} && ${prefix})`, params: [terms.words, terms.prefix] };
}

/** A position in ranked results: the row's rank (PostgreSQL's `real`, as text) and id. */
export interface RankedCursor {
  rank: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REAL = /^(\d+(\.\d+)?(e[-+]?\d+)?|0)$/;

/** The text form keeps the exact `real` (PostgreSQL prints the shortest exact digits). */
export function encodeRankedCursor(cursor: RankedCursor): string {
  return Buffer.from(`${cursor.rank} ${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeRankedCursor(cursor: string | null | undefined): RankedCursor | null {
  if (!cursor) return null;
  const [rank, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(' ');
  if (!rank || !id || rest.length || !REAL.test(rank) || !UUID.test(id)) {
    throw badInput('after: not a valid cursor', 'after');
  }
  return { rank, id };
}

/**
 * The keyset condition after a cursor, for rows ordered by `rank desc, id asc` (rank = a `real`
 * column of the subquery, id = its uuid): SQL and values, or nothing without a cursor.
 */
export function afterRankSql(after: RankedCursor | null): { sql: string; params: string[] } {
  if (!after) return { sql: 'true', params: [] };
  return {
    sql: '(rank < ?::real or (rank = ?::real and id > ?::uuid))',
    params: [after.rank, after.rank, after.id],
  };
}

/** One search over one table (a subgraph's service fills in its table and visibility). */
export interface RankedSearch {
  /** The table and its alias, e.g. `commerce.product p` (joins allowed, with `?` placeholders). */
  from: string;
  fromParams?: unknown[];
  /** The row's id, e.g. `p.id`. */
  id: string;
  /** Its stored search vector (every language's stems and the words as written), e.g. `p.search_vector`. */
  vector: string;
  /** Who may see which rows, with `?` placeholders; must name the tenant (RLS holds underneath it). */
  where: string;
  whereParams: unknown[];
  config: SearchConfig;
  terms: SearchTerms;
  after: RankedCursor | null;
  limit: number;
}

/**
 * The ids and ranks (`real` as text) of matching rows, best first, `id` breaking ties; at most
 * `limit` after `after`. Raw SQL (the ORM has no tsvector), inside the caller's `withTenant`. A
 * query with nothing to look for (only `-excluded` words: `querytree` is `T`) finds nothing rather
 * than every other row.
 */
export function rankedSearchRows(
  em: EntityManager,
  s: RankedSearch,
): Promise<{ id: string; rank: string }[]> {
  const tsquery = tsquerySql(s.config, s.terms);
  const after = afterRankSql(s.after);
  return em.execute<{ id: string; rank: string }[]>(
    // Ordered by the real rank (`ranked.rank`), not its text form.
    `select ranked.id, ranked.rank::text as rank from (
       select ${s.id} as id, ts_rank(${s.vector}, q.query) as rank
       from ${s.from}, (select ${tsquery.sql} as query) q
       where ${s.where} and ${s.vector} @@ q.query and querytree(q.query) <> 'T'
     ) ranked
     where ${after.sql}
     order by ranked.rank desc, ranked.id asc
     limit ?`,
    [...(s.fromParams ?? []), ...tsquery.params, ...s.whereParams, ...after.params, s.limit],
  );
}

/** The loaded rows in the ranked order, each with its rank (rows that vanished meanwhile left out). */
export function inRankedOrder<T extends { id: string }>(
  ranked: { id: string; rank: string }[],
  nodes: T[],
): { node: T; rank: string }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return ranked.flatMap((r) => {
    const node = byId.get(r.id);
    return node ? [{ node, rank: r.rank }] : [];
  });
}

/** A connection from `first + 1` ranked rows (best first), each cursor its rank and id. */
export function toRankedConnection<T extends { id: string }>(
  rows: { node: T; rank: string }[],
  first: number,
): Connection<T> {
  const page = rows.slice(0, first);
  const cursorOf = (row: { node: T; rank: string }) =>
    encodeRankedCursor({ rank: row.rank, id: row.node.id });
  const last = page.at(-1);
  return {
    edges: page.map((row) => ({ cursor: cursorOf(row), node: row.node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
  };
}
