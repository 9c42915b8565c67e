/**
 * Collections (catalog:read; changes need catalog:write): the list, and a collection's form with
 * its title, slug, description and products in display order (the editor's product picker);
 * deleting one is confirmed (its products stay).
 */
import { type FormEvent, useCallback, useState } from 'react';
import { messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type {
  StoreCollectionsQuery as CollectionsResult,
  StoreCollectionQuery as StoreCollectionResult,
} from '../../../gql/graphql.js';
import { type Column, PagedTable, pageOf, usePagedList } from '../../../paged-table.js';
import { Link, navigate } from '../../../router.js';
import {
  ConfirmDialog,
  ErrorMessage,
  Field,
  Forbidden,
  fieldError,
  LoadFailed,
  Loading,
  useAction,
  useLoad,
} from '../../../ui.js';
import { ProductsField } from '../../pages/editor/pickers/ProductPicker.js';
import {
  StoreCollectionQuery,
  StoreCollectionsQuery,
  StoreCreateCollectionMutation,
  StoreDeleteCollectionMutation,
  StoreUpdateCollectionMutation,
} from '../operations.js';
import { StoreNav } from '../StoreNav.js';

type ListedCollection = CollectionsResult['collections']['edges'][number]['node'];

const COLUMNS: Column<ListedCollection>[] = [
  { header: 'Title', cell: (c) => <Link to={`/store/collections/${c.id}`}>{c.title}</Link> },
  { header: 'Address', cell: (c) => `/collections/${c.slug}` },
  { header: 'Description', cell: (c) => c.description.slice(0, 80) || '—' },
];

export function Collections() {
  const { session, viewer } = useApp();
  const readable = can(viewer, 'catalog:read');
  const fetchPage = useCallback(
    async (after: string | null) =>
      pageOf((await session.execute(StoreCollectionsQuery, { first: 50, after })).collections),
    [session],
  );
  const list = usePagedList(fetchPage, readable);
  if (!readable) {
    return <Forbidden title="Collections">Your role in this workspace cannot manage its catalog.</Forbidden>;
  }
  return (
    <main>
      <h1>Collections</h1>
      <StoreNav />
      {can(viewer, 'catalog:write') ? (
        <p>
          <Link to="/store/collections/new">New collection</Link>
        </p>
      ) : null}
      <PagedTable
        list={list}
        label="Collections"
        what="collections"
        empty="No collections yet."
        columns={COLUMNS}
      />
    </main>
  );
}

interface CollectionDraft {
  title: string;
  slug: string;
  description: string;
  productIds: string[];
}

export function CollectionEditor({ id }: { id: string | null }) {
  const { session, viewer } = useApp();
  const readable = can(viewer, 'catalog:read');
  const writable = can(viewer, 'catalog:write');
  const { busy, error, run } = useAction();
  const [draft, setDraft] = useState<CollectionDraft | null>(null);
  const [notice, setNotice] = useState('');
  const [deleting, setDeleting] = useState(false);

  const fetchCollection = useCallback(async () => {
    const empty: CollectionDraft = { title: '', slug: '', description: '', productIds: [] };
    if (!id) return empty;
    // Every product of the collection (a save replaces the whole list: none may be left out).
    const productIds: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { collection }: StoreCollectionResult = await session.execute(StoreCollectionQuery, {
        id,
        after,
      });
      if (!collection) throw new Error('This collection does not exist (or was deleted).');
      productIds.push(...collection.products.edges.map((e) => e.node.id));
      after = collection.products.pageInfo.endCursor ?? null;
      if (!collection.products.pageInfo.hasNextPage || !after) {
        return {
          title: collection.title,
          slug: collection.slug,
          description: collection.description,
          productIds,
        };
      }
    }
  }, [session, id]);
  const loaded = useLoad(fetchCollection, readable);
  const current = draft ?? loaded.data;

  if (!readable) {
    return <Forbidden title="Collection">Your role in this workspace cannot manage its catalog.</Forbidden>;
  }
  if (loaded.error) {
    return (
      <LoadFailed title="Collection" error={loaded.error} onRetry={() => void loaded.reload()}>
        <Link to="/store/collections">Back to collections</Link>
      </LoadFailed>
    );
  }
  if (!current) return <Loading what="the collection" />;

  const edit = (patch: Partial<CollectionDraft>) => {
    setDraft({ ...current, ...patch });
    setNotice('');
  };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = {
      title: current.title.trim(),
      slug: current.slug.trim() || null,
      description: current.description,
      productIds: current.productIds,
    };
    void run(async () => {
      if (!id) {
        const { createCollection } = await session.execute(StoreCreateCollectionMutation, { input });
        navigate(`/store/collections/${createCollection.id}`, true);
        return;
      }
      await session.execute(StoreUpdateCollectionMutation, { id, input });
      setNotice('Saved');
    });
  };
  const remove = () =>
    void run(async () => {
      await session.execute(StoreDeleteCollectionMutation, { id: id! });
      navigate('/store/collections');
    });

  const fields = ['title', 'slug', 'productIds'];
  return (
    <main>
      <p>
        <Link to="/store/collections">← Collections</Link>
      </p>
      <h1>{id ? `Collection: ${loaded.data?.title ?? ''}` : 'New collection'}</h1>
      <form onSubmit={save} aria-label="Collection">
        <fieldset disabled={!writable || busy}>
          <Field
            label="Title"
            value={current.title}
            required
            onChange={(e) => edit({ title: e.currentTarget.value })}
            error={fieldError(error, 'title')}
          />
          <Field
            label="Address (slug; made from the title when empty)"
            value={current.slug}
            onChange={(e) => edit({ slug: e.currentTarget.value })}
            error={fieldError(error, 'slug')}
          />
          <div className="field">
            <label htmlFor="collection-description">Description</label>
            <textarea
              id="collection-description"
              rows={3}
              value={current.description}
              onChange={(e) => edit({ description: e.currentTarget.value })}
            />
          </div>
          <h2>Products</h2>
          <ProductsField
            value={current.productIds}
            readOnly={!writable}
            onChange={(productIds) => edit({ productIds })}
          />
          <ErrorMessage>{fieldError(error, 'productIds')}</ErrorMessage>
        </fieldset>
        <ErrorMessage>
          {error && !fields.some((f) => fieldError(error, f)) ? messageOf(error) : undefined}
        </ErrorMessage>
        <p role="status">{notice}</p>
        {writable ? (
          <button type="submit" disabled={busy}>
            {id ? 'Save collection' : 'Create collection'}
          </button>
        ) : null}{' '}
        {writable && id ? (
          <button type="button" className="danger" onClick={() => setDeleting(true)}>
            Delete collection…
          </button>
        ) : null}
      </form>
      {deleting ? (
        <ConfirmDialog
          title={`Delete ${current.title}?`}
          confirmLabel="Delete collection"
          busy={busy}
          onCancel={() => setDeleting(false)}
          onConfirm={remove}
        >
          <p>The collection goes; its products stay in the catalog. Pages showing it show no products.</p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}
