/**
 * Page translations (content:read; saving needs content:write, publishing content:publish): pick a
 * page and one of the languages the store's regions use; translate its title, search-engine text
 * and every text of its blocks, each next to the original; save a draft, publish it (visitors of
 * regions with that language get it), or delete it (confirmed). A first translation starts from
 * the page's own texts.
 */
import { type FormEvent, useCallback, useState } from 'react';
import { ApiError, messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type {
  TranslationPageQuery as PageResult,
  PageTranslationFieldsFragment,
} from '../../../gql/graphql.js';
import {
  ConfirmDialog,
  ErrorMessage,
  Forbidden,
  LoadFailed,
  Loading,
  useAction,
  useLoad,
} from '../../../ui.js';
import {
  DeletePageTranslationMutation,
  PublishPageTranslationMutation,
  SavePageTranslationMutation,
  TranslationPageQuery,
  TranslationPagesQuery,
} from './operations.js';
import { textAt, textProps, withText } from './translatable.js';

type Page = NonNullable<PageResult['draftPage']>;
type Translation = PageTranslationFieldsFragment;

interface Draft {
  title: string;
  seoTitle: string;
  seoDescription: string;
  tree: unknown;
}

const draftOf = (page: Page, t: Translation | undefined): Draft => ({
  title: t?.title ?? page.title,
  seoTitle: t?.seoTitle ?? page.seoTitle ?? '',
  seoDescription: t?.seoDescription ?? page.seoDescription ?? '',
  tree: t?.tree ?? page.tree,
});

/** `de-DE` → `German (Germany)`, in the browser's language. */
export function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

export function Translations() {
  const { session, viewer } = useApp();
  const readable = can(viewer, 'content:read');
  const fetchPages = useCallback(async () => session.execute(TranslationPagesQuery, {}), [session]);
  const { data, error, reload } = useLoad(fetchPages, readable);
  const [pageId, setPageId] = useState('');
  const [locale, setLocale] = useState('');

  if (!readable) {
    return <Forbidden title="Translations">Your role in this workspace cannot see its pages.</Forbidden>;
  }
  if (error) return <LoadFailed title="Translations" error={error} onRetry={() => void reload()} />;
  if (!data) return <Loading what="pages and languages" />;

  const base = data.regions.find((r) => r.isDefault)?.locale;
  const locales = [...new Set(data.regions.map((r) => r.locale))].filter((l) => l !== base);
  const sites = data.sites.edges.map((e) => e.node);
  const chosenLocale = locales.includes(locale) ? locale : (locales[0] ?? '');
  const chosenPage = pageId || sites[0]?.pages.edges[0]?.node.id || '';

  return (
    <main>
      <h1>Translations</h1>
      {locales.length === 0 ? (
        <p role="alert">
          Every region of the store uses {base ? languageName(base) : 'one language'}: add a region in another
          language under Regions to translate pages into it.
        </p>
      ) : (
        <>
          <p>
            Pages are written in {base ? languageName(base) : 'the default region’s language'}. Visitors of a
            region in another language see its published translation.
          </p>
          <div className="filters">
            <label>
              Page
              <select value={chosenPage} onChange={(e) => setPageId(e.currentTarget.value)}>
                {sites.map((site) => (
                  <optgroup key={site.id} label={site.name}>
                    {site.pages.edges.map(({ node }) => (
                      <option key={node.id} value={node.id}>
                        {node.title} ({node.path})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
            <label>
              Language
              <select value={chosenLocale} onChange={(e) => setLocale(e.currentTarget.value)}>
                {locales.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {chosenPage ? (
            <TranslationEditor
              key={`${chosenPage}:${chosenLocale}`}
              pageId={chosenPage}
              locale={chosenLocale}
            />
          ) : (
            <p>No pages yet.</p>
          )}
        </>
      )}
    </main>
  );
}

function TranslationEditor({ pageId, locale }: { pageId: string; locale: string }) {
  const { session, viewer } = useApp();
  const writable = can(viewer, 'content:write');
  const publishable = can(viewer, 'content:publish');
  const fetchPage = useCallback(async () => {
    const { draftPage } = await session.execute(TranslationPageQuery, { id: pageId });
    if (!draftPage) throw new ApiError('This page does not exist (or was deleted)', 'NOT_FOUND');
    return draftPage;
  }, [session, pageId]);
  const { data: page, error: loadError, reload } = useLoad(fetchPage);
  const [saved, setSaved] = useState<Translation | null | undefined>(undefined);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState('');
  const [deleting, setDeleting] = useState(false);
  const { busy, error, run } = useAction();

  if (loadError) return <LoadFailed title="Translation" error={loadError} onRetry={() => void reload()} />;
  if (!page) return <Loading what="the page" />;
  const translation =
    saved === undefined ? page.translations.find((t) => t.locale === locale) : (saved ?? undefined);
  const current = draft ?? draftOf(page, translation);
  const language = languageName(locale);
  const edit = (patch: Partial<Draft>) => {
    setDraft({ ...current, ...patch });
    setNotice('');
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const { savePageTranslation } = await session.execute(SavePageTranslationMutation, {
        input: {
          pageId,
          locale,
          title: current.title,
          seoTitle: current.seoTitle.trim() || null,
          seoDescription: current.seoDescription.trim() || null,
          tree: current.tree,
          expectedVersion: translation?.version ?? 0,
        },
      });
      setSaved(savePageTranslation);
      setDraft(null);
      setNotice(
        `Draft saved: visitors ${savePageTranslation.publishedAt ? 'still see the published version' : 'do not see it yet'}.`,
      );
    });
  };
  const publish = () =>
    void run(async () => {
      const { publishPageTranslation } = await session.execute(PublishPageTranslationMutation, {
        pageId,
        locale,
        expectedVersion: translation?.version ?? null,
      });
      setSaved(publishPageTranslation);
      setNotice(`Published: visitors in ${language} see it now.`);
    });
  const remove = () =>
    void run(async () => {
      await session.execute(DeletePageTranslationMutation, {
        pageId,
        locale,
        expectedVersion: translation?.version ?? null,
      });
      setSaved(null);
      setDraft(null);
      setDeleting(false);
      setNotice('Translation deleted: visitors get the original.');
    });

  const texts = textProps(current.tree);
  const status = !translation
    ? 'Not translated yet: visitors see the original.'
    : translation.publishedAt
      ? `Published ${new Date(translation.publishedAt).toLocaleString()}${
          translation.updatedAt > translation.publishedAt ? '; saved changes are not published yet' : ''
        }.`
      : 'Draft: not published yet.';

  return (
    <form onSubmit={save} aria-label={`Translation into ${language}`} className="translation">
      <p>{status}</p>
      <fieldset disabled={!writable || busy}>
        <legend>Page</legend>
        <TextField
          label="Title"
          original={page.title}
          value={current.title}
          onChange={(title) => edit({ title })}
        />
        <TextField
          label="Search title"
          original={page.seoTitle ?? ''}
          value={current.seoTitle}
          onChange={(seoTitle) => edit({ seoTitle })}
        />
        <TextField
          label="Search description"
          original={page.seoDescription ?? ''}
          value={current.seoDescription}
          onChange={(seoDescription) => edit({ seoDescription })}
        />
      </fieldset>
      <fieldset disabled={!writable || busy}>
        <legend>Texts on the page</legend>
        {texts.length === 0 ? <p>The page has no texts to translate.</p> : null}
        {texts.map((t) => (
          <TextField
            key={t.path.join('.')}
            label={t.label}
            original={textAt(page.tree, t.path) ?? ''}
            value={t.value}
            onChange={(text) => edit({ tree: withText(current.tree, t.path, text) })}
          />
        ))}
      </fieldset>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      <p role="status">{notice}</p>
      {writable ? (
        <button type="submit" disabled={busy}>
          Save draft
        </button>
      ) : null}{' '}
      {publishable && translation && !draft ? (
        <button type="button" disabled={busy} onClick={publish}>
          Publish {language}
        </button>
      ) : null}{' '}
      {writable && translation ? (
        <button type="button" className="danger" disabled={busy} onClick={() => setDeleting(true)}>
          Delete translation…
        </button>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete the ${language} translation?`}
          confirmLabel="Delete translation"
          busy={busy}
          onCancel={() => setDeleting(false)}
          onConfirm={remove}
        >
          <p>Visitors in {language} get the original page again.</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

function TextField({
  label,
  original,
  value,
  onChange,
}: {
  label: string;
  original: string;
  value: string;
  onChange(value: string): void;
}) {
  const id = `t-${label.replace(/\W+/g, '-')}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {original.length > 80 || value.length > 80 ? (
        <textarea
          id={id}
          rows={3}
          value={value}
          aria-describedby={`${id}-original`}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          value={value}
          aria-describedby={`${id}-original`}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
      <p id={`${id}-original`} className="help">
        Original: {original || '(empty)'}
      </p>
    </div>
  );
}

export default Translations;
