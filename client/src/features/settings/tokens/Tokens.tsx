/**
 * The design tokens editor: brand colours with pickers, the type scale (font sizes, line heights,
 * weights), spacing, radius and font families with self-hosted faces from font assets
 * (`$extensions["com.webhaze.fontFaces"]`), edited as the theme draft (ADR 0059) of the tenant-wide
 * override or one region's (saveTokenDraft, with optimistic concurrency): visitors keep the published
 * theme until Publish; the draft is previewed on a live page at phone, tablet and desktop widths
 * (createThemePreviewLink), and published versions can be rolled back.
 *
 * The server's resolver (subgraphs/cms/tokens/resolve.ts) cannot be bundled for the browser: its
 * schema module reads config/*.json with node:fs at import time and compiles ajv validators with
 * `new Function`, which the editor's CSP forbids. So while the user edits, the unsaved document is
 * sent (debounced) to `previewDesignTokens`, which validates and resolves it exactly like a save and
 * stores nothing: the preview then shows the server-resolved values (aliases included), and its
 * problems (types, cycles, fonts) are shown at the token path they name before saving. Until that
 * answer arrives, the edited literal values are laid over the last resolved tokens.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type {
  FontAssetsQuery as FontAssetsResult,
  ThemeDraftStateQuery as ThemeResult,
  TokensEditorQuery as TokensResult,
} from '../../../gql/graphql.js';
import { toast } from '../../../toasts.js';
import { ErrorMessage, Forbidden, LoadFailed, Loading } from '../../../ui.js';
import { useUnsavedGuard } from '../../../unsaved.js';
import { DraftState, VersionHistory, ViewportPreview } from '../drafts.js';
import { FontPicker } from './FontPicker.js';
import {
  CreateThemePreviewLinkMutation,
  DiscardTokenDraftMutation,
  FontAssetsQuery,
  PreviewDesignTokensQuery,
  PublishThemeDraftMutation,
  RollBackThemeMutation,
  SaveTokenDraftMutation,
  ThemeDraftStateQuery,
  TokensEditorQuery,
} from './operations.js';
import {
  codecs,
  colorToHex,
  cssValueOf,
  type FontFace,
  fontFacesIn,
  hexToSrgb,
  isAlias,
  isHex,
  problemsByPath,
  tokenValueIn,
  withFontFaces,
  withTokenValue,
} from './token-values.js';

/** A colour for an inline style: only a checked `#rrggbb`, never raw text. */
const safe = (value: string) => (isHex(value) ? value : 'inherit');

/** The colour tokens offered with a picker. */
export const COLOR_TOKENS = [
  { path: 'color.brand.primary', label: 'Primary colour' },
  { path: 'color.brand.secondary', label: 'Secondary colour' },
] as const;

type Editable = keyof typeof codecs;
/** The groups of non-colour tokens: every resolved token under `prefix` of an editable type. */
export const TOKEN_GROUPS: { title: string; prefix: string; type: Editable }[] = [
  { title: 'Font sizes', prefix: 'font.size.', type: 'dimension' },
  { title: 'Line heights', prefix: 'font.line-height.', type: 'number' },
  { title: 'Font weights', prefix: 'font.weight.', type: 'fontWeight' },
  { title: 'Spacing', prefix: 'spacing.', type: 'dimension' },
  { title: 'Radius', prefix: 'radius.', type: 'dimension' },
  { title: 'Font families', prefix: 'font.family.', type: 'fontFamily' },
];

/** How long typing pauses before the unsaved document is previewed by the server. */
export const PREVIEW_DELAY_MS = 300;

type ResolvedTokens = TokensResult['designTokens']['tokens'];
/** A colour the user typed: `#rrggbb` or an alias such as `{color.brand.secondary}`. */
const colourOk = (value: string) => isHex(value) || isAlias(value);
const domId = (path: string) => `token-${path.replaceAll('.', '-')}`;

