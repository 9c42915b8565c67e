/**
 * The media picker, a Puck custom field for every asset id prop: the field shows the chosen
 * image's thumbnail and filename (never its id); its dialog browses the workspace's images
 * (thumbnails, search by filename, "Load more" by cursor), uploads in place (the media library's
 * createUpload → PUT → completeUpload flow, with progress, until READY) and edits the selected
 * image's alt text and focal point (the media library's asset panel).
 */
import { type ChangeEvent, type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../../../api.js';
import { can, useApp } from '../../../../app-context.js';
import type { MediaAssetsQuery } from '../../../../gql/graphql.js';
import { ErrorMessage, Loading } from '../../../../ui.js';
import { AssetPanel, formatBytes } from '../../../media/Media.js';
import { MediaAssetsQuery as AssetsQuery } from '../../../media/operations.js';
import { type PutFile, uploadAsset, xhrPut } from '../../../media/upload.js';
import { loadAssets, toPickedAsset } from './load.js';
import { PickerDialog } from './PickerDialog.js';
import { pickedAsset, rememberAssets, thumbnailOf, usePicked } from './picked.js';

type ListedAsset = MediaAssetsQuery['assets']['edges'][number]['node'];

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/** Test seams: how bytes are sent and how often a processing upload is polled. */
export const mediaPickerIo: { putFile: PutFile; pollMs: number } = { putFile: xhrPut, pollMs: 1000 };

export interface MediaFieldProps {
  label: string;
  value: string | undefined;
  /** The asset id, or undefined for none (optional ids may not be empty). */
  onChange(value: string | undefined): void;
  readOnly?: boolean;
}

export function MediaField({ label, value, onChange, readOnly }: MediaFieldProps) {
  const { session } = useApp();
  usePicked();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (value) loadAssets(session, [value]).catch(setError);
  }, [session, value]);
  const asset = value ? pickedAsset(value) : undefined;
  const thumb = thumbnailOf(asset, 120);
  return (
    <div className="picker-field">
      {value ? (
        <div className="picker-chosen">
          {thumb ? <img src={thumb} alt="" width={64} height={48} /> : <span className="picker-thumb" />}
          <span>{asset ? asset.filename : error ? 'Image not found' : 'Loading…'}</span>
        </div>
      ) : (
        <p className="picker-none">No image chosen: a placeholder shows.</p>
      )}
      {readOnly ? null : (
        <div className="picker-actions">
          <button
            type="button"
            onClick={() => setOpen(true)}
            aria-label={`${value ? 'Change' : 'Choose'} ${label}`}
          >
            {value ? 'Change image' : 'Choose image'}
          </button>
          {value ? (
            <button type="button" onClick={() => onChange(undefined)}>
              Remove
            </button>
          ) : null}
        </div>
      )}
      {open ? (
        <MediaPickerDialog
          current={value || null}
          onClose={() => setOpen(false)}
          onPick={(id) => {
            onChange(id);
            setOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}

interface UploadState {
  filename: string;
  progress: number;
  state: 'uploading' | 'processing' | 'failed';
  message?: string;
}

export function MediaPickerDialog({
  current,
  onPick,
  onClose,
}: {
  current: string | null;
  onPick(id: string): void;
  onClose(): void;
}) {
  const { session, viewer } = useApp();
  const writable = can(viewer, 'assets:write');
  const [search, setSearch] = useState('');
  const [assets, setAssets] = useState<ListedAsset[] | null>(null);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(current);
  const [upload, setUpload] = useState<UploadState | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const load = useCallback(
    async (after: string | null = null) => {
      try {
        const { assets: page } = await session.execute(AssetsQuery, {
          first: 24,
          after,
          search: search.trim() || null,
          type: 'IMAGE',
        });
        if (!mounted.current) return;
        const nodes = page.edges.map((e) => e.node);
        rememberAssets(nodes.map(toPickedAsset));
        setAssets((prev) => (after && prev ? [...prev, ...nodes] : nodes));
        setEndCursor(page.pageInfo.endCursor ?? null);
        setHasMore(page.pageInfo.hasNextPage);
        setError(null);
      } catch (err) {
        if (mounted.current) setError(err);
      }
    },
    [session, search],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get('search') ?? ''));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    setUpload({ filename: file.name, progress: 0, state: 'uploading' });
    const outcome = await uploadAsset(session, file, {
      ...mediaPickerIo,
      alive: () => mounted.current,
      onProgress: (progress) => setUpload((u) => (u ? { ...u, progress } : u)),
      onProcessing: () => setUpload((u) => (u ? { ...u, progress: 1, state: 'processing' } : u)),
    });
    if (!mounted.current) return;
    if (outcome.state === 'ready') {
      setUpload(null);
      setSelected(outcome.id);
      await load();
    } else setUpload({ filename: file.name, progress: 1, state: 'failed', message: outcome.message });
  };

  const chosen = selected ? pickedAsset(selected) : undefined;

  return (
    <PickerDialog
      title="Choose an image"
      onClose={onClose}
      footer={
        <button
          type="button"
          className="primary"
          disabled={!selected}
          onClick={() => selected && onPick(selected)}
        >
          {chosen ? `Use “${chosen.filename}”` : 'Use this image'}
        </button>
      }
    >
      <div className="picker-toolbar">
        <form aria-label="Search images" onSubmit={onSearch}>
          <label>
            Search by file name
            <input name="search" type="search" defaultValue={search} maxLength={100} />
          </label>
          <button type="submit">Search</button>
        </form>
        {writable ? (
          <label className="upload-button">
            Upload an image
            <input type="file" accept={IMAGE_TYPES} onChange={(event) => void onFile(event)} />
          </label>
        ) : null}
      </div>
      {upload ? (
        <p className="picker-upload" role={upload.state === 'failed' ? 'alert' : 'status'}>
          {upload.filename}:{' '}
          {upload.state === 'uploading' ? (
            <>
              <progress value={upload.progress} max={1} aria-label={`Uploading ${upload.filename}`} />{' '}
              {Math.round(upload.progress * 100)} %
            </>
          ) : upload.state === 'processing' ? (
            <span aria-busy="true">Processing…</span>
          ) : (
            <span className="error">Failed: {upload.message}</span>
          )}
        </p>
      ) : null}
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      <div className="picker-split">
        {!assets ? (
          <Loading what="images" />
        ) : assets.length === 0 ? (
          <p>{search ? 'No image matches.' : 'No images yet: upload one.'}</p>
        ) : (
          <ul className="picker-grid" aria-label="Images">
            {assets.map((asset) => {
              const thumb = thumbnailOf(pickedAsset(asset.id));
              return (
                <li key={asset.id}>
                  <button
                    type="button"
                    className="picker-tile"
                    aria-pressed={selected === asset.id}
                    disabled={asset.status !== 'READY'}
                    onClick={() => setSelected(asset.id)}
                    onDoubleClick={() => onPick(asset.id)}
                  >
                    {thumb ? (
                      <img
                        src={thumb}
                        alt=""
                        width={160}
                        height={120}
                        style={{ background: asset.dominantColor ?? undefined }}
                      />
                    ) : (
                      <span className="picker-thumb" aria-hidden="true" />
                    )}
                    <span className="picker-name">{asset.filename}</span>
                    <span className="picker-meta">
                      {asset.status === 'READY'
                        ? asset.width && asset.height
                          ? `${asset.width}×${asset.height} · ${formatBytes(asset.size)}`
                          : formatBytes(asset.size)
                        : 'Processing…'}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {selected ? (
          <AssetPanel
            key={selected}
            id={selected}
            writable={writable}
            onClose={() => setSelected(null)}
            onChanged={() => load()}
            onDeleted={() => {
              setSelected(null);
              void load();
            }}
          />
        ) : null}
      </div>
      {hasMore ? (
        <button type="button" onClick={() => void load(endCursor)}>
          Load more images
        </button>
      ) : null}
    </PickerDialog>
  );
}
