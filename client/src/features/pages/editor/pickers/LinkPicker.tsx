/**
 * The internal link picker, a Puck custom field for `href` props: choose one of the site's pages,
 * a product, a collection or a storefront page (all products, search, cart), or type a web
 * address. Stored as the site-relative path `storefrontLinks('').href(target)` builds (the renderer
 * puts it under the store's base), shown as a human label.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { safeHref } from '../../../../../../templates/components/index.js';
import { type LinkTarget, PAGE_TYPE_PATHS, ROOT_LINKS } from '../../../../../../templates/links.js';
import { messageOf } from '../../../../api.js';
import { useApp } from '../../../../app-context.js';
import { ErrorMessage, Loading } from '../../../../ui.js';
import { toPicked } from './load.js';
import { PickerPagesQuery, PickerProductsQuery } from './operations.js';
import { PickerDialog } from './PickerDialog.js';
import { CollectionList, useCollections } from './ProductPicker.js';
import { type PickedProduct, rememberProducts } from './picked.js';

interface PageRow {
  id: string;
  path: string;
  title: string;
}

/** What was picked besides its href: the target, and the page's id for a page (menus link by id). */
export interface PickedLink {
  target: LinkTarget;
  pageId?: string;
}

/**
 * The pages of the workspace's sites (deduplicated by path; the editor links within its site), or
 * of one site when `siteId` is given.
 */
