/**
 * The media library: the tenant's assets, searched and filtered by kind, uploaded with progress
 * (createUpload → PUT the bytes to the upload URL → completeUpload), followed until READY with
 * their variants, and edited (alt text, focal point by clicking the image) or deleted (a CONFLICT
 * names what still uses the asset and offers to delete anyway). Loaded on demand (React.lazy).
 */
import {
  type ChangeEvent,
  type FormEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { ApiError, messageOf } from '../../api.js';
import { can, useApp } from '../../app-context.js';
import type { AssetKind, MediaAssetQuery, MediaAssetsQuery } from '../../gql/graphql.js';
import { pageOf, usePagedList } from '../../paged-table.js';
import { ErrorMessage, Forbidden, Loading, RetryError } from '../../ui.js';
import {
  MediaAssetQuery as AssetQuery,
  MediaAssetsQuery as AssetsQuery,
  MediaDeleteAssetMutation,
  MediaUpdateAssetMutation,
} from './operations.js';
import { type PutFile, uploadAsset, xhrPut } from './upload.js';

export { contentTypeOf, type PutFile, type UploadTarget, xhrPut } from './upload.js';

type ListedAsset = MediaAssetsQuery['assets']['edges'][number]['node'];
type AssetDetail = NonNullable<MediaAssetQuery['asset']>;

export const ACCEPT =
  'image/jpeg,image/png,image/webp,image/avif,image/gif,font/woff2,application/pdf,.woff2';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The narrowest variant at least `min` pixels wide (else the widest), for a thumbnail or preview. */
export function pickVariant<V extends { width: number; crop?: string | null }>(
  variants: readonly V[],
  min: number,
) {
  const whole = variants.filter((v) => !v.crop);
  return whole.find((v) => v.width >= min) ?? whole[whole.length - 1];
}

const STATUS_LABEL: Record<ListedAsset['status'], string> = {
  PENDING: 'Waiting for the file',
  PROCESSING: 'Processing…',
  READY: 'Ready',
  FAILED: 'Failed',
};

interface UploadRow {
  key: string;
  filename: string;
  progress: number;
  state: 'uploading' | 'processing' | 'ready' | 'failed';
  message?: string;
}

function Thumbnail({ asset }: { asset: ListedAsset }) {
  const variant = pickVariant(asset.variants, 160);
  if (variant) {
    return (
      <img
        src={variant.url}
        alt={asset.alt ?? ''}
        width={160}
        height={asset.width && asset.height ? Math.round((160 * asset.height) / asset.width) : 120}
        style={{ background: asset.dominantColor ?? undefined }}
      />
    );
  }
  if (asset.placeholderDataUrl) return <img src={asset.placeholderDataUrl} alt="" width={160} height={120} />;
  return (
    <span className="media-kind" aria-hidden="true">
      {asset.kind === 'FONT' ? 'Aa' : asset.kind === 'DOCUMENT' ? 'PDF' : '…'}
    </span>
  );
}

export interface MediaLibraryProps {
  /** How bytes are sent (default: XMLHttpRequest with progress). */
  putFile?: PutFile;
  /** How often a processing asset is polled, in ms. */
  pollMs?: number;
}

export function MediaLibrary({ putFile = xhrPut, pollMs = 1000 }: MediaLibraryProps) {
  const { session, viewer } = useApp();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<AssetKind | ''>('');
  const [uploads, setUploads] = useState<UploadRow[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const writable = can(viewer, 'assets:write');

  const fetchPage = useCallback(
    async (after: string | null) => {
      const { assets } = await session.execute(AssetsQuery, {
        first: 24,
        after,
        search: search.trim() || null,
        type: kind || null,
      });
      return pageOf(assets);
    },
    [session, search, kind],
  );
  const list = usePagedList<ListedAsset>(fetchPage, can(viewer, 'assets:read'));
  const { items: assets, error: loadError, reload: load } = list;

  const patchUpload = (key: string, patch: Partial<UploadRow>) =>
    setUploads((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const uploadOne = async (file: File, key: string) => {
    const outcome = await uploadAsset(session, file, {
      putFile,
      pollMs,
      alive: () => mounted.current,
      onProgress: (progress) => patchUpload(key, { progress }),
      onProcessing: () => {
        patchUpload(key, { state: 'processing', progress: 1 });
        void load();
      },
    });
    if (!mounted.current) return;
    if (outcome.state === 'ready')
      patchUpload(key, { state: 'ready', progress: 1, message: outcome.message });
    else patchUpload(key, { state: 'failed', message: outcome.message });
    if (outcome.id) await load();
  };

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    const rows = files.map((file, i) => ({
      key: `${Date.now()}-${i}-${file.name}`,
      filename: file.name,
      progress: 0,
      state: 'uploading' as const,
    }));
    setUploads((prev) => [...rows, ...prev]);
    files.forEach((file, i) => void uploadOne(file, rows[i]!.key));
  };

  if (!can(viewer, 'assets:read')) {
    return <Forbidden title="Media">Your role in this workspace cannot see its media library.</Forbidden>;
  }

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSearch(String(form.get('search') ?? ''));
    setKind(String(form.get('kind') ?? '') as AssetKind | '');
  };

  return (
    <main className="media">
      <h1>Media</h1>
      {writable ? (
        <section aria-label="Upload">
          <label className="upload-button">
            Upload files
            <input type="file" multiple accept={ACCEPT} onChange={onFiles} />
          </label>
          {uploads.length ? (
            <ul className="uploads" aria-label="Uploads">
              {uploads.map((u) => (
                <li key={u.key}>
                  <span>{u.filename}</span>{' '}
                  {u.state === 'uploading' ? (
                    <>
                      <progress value={u.progress} max={1} aria-label={`Uploading ${u.filename}`} />{' '}
                      {Math.round(u.progress * 100)} %
                    </>
                  ) : u.state === 'processing' ? (
                    <span aria-busy="true">Processing…</span>
                  ) : u.state === 'ready' ? (
                    <span>Ready{u.message ? ` · ${u.message}` : ''}</span>
                  ) : (
                    <span className="error" role="alert">
                      Failed: {u.message}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <form className="filters" aria-label="Search media" onSubmit={onSearch}>
        <label>
          Search
          <input name="search" type="search" defaultValue={search} maxLength={100} />
        </label>
        <label>
          Kind
          <select name="kind" defaultValue={kind}>
            <option value="">All</option>
            <option value="IMAGE">Images</option>
            <option value="FONT">Fonts</option>
            <option value="DOCUMENT">Documents</option>
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {loadError ? (
        <RetryError error={loadError} onRetry={() => void load()} />
      ) : !assets ? (
        <Loading what="media" />
      ) : assets.length === 0 ? (
        <p>{search || kind ? 'No media matches.' : 'No media yet.'}</p>
      ) : (
        <ul className="media-grid" aria-label="Media">
          {assets.map((asset) => (
            <li key={asset.id} aria-label={asset.filename}>
              <button
                type="button"
                className="media-tile"
                aria-pressed={selected === asset.id}
                onClick={() => setSelected(asset.id)}
              >
                <Thumbnail asset={asset} />
                <span className="media-name">{asset.filename}</span>
                <span className="media-status">
                  {STATUS_LABEL[asset.status]}
                  {asset.status === 'READY' && asset.variants.length
                    ? ` · ${asset.variants.length} sizes`
                    : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.hasMore ? (
        <button type="button" onClick={() => void list.loadMore()}>
          Load more
        </button>
      ) : null}
      {selected ? (
        <AssetPanel
          key={selected}
          id={selected}
          writable={writable}
          onClose={() => setSelected(null)}
          onChanged={() => void load()}
          onDeleted={() => {
            setSelected(null);
            list.setItems((prev) => prev?.filter((a) => a.id !== selected) ?? null);
          }}
        />
      ) : null}
    </main>
  );
}

interface Usage {
  service: string;
  kind: string;
  id: string;
  label: string;
}

function usagesOf(err: unknown): Usage[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.extensions.usages)) return [];
  return err.extensions.usages as Usage[];
}

/** One asset's details: variants, alt text, focal point, usages and deletion. */
export function AssetPanel({
  id,
  writable,
  onClose,
  onChanged,
  onDeleted,
}: {
  id: string;
  writable: boolean;
  onClose(): void;
  /** Awaited before the panel says "saved": a picker refreshes what it remembers of the asset first. */
  onChanged(): void | Promise<void>;
  onDeleted(): void;
}) {
  const { session } = useApp();
  const [asset, setAsset] = useState<AssetDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<Usage[] | null>(null);

  const load = useCallback(async () => {
    try {
      const { asset: found } = await session.execute(AssetQuery, { id });
      if (!found) throw new ApiError('This asset no longer exists', 'NOT_FOUND');
      setAsset(found);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [session, id]);
  useEffect(() => {
    void load();
  }, [load]);

  const update = async (input: { alt?: string | null; focalPoint?: { x: number; y: number } | null }) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const { updateAsset } = await session.execute(MediaUpdateAssetMutation, { id, input });
      setAsset((a) => (a ? { ...a, alt: updateAsset.alt, focalPoint: updateAsset.focalPoint } : a));
      await onChanged();
      setNotice(input.focalPoint ? 'Focal point saved' : 'Alt text saved');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const saveAlt = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const alt = String(new FormData(event.currentTarget).get('alt') ?? '').trim();
    void update({ alt: alt || null });
  };

  const pickFocus = (event: MouseEvent<HTMLButtonElement>) => {
    const img = event.currentTarget.querySelector('img');
    if (!img) return;
    const box = img.getBoundingClientRect();
    // A keyboard press has no pointer position: it keeps the point where it is.
    if (event.detail === 0 || box.width === 0 || box.height === 0) return;
    const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
    void update({
      focalPoint: {
        x: clamp((event.clientX - box.left) / box.width),
        y: clamp((event.clientY - box.top) / box.height),
      },
    });
  };

  const remove = async (force: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await session.execute(MediaDeleteAssetMutation, { id, force });
      onDeleted();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') setConflict(usagesOf(err));
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!asset) {
    return (
      <aside className="media-panel" aria-label="Asset details">
        {error ? <ErrorMessage>{messageOf(error)}</ErrorMessage> : <Loading what="the asset" />}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  }
  const preview = pickVariant(asset.variants, 480);
  const focus = asset.focalPoint ?? { x: 0.5, y: 0.5 };
  const image = preview ? (
    <img src={preview.url} alt={asset.alt ?? ''} width={preview.width} height={preview.height} />
  ) : null;

  return (
    <aside className="media-panel" aria-label="Asset details">
      <header>
        <h2>{asset.filename}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p>
        {STATUS_LABEL[asset.status]} · {asset.contentType} · {formatBytes(asset.size)}
        {asset.width && asset.height ? ` · ${asset.width}×${asset.height}` : ''}
        {asset.private ? ' · private' : ''}
      </p>
      {asset.status === 'FAILED' ? (
        <ErrorMessage>{asset.failureReason ?? 'Processing failed'}</ErrorMessage>
      ) : null}
      {image ? (
        <div className="focal">
          {writable ? (
            <button type="button" className="focal-picker" onClick={pickFocus} disabled={busy}>
              {image}
              <span className="visually-hidden">Click the image to set its focal point</span>
            </button>
          ) : (
            image
          )}
          <span
            className="focal-marker"
            aria-hidden="true"
            style={{ left: `${focus.x * 100}%`, top: `${focus.y * 100}%` }}
          />
        </div>
      ) : null}
      {asset.kind === 'IMAGE' ? (
        <p>
          Focal point: {Math.round(focus.x * 100)} % from the left, {Math.round(focus.y * 100)} % from the top
          {asset.focalPoint ? '' : ' (centre)'}
          {writable && asset.focalPoint ? (
            <>
              {' '}
              <button type="button" disabled={busy} onClick={() => void update({ focalPoint: null })}>
                Reset to centre
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      <p role="status">{notice}</p>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {writable ? (
        <form onSubmit={saveAlt} aria-label="Edit alt text">
          <div className="field">
            <label htmlFor={`alt-${asset.id}`}>Alt text</label>
            <input id={`alt-${asset.id}`} name="alt" defaultValue={asset.alt ?? ''} maxLength={500} />
          </div>
          <button type="submit" disabled={busy}>
            Save alt text
          </button>
        </form>
      ) : (
        <p>Alt text: {asset.alt ?? '(none)'}</p>
      )}
      {asset.allVariants.length ? (
        <table aria-label="Variants">
          <thead>
            <tr>
              <th scope="col">Size</th>
              <th scope="col">Format</th>
              <th scope="col">Bytes</th>
            </tr>
          </thead>
          <tbody>
            {asset.allVariants.map((v) => (
              <tr key={v.url}>
                <td>
                  <a href={v.url} target="_blank" rel="noreferrer">
                    {v.width}×{v.height}
                  </a>
                </td>
                <td>{v.format}</td>
                <td>{formatBytes(v.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>Used by</h3>
      {asset.usages.length ? (
        <ul>
          {asset.usages.map((u) => (
            <li key={`${u.service}:${u.kind}:${u.id}`}>
              {u.service} {u.kind} “{u.label}”
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing uses this asset.</p>
      )}
      {writable ? (
        conflict ? (
          <div role="alert" className="media-conflict">
            <p>
              <strong>This asset is in use</strong>; deleting it breaks{' '}
              {conflict.length ? 'these:' : 'what uses it.'}
            </p>
            <ul>
              {conflict.map((u) => (
                <li key={`${u.service}:${u.kind}:${u.id}`}>
                  {u.service} {u.kind} “{u.label}”
                </li>
              ))}
            </ul>
            <button type="button" disabled={busy} onClick={() => void remove(true)}>
              Delete anyway
            </button>{' '}
            <button type="button" onClick={() => setConflict(null)}>
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" className="danger" disabled={busy} onClick={() => void remove(false)}>
            Delete asset
          </button>
        )
      ) : null}
    </aside>
  );
}

export default MediaLibrary;