/** `400` → 400, `100-900` → [100, 900]; null when not a weight or range of 1–1000. */
export function parseFaceWeight(text: string): number | [number, number] | null {
  const match = /^(\d{1,4})(?:\s*-\s*(\d{1,4}))?$/.exec(text.trim());
  if (!match) return null;
  const a = Number(match[1]);
  const b = match[2] === undefined ? null : Number(match[2]);
  const ok = (n: number) => n >= 1 && n <= 1000;
  if (!ok(a) || (b !== null && (!ok(b) || b < a))) return null;
  return b === null ? a : [a, b];
}

export function Tokens() {
  const { session, viewer } = useApp();
  const [scope, setScope] = useState<string>('tenant');
  const [data, setData] = useState<TokensResult | null>(null);
  const [theme, setTheme] = useState<ThemeResult | null>(null);
  const [previewPageId, setPreviewPageId] = useState('');
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [fonts, setFonts] = useState<FontAssetsResult['assets']['edges'][number]['node'][]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [faceDraft, setFaceDraft] = useState<Record<string, FontFace[]>>({});
  const [problems, setProblems] = useState<Map<string, string[]>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The server's resolution of the unsaved document (`key`: which document it answered). */
  const [live, setLive] = useState<{ key: string; tokens: ResolvedTokens } | null>(null);
  const previewSeq = useRef(0);
  const allowed = can(viewer, 'settings:read');
  const writable = can(viewer, 'settings:write');

  const load = useCallback(
    async (region: string) => {
      try {
        const [tokens, state] = await Promise.all([
          session.execute(TokensEditorQuery, { region: region === 'tenant' ? null : region }),
          session.execute(ThemeDraftStateQuery, {}),
        ]);
        setData(tokens);
        setTheme(state);
        setDraft({});
        setFaceDraft({});
        setLive(null);
        setLoadError(null);
      } catch (err) {
        setLoadError(err);
      }
    },
    [session],
  );
  useEffect(() => {
    if (allowed) void load(scope);
  }, [load, scope, allowed]);
  useEffect(() => {
    if (!writable) return;
    // Font assets are optional here: without them the faces list offers nothing to add.
    session.execute(FontAssetsQuery, {}).then(
      ({ assets }) =>
        setFonts(assets.edges.map((e) => e.node).filter((a) => a.status === 'READY' && !a.private)),
      () => setFonts([]),
    );
  }, [session, writable]);

  const published = data?.tenantTokenOverrides.find((o) =>
    scope === 'tenant' ? o.scope === 'tenant' : o.region === scope,
  );
  const scopeDraft = theme?.tokenDrafts.find((d) =>
    scope === 'tenant' ? d.scope === 'tenant' : d.region === scope,
  );
  /** What the editor starts from: this scope's draft, else its published override. */
  const override = scopeDraft ?? published;
  const typeOf = new Map<string, Editable>();
  for (const g of TOKEN_GROUPS) {
    for (const t of data?.designTokens.tokens ?? []) {
      if (t.path.startsWith(g.prefix) && t.type === g.type) typeOf.set(t.path, g.type);
    }
  }
  const resolvedToken = (path: string) => data?.designTokens.tokens.find((t) => t.path === path);
  const stored = (path: string) => tokenValueIn(override?.document, path);
  const text = (path: string, type: Editable) => {
    if (draft[path] !== undefined) return draft[path];
    const own = stored(path);
    return codecs[type].format(own !== undefined ? own : resolvedToken(path)?.value);
  };
  const invalid = Object.entries(draft).some(([path, value]) => {
    const type = typeOf.get(path);
    return type ? codecs[type].parse(value) === null : !colourOk(value);
  });
  const dirty = Object.keys(draft).length > 0 || Object.keys(faceDraft).length > 0;
  /** The override as it would be saved: the stored document with every edit applied. */
  const unsaved = (): unknown => {
    let document: unknown = override?.document ?? {};
    for (const [path, value] of Object.entries(draft)) {
      const type = typeOf.get(path);
      document = withTokenValue(
        document,
        path,
        type ? codecs[type].parse(value) : isAlias(value) ? value : hexToSrgb(value),
      );
    }
    for (const [path, list] of Object.entries(faceDraft)) {
      const value = codecs.fontFamily.parse(text(path, 'fontFamily'));
      document = withFontFaces(document, path, value, list);
    }
    return document;
  };
  const previewDocument = data && writable && (dirty || scopeDraft) && !invalid ? unsaved() : null;
  useUnsavedGuard(dirty ? 'Your token changes are not saved to the draft yet.' : null);
  const previewKey = previewDocument === null ? null : JSON.stringify([scope, previewDocument]);

  // Live preview: the unsaved document through the server's resolver, debounced; a newer edit or
  // a scope change discards an older answer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: previewKey encodes scope and previewDocument.
  useEffect(() => {
    const seq = ++previewSeq.current;
    if (previewKey === null || previewDocument === null) return;
    const timer = setTimeout(() => {
      session
        .execute(PreviewDesignTokensQuery, {
          document: previewDocument,
          region: scope === 'tenant' ? null : scope,
        })
        .then(
          ({ previewDesignTokens }) => {
            if (seq !== previewSeq.current) return;
            setLive({ key: previewKey, tokens: previewDesignTokens.tokens });
            setProblems(new Map());
          },
          (err: unknown) => {
            if (seq !== previewSeq.current) return;
            setLive(null);
            // Problems of the document show at their paths; other failures leave the typed-over preview.
            if (err instanceof ApiError && err.code === 'BAD_USER_INPUT') {
              setProblems(problemsByPath(err.extensions, err.message));
            }
          },
        );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [previewKey, session]);

  if (!allowed) {
    return (
      <Forbidden title="Design tokens">Your role in this workspace cannot see its design settings.</Forbidden>
    );
  }
  if (loadError) {
    return <LoadFailed title="Design tokens" error={loadError} onRetry={() => void load(scope)} />;
  }
  if (!data || !theme) return <Loading what="design tokens" />;
  const liveVersion = theme.themeVersions.edges[0]?.node.version ?? 0;
  const hasDraft = theme.tokenDrafts.length > 0;
  const livePages = theme.sites.edges.flatMap(({ node: site }) =>
    site.pages.edges
      .map((e) => e.node)
      .filter((p) => p.status === 'PUBLISHED')
      .map((p) => ({ ...p, label: `${site.name}: ${p.title} (${p.path})` })),
  );

  /** Fresh: the server answered for exactly what is typed now. */
  const fresh = live !== null && live.key === previewKey;
  /** The resolved value the preview starts from: the server's latest preview, else the stored tokens. */
  const resolvedValue = (path: string) =>
    (live?.tokens ?? data.designTokens.tokens).find((t) => t.path === path)?.value;
  const colour = (path: string) => {
    if (draft[path] !== undefined) return draft[path];
    const own = stored(path);
    return isAlias(own) ? own : (colorToHex(own) ?? colorToHex(resolvedToken(path)?.value) ?? '#000000');
  };
  /** The colour the preview paints: the server's resolution when fresh, else the typed hex. */
  const paint = (path: string) => {
    const typed = colour(path);
    if (!fresh && isHex(typed)) return typed;
    return colorToHex(resolvedValue(path)) ?? 'inherit';
  };
  const faces = (path: string) => faceDraft[path] ?? fontFacesIn(override?.document, path);
  const groups = TOKEN_GROUPS.map((g) => ({
    ...g,
    paths: data.designTokens.tokens
      .filter((t) => t.path.startsWith(g.prefix) && t.type === g.type)
      .map((t) => t.path),
  }));
  /**
   * The CSS value the preview uses for a token: the server's resolution of the unsaved document
   * when it is fresh; meanwhile a valid literal edit laid over the latest resolution.
   */
  const preview = (path: string) => {
    const type = typeOf.get(path);
    if (!type) return null;
    if (!fresh && draft[path] !== undefined) {
      const parsed = codecs[type].parse(draft[path]);
      if (parsed !== null && !isAlias(parsed)) return cssValueOf(type, parsed);
    }
    return cssValueOf(type, resolvedValue(path));
  };
  const edit = (path: string, value: string) => {
    setDraft({ ...draft, [path]: value });
    setSaved(false);
  };

  const save = async () => {
    const document = unsaved();
    previewSeq.current++; // the save's own answer wins over a preview still in flight
    setBusy(true);
    setError(null);
    setProblems(new Map());
    setSaved(false);
    try {
      await session.execute(SaveTokenDraftMutation, {
        region: scope === 'tenant' ? null : scope,
        document,
        expectedVersion: scopeDraft?.version ?? 0,
      });
      await load(scope);
      setSaved(true);
      toast('Draft saved: not live until you publish.');
    } catch (err) {
      if (err instanceof ApiError && err.code === 'BAD_USER_INPUT') {
        setProblems(problemsByPath(err.extensions, err.message));
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  /** Runs a draft action (publish, discard, rollback, preview link), reloading after it. */
  const runDraftAction = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    try {
      const message = await work();
      await load(scope);
      if (message) toast(message);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const publish = () =>
    runDraftAction(async () => {
      const { publishThemeDraft } = await session.execute(PublishThemeDraftMutation, {
        expectedVersion: liveVersion,
      });
      setPreviewUrl(null);
      return `Theme published: visitors see version ${publishThemeDraft.version} now.`;
    });
  const discard = () =>
    runDraftAction(async () => {
      await session.execute(DiscardTokenDraftMutation, {
        region: scope === 'tenant' ? null : scope,
        expectedVersion: scopeDraft?.version ?? 0,
      });
      return 'Draft discarded: the published tokens are shown again.';
    });
  const rollBack = (version: number) =>
    runDraftAction(async () => {
      const { rollBackTheme } = await session.execute(RollBackThemeMutation, {
        version,
        expectedVersion: liveVersion,
      });
      return `Rolled back: visitors see version ${version} again (published as version ${rollBackTheme.version}).`;
    });
  const openPreview = async () => {
    setError(null);
    try {
      const { createThemePreviewLink } = await session.execute(CreateThemePreviewLinkMutation, {
        pageId: previewPageId,
      });
      setPreviewUrl(createThemePreviewLink.url);
    } catch (err) {
      setError(err);
    }
  };

  const shown = new Set<string>([...COLOR_TOKENS.map((t) => t.path), ...typeOf.keys()]);
  const unplaced = [...problems].filter(([path]) => !shown.has(path));
  const problemText = (path: string) => problems.get(path)?.join('; ');

  return (
    <main>
      <h1>Design tokens</h1>
      <label>
        Override{' '}
        <select
          value={scope}
          onChange={(e) => {
            setScope(e.target.value);
            setLive(null);
            setProblems(new Map());
            setSaved(false);
          }}
        >
          <option value="tenant">Workspace-wide</option>
          {data.regions.map((r) => (
            <option key={r.code} value={r.code}>
              Region {r.code}
              {r.isDefault ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p>
        {scope === 'tenant'
          ? 'Workspace-wide overrides of the global defaults and template tokens.'
          : `Overrides for visitors of region ${scope}, over the workspace-wide ones.`}{' '}
        {scopeDraft
          ? `Draft version ${scopeDraft.version}.`
          : `Published override version ${published?.version ?? 0}.`}
      </p>
      <DraftState hasDraft={hasDraft} liveVersion={liveVersion} />
      <ErrorMessage>
        {error instanceof ApiError && error.code === 'CONFLICT'
          ? 'Someone else changed the theme meanwhile: reload to see their version, then apply yours again.'
          : error
            ? messageOf(error)
            : undefined}
      </ErrorMessage>
      {unplaced.map(([path, messages]) => (
        <p key={path} className="error" role="alert">
          <code>{path || 'document'}</code>: {messages.join('; ')}
        </p>
      ))}
      <form
        aria-label="Design tokens"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2>Colours</h2>
        {COLOR_TOKENS.map(({ path, label }) => {
          const value = colour(path);
          const id = domId(path);
          const messages = problemText(path);
          return (
            <fieldset key={path} className="token">
              <legend>
                {label} <code>{path}</code>
              </legend>
              <label htmlFor={`${id}-picker`}>Pick {label.toLowerCase()}</label>
              <input
                id={`${id}-picker`}
                type="color"
                value={isHex(value) ? value : (colorToHex(resolvedValue(path)) ?? '#000000')}
                disabled={!writable}
                onChange={(e) => edit(path, e.target.value)}
              />
              <label htmlFor={`${id}-hex`}>Hex value of {label.toLowerCase()}</label>
              <input
                id={`${id}-hex`}
                value={value}
                disabled={!writable}
                aria-invalid={!colourOk(value) || messages ? true : undefined}
                aria-describedby={messages ? `${id}-error` : undefined}
                onChange={(e) => edit(path, e.target.value.trim())}
              />
              <span className="swatch" aria-hidden="true" style={{ background: safe(paint(path)) }} />
              {!colourOk(value) ? (
                <p className="field-error">
                  Use the #rrggbb form or an alias such as {'{color.brand.secondary}'}.
                </p>
              ) : null}
              {messages ? (
                <p id={`${id}-error`} className="field-error" role="alert">
                  {messages}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        {groups.map((group) => (
          <fieldset key={group.prefix} aria-label={group.title}>
            <legend>{group.title}</legend>
            {group.paths.length === 0 ? <p>No tokens in this group.</p> : null}
            {group.paths.map((path) => {
              const value = text(path, group.type);
              const id = domId(path);
              const bad = codecs[group.type].parse(value) === null;
              const messages = problemText(path);
              return (
                <div key={path} className="field token">
                  {group.type === 'fontFamily' ? (
                    <FontPicker
                      path={path}
                      value={value}
                      fonts={fonts}
                      faces={faces(path)}
                      writable={writable}
                      onPick={(family, list) => {
                        edit(path, family);
                        setFaceDraft({ ...faceDraft, [path]: list });
                      }}
                    />
                  ) : null}
                  <label htmlFor={id}>
                    <code>{path}</code>
                  </label>
                  <input
                    id={id}
                    value={value}
                    disabled={!writable}
                    aria-invalid={bad || messages ? true : undefined}
                    aria-describedby={messages || bad ? `${id}-error` : undefined}
                    onChange={(e) => edit(path, e.target.value)}
                  />
                  {bad || messages ? (
                    <p id={`${id}-error`} className="field-error" role="alert">
                      {messages ?? `Use ${codecs[group.type].hint}.`}
                    </p>
                  ) : null}
                  {group.type === 'fontFamily' ? (
                    <FontFaces
                      path={path}
                      faces={faces(path)}
                      fonts={fonts}
                      writable={writable}
                      onChange={(list) => {
                        setFaceDraft({ ...faceDraft, [path]: list });
                        setSaved(false);
                      }}
                    />
                  ) : null}
                </div>
              );
            })}
          </fieldset>
        ))}
        <section className="token-preview" aria-label="Preview">
          <h2>Preview</h2>
          <div
            style={{
              fontFamily: preview('font.family.body') ?? undefined,
              fontSize: preview('font.size.md') ?? undefined,
              lineHeight: preview('font.line-height.normal') ?? undefined,
            }}
          >
            <p
              className="preview-heading"
              style={{
                fontFamily: preview('font.family.heading') ?? undefined,
                fontSize: preview('font.size.4xl') ?? undefined,
                fontWeight: preview('font.weight.bold') ?? undefined,
                lineHeight: preview('font.line-height.tight') ?? undefined,
                margin: 0,
              }}
            >
              A heading
            </p>
            <p style={{ marginBlock: preview('spacing.4') ?? undefined }}>
              A paragraph with{' '}
              <span className="preview-link" style={{ color: safe(paint('color.brand.primary')) }}>
                a link
              </span>{' '}
              and a{' '}
              <span className="preview-accent" style={{ color: safe(paint('color.brand.secondary')) }}>
                highlight
              </span>
              .
            </p>
            <span
              className="preview-button"
              style={{
                background: safe(paint('color.brand.primary')),
                borderRadius: preview('radius.md') ?? undefined,
                padding: `${preview('spacing.2') ?? '0.5rem'} ${preview('spacing.4') ?? '1rem'}`,
                fontWeight: preview('font.weight.semibold') ?? undefined,
              }}
            >
              Primary button
            </span>
          </div>
          <p aria-live="polite">
            <small>
              {!dirty
                ? scopeDraft
                  ? 'The saved draft (not live).'
                  : 'The published tokens.'
                : invalid
                  ? 'Fix the highlighted values to preview them.'
                  : fresh
                    ? 'Resolved by the server as it would be saved (not saved yet).'
                    : 'Edited values are shown as typed until the server has resolved them.'}
            </small>
          </p>
        </section>
        {writable ? (
          <div className="actions">
            <button type="submit" disabled={busy || invalid || !dirty}>
              {busy ? 'Saving…' : 'Save draft'}
            </button>{' '}
            <button type="button" disabled={busy || dirty || !hasDraft} onClick={() => void publish()}>
              Publish theme
            </button>{' '}
            <button type="button" disabled={busy || dirty || !scopeDraft} onClick={() => void discard()}>
              Discard this draft
            </button>
            {dirty ? <p>Save the draft before publishing or previewing it on a page.</p> : null}
          </div>
        ) : (
          <p>Your role can look at the tokens but not change them.</p>
        )}
        {saved ? <p role="status">Draft saved: not live until you publish.</p> : null}
      </form>
      {writable ? (
        <section aria-label="Preview on a page">
          <h2>Preview on a page</h2>
          {livePages.length === 0 ? (
            <p>Publish a page to preview the draft theme on it.</p>
          ) : (
            <p>
              <label>
                Live page{' '}
                <select value={previewPageId} onChange={(e) => setPreviewPageId(e.target.value)}>
                  <option value="">Choose…</option>
                  {livePages.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button type="button" disabled={!previewPageId || dirty} onClick={() => void openPreview()}>
                Preview draft theme
              </button>
            </p>
          )}
          {previewUrl ? <ViewportPreview title="The page with the draft theme" url={previewUrl} /> : null}
        </section>
      ) : null}
      <VersionHistory
        what="theme"
        versions={theme.themeVersions.edges.map((e) => e.node)}
        writable={writable}
        busy={busy}
        onRollBack={rollBack}
      />
    </main>
  );
}

function FontFaces({
  path,
  faces,
  fonts,
  writable,
  onChange,
}: {
  path: string;
  faces: FontFace[];
  fonts: FontAssetsResult['assets']['edges'][number]['node'][];
  writable: boolean;
  onChange: (faces: FontFace[]) => void;
}) {
  const [asset, setAsset] = useState('');
  const [weight, setWeight] = useState('400');
  const [style, setStyle] = useState<'normal' | 'italic'>('normal');
  const parsedWeight = parseFaceWeight(weight);
  const name = (id: string) => fonts.find((f) => f.id === id)?.filename ?? id;
  return (
    <fieldset className="font-faces" aria-label={`Self-hosted faces of ${path}`}>
      <legend>Self-hosted faces</legend>
      {faces.length === 0 ? (
        <p>No self-hosted faces: browsers use installed fonts.</p>
      ) : (
        <ul>
          {faces.map((face, i) => (
            <li key={`${face.asset}-${String(face.weight)}-${face.style}`}>
              {name(face.asset)} · weight {Array.isArray(face.weight) ? face.weight.join('–') : face.weight} ·{' '}
              {face.style}{' '}
              {writable ? (
                <button type="button" onClick={() => onChange(faces.filter((_, j) => j !== i))}>
                  Remove face {i + 1}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {writable ? (
        fonts.length === 0 ? (
          <p>Upload a WOFF2 font in the media library to add a self-hosted face.</p>
        ) : (
          <div>
            <label>
              Font file{' '}
              <select value={asset} onChange={(e) => setAsset(e.target.value)}>
                <option value="">Choose…</option>
                {fonts.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.filename}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              Weight <input value={weight} size={8} onChange={(e) => setWeight(e.target.value)} />
            </label>{' '}
            <label>
              Style{' '}
              <select value={style} onChange={(e) => setStyle(e.target.value as 'normal' | 'italic')}>
                <option value="normal">normal</option>
                <option value="italic">italic</option>
              </select>
            </label>{' '}
            <button
              type="button"
              disabled={!asset || parsedWeight === null}
              onClick={() => {
                if (parsedWeight === null) return;
                onChange([...faces, { asset, weight: parsedWeight, style }]);
                setAsset('');
              }}
            >
              Add face
            </button>
            {parsedWeight === null ? (
              <p className="field-error">Weight: 1–1000, or a range such as 100-900.</p>
            ) : null}
          </div>
        )
      ) : null}
    </fieldset>
  );
}

export default Tokens;