export function usePages(siteId?: string) {
  const { session } = useApp();
  const [pages, setPages] = useState<PageRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    session
      .execute(PickerPagesQuery, {})
      .then(({ sites }) => {
        const seen = new Map<string, PageRow>();
        for (const site of sites.edges.filter((s) => !siteId || s.node.id === siteId))
          for (const { node } of site.node.pages.edges) if (!seen.has(node.path)) seen.set(node.path, node);
        if (live) setPages([...seen.values()].sort((a, b) => a.path.localeCompare(b.path)));
      })
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [session, siteId]);
  return { pages, error };
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** A stored href in words: "Page: About", "Product: blue-mug", "Web address: https://…". */
export function describeHref(
  href: string,
  names: {
    pages?: readonly PageRow[] | null;
    collections?: readonly { slug: string; title: string }[] | null;
  } = {},
): string {
  if (!href) return 'No link';
  if (/^https?:\/\//i.test(href)) return `Web address: ${href}`;
  const [path = ''] = href.split(/[?#]/);
  if (path === PAGE_TYPE_PATHS.allProducts) return 'All products';
  if (path === PAGE_TYPE_PATHS.search) return 'Search';
  if (path === PAGE_TYPE_PATHS.cart) return 'Cart';
  if (path.startsWith(PAGE_TYPE_PATHS.product))
    return `Product: ${decode(path.slice(PAGE_TYPE_PATHS.product.length))}`;
  if (path.startsWith(PAGE_TYPE_PATHS.collection)) {
    const slug = decode(path.slice(PAGE_TYPE_PATHS.collection.length));
    return `Collection: ${names.collections?.find((c) => c.slug === slug)?.title ?? slug}`;
  }
  const page = names.pages?.find((p) => p.path === path);
  return page ? `Page: ${page.title}` : path === '/' ? 'Page: Home' : `Page: ${path}`;
}

export function LinkField({
  label,
  value,
  onChange,
  readOnly,
}: {
  label: string;
  value: string | undefined;
  onChange(value: string): void;
  readOnly?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const { pages } = usePages();
  const href = typeof value === 'string' ? value : '';
  return (
    <div className="picker-field">
      <p className={href ? 'picker-chosen' : 'picker-none'}>{describeHref(href, { pages })}</p>
      {readOnly ? null : (
        <button type="button" onClick={() => setOpen(true)} aria-label={`Choose where ${label} goes`}>
          {href ? 'Change link' : 'Choose link'}
        </button>
      )}
      {open ? (
        <LinkPickerDialog
          current={href}
          onClose={() => setOpen(false)}
          onPick={(next) => {
            onChange(next);
            setOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}

type Tab = 'page' | 'product' | 'collection' | 'url';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'page', label: 'Page' },
  { tab: 'product', label: 'Product' },
  { tab: 'collection', label: 'Collection' },
  { tab: 'url', label: 'Web address' },
];

export function LinkPickerDialog({
  current,
  onPick,
  onClose,
  siteId,
}: {
  current: string;
  /** The href chosen, with the target when one of the store's own pages was picked. */
  onPick(href: string, picked?: PickedLink): void;
  onClose(): void;
  /** Offer this site's pages only (a menu links within its site). */
  siteId?: string;
}) {
  const [tab, setTab] = useState<Tab>(/^https?:/i.test(current) ? 'url' : 'page');
  const to = (target: LinkTarget, pageId?: string) =>
    onPick(ROOT_LINKS.href(target), pageId ? { target, pageId } : { target });
  return (
    <PickerDialog title="Choose a link" onClose={onClose}>
      <fieldset className="picker-tabs">
        <legend className="visually-hidden">Link to</legend>
        {TABS.map((t) => (
          <button key={t.tab} type="button" aria-pressed={tab === t.tab} onClick={() => setTab(t.tab)}>
            {t.label}
          </button>
        ))}
      </fieldset>
      {tab === 'page' ? (
        <PageTab onPick={to} siteId={siteId} />
      ) : tab === 'product' ? (
        <ProductTab onPick={to} />
      ) : tab === 'collection' ? (
        <CollectionTab onPick={to} />
      ) : (
        <UrlTab current={current} onPick={onPick} />
      )}
    </PickerDialog>
  );
}

function PageTab({ onPick, siteId }: { onPick(target: LinkTarget, pageId?: string): void; siteId?: string }) {
  const { pages, error } = usePages(siteId);
  const [filter, setFilter] = useState('');
  if (error) return <ErrorMessage>{messageOf(error)}</ErrorMessage>;
  if (!pages) return <Loading what="pages" />;
  const f = filter.trim().toLowerCase();
  const shown = pages.filter((p) => p.title.toLowerCase().includes(f) || p.path.includes(f));
  const special: { label: string; target: LinkTarget }[] = [
    { label: 'All products', target: { kind: 'allProducts' } },
    { label: 'Search', target: { kind: 'search' } },
    { label: 'Cart', target: { kind: 'cart' } },
  ];
  return (
    <>
      <label className="picker-toolbar">
        Search pages
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          maxLength={100}
        />
      </label>
      <ul className="picker-rows" aria-label="Pages">
        {shown.map((p) => (
          <li key={p.path}>
            <button
              type="button"
              className="picker-row"
              onClick={() => onPick({ kind: 'page', path: p.path }, p.id)}
            >
              <span className="picker-name">{p.title}</span>
              <span className="picker-meta">{p.path}</span>
            </button>
          </li>
        ))}
        {special
          .filter((s) => s.label.toLowerCase().includes(f))
          .map((s) => (
            <li key={s.label}>
              <button type="button" className="picker-row" onClick={() => onPick(s.target)}>
                <span className="picker-name">{s.label}</span>
                <span className="picker-meta">Store page</span>
              </button>
            </li>
          ))}
      </ul>
    </>
  );
}

function ProductTab({ onPick }: { onPick(target: LinkTarget): void }) {
  const { session } = useApp();
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<PickedProduct[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    session
      .execute(PickerProductsQuery, { first: 24, search: search.trim() || null })
      .then(({ products }) => {
        const found = products.edges.map((e) => toPicked(e.node));
        rememberProducts(found);
        if (live) setRows(found);
      })
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [session, search]);
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get('search') ?? ''));
  };
  return (
    <>
      <form aria-label="Search products" onSubmit={onSearch} className="picker-toolbar">
        <label>
          Search by title
          <input name="search" type="search" defaultValue={search} maxLength={100} />
        </label>
        <button type="submit">Search</button>
      </form>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {!rows ? (
        <Loading what="products" />
      ) : rows.length === 0 ? (
        <p>No product matches.</p>
      ) : (
        <ul className="picker-rows" aria-label="Products">
          {rows.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="picker-row"
                onClick={() => onPick({ kind: 'product', slug: p.slug })}
              >
                <span className="picker-name">{p.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CollectionTab({ onPick }: { onPick(target: LinkTarget): void }) {
  const { collections, error } = useCollections();
  return (
    <>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      <CollectionList
        collections={collections}
        onPick={(c) => onPick({ kind: 'collection', slug: c.slug })}
      />
    </>
  );
}

function UrlTab({ current, onPick }: { current: string; onPick(href: string): void }) {
  const [problem, setProblem] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let url = String(new FormData(event.currentTarget).get('url') ?? '').trim();
    if (url && !/^[a-z][a-z0-9+.-]*:|^\//i.test(url)) url = `https://${url}`;
    const checked = safeHref.safeParse(url);
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'Not a web address');
      return;
    }
    onPick(url);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Web address">
      <label className="picker-toolbar">
        Web address
        <input
          name="url"
          type="text"
          inputMode="url"
          defaultValue={/^https?:/i.test(current) ? current : ''}
          placeholder="https://example.com"
          maxLength={2048}
          aria-invalid={problem ? true : undefined}
        />
      </label>
      <ErrorMessage>{problem || undefined}</ErrorMessage>
      <button type="submit" className="primary">
        Use this address
      </button>
    </form>
  );
}
