/**
 * Sites and their pages (which are live, which have changes not published yet) and each site's
 * trash; a new site (or page) starts from a sample template. A new workspace's onboarding (its
 * starter site being built, the checklist) heads the screen.
 */
import { type FormEvent, useCallback, useId, useState } from 'react';
import { ApiError, messageOf } from '../../api.js';
import { can, useApp } from '../../app-context.js';
import type { SitesQuery as SitesResult } from '../../gql/graphql.js';
import { Link, navigate } from '../../router.js';
import { toast } from '../../toasts.js';
import { ErrorMessage, Field, Forbidden, fieldError, LoadFailed, Loading, useLoad } from '../../ui.js';
import { OnboardingPanel } from '../onboarding/Onboarding.js';
import {
  CreatePageFromTemplateMutation,
  CreateSiteMutation,
  RestorePageMutation,
  SitesQuery,
} from './operations.js';
import { SiteSubNav } from './structure/site.js';

type Template = SitesResult['templates'][number];
type ListedPage = SitesResult['sites']['edges'][number]['node']['pages']['edges'][number]['node'];
type TrashedPage = SitesResult['trashedPages']['edges'][number]['node'];

/** What visitors get of a page, in words: live, live with newer changes, or not live. */
export function publicationState(page: Pick<ListedPage, 'status' | 'publishedAt' | 'updatedAt'>): string {
  if (page.status !== 'PUBLISHED') return 'Draft: not published';
  if (page.publishedAt && Date.parse(page.updatedAt) > Date.parse(page.publishedAt)) {
    return 'Published, with unpublished changes';
  }
  return 'Published';
}

/** A site's trash: each page restorable; when its path was taken meanwhile, under a new one. */
function Trash({
  pages,
  canRestore,
  onRestored,
}: {
  pages: TrashedPage[];
  canRestore: boolean;
  onRestored(): void;
}) {
  const { session } = useApp();
  const [blocked, setBlocked] = useState<{ id: string; error: unknown } | null>(null);
  const restore = async (page: TrashedPage, path: string | null) => {
    try {
      const { restorePage } = await session.execute(RestorePageMutation, { id: page.id, path });
      setBlocked(null);
      toast(`“${restorePage.title}” restored at ${restorePage.path}`);
      onRestored();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') setBlocked({ id: page.id, error: err });
      else toast(`Not restored: ${messageOf(err)}`, { kind: 'error' });
    }
  };
  return (
    <details className="trash">
      <summary>Trash ({pages.length})</summary>
      <ul>
        {pages.map((page) => (
          <li key={page.id}>
            {page.title} ({page.path}), deleted{' '}
            {page.deletedAt ? new Date(page.deletedAt).toLocaleString() : ''}{' '}
            {canRestore ? (
              <button
                type="button"
                onClick={() => void restore(page, null)}
                aria-label={`Restore ${page.title}`}
              >
                Restore
              </button>
            ) : null}
            {blocked?.id === page.id ? (
              <form
                aria-label={`Restore ${page.title} at another path`}
                onSubmit={(event) => {
                  event.preventDefault();
                  void restore(page, String(new FormData(event.currentTarget).get('path') ?? ''));
                }}
              >
                <Field
                  label="Restore at path"
                  name="path"
                  required
                  defaultValue={`${page.path === '/' ? '/home' : page.path}-restored`}
                  error={messageOf(blocked.error)}
                />
                <button type="submit">Restore here</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

function TemplatePicker({ templates }: { templates: Template[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Template</label>
      <select id={id} name="template" required>
        {templates.map((t) => (
          <option key={t.id} value={t.id} title={t.description}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Sites() {
  const { session, viewer } = useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const fetchSites = useCallback(() => session.execute(SitesQuery, {}), [session]);
  const { data, error: loadError, reload: load } = useLoad(fetchSites);

  if (!can(viewer, 'content:read')) {
    return <Forbidden title="Sites">Your role in this workspace cannot read its content.</Forbidden>;
  }
  if (loadError) {
    return <LoadFailed title="Sites" error={loadError} onRetry={() => void load()} />;
  }
  if (!data) return <Loading what="sites" />;

  const sites = data.sites.edges.map((e) => e.node);
  // Members narrowed to some sites may edit only those (the server refuses the others).
  const inScope = (siteId: string) => !viewer?.siteIds || viewer.siteIds.includes(siteId);
  const tenantSlug = viewer?.tenant?.slug ?? '';
  const trash = (siteId: string) =>
    data.trashedPages.edges.map((e) => e.node).filter((page) => page.site.id === siteId);

  const createSite = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const name = String(form.get('siteName') ?? '');
      const { createSite: site } = await session.execute(CreateSiteMutation, { input: { name } });
      const { createPageFromTemplate: page } = await session.execute(CreatePageFromTemplateMutation, {
        templateId: String(form.get('template')),
        siteId: site.id,
        path: '/',
        title: name,
      });
      navigate(`/pages/${page.id}`);
    } catch (err) {
      setError(err);
      void load();
    } finally {
      setBusy(false);
    }
  };

  const createPage = (siteId: string) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { createPageFromTemplate: page } = await session.execute(CreatePageFromTemplateMutation, {
        templateId: String(form.get('template')),
        siteId,
        path: String(form.get('path') ?? ''),
        title: String(form.get('title') ?? ''),
      });
      navigate(`/pages/${page.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <h1>Sites</h1>
      <OnboardingPanel onSiteReady={load} />
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {sites.length === 0 ? <p>No sites yet.</p> : null}
      {sites.map((site) => (
        <section key={site.id} className="site" aria-label={`Site ${site.name}`}>
          <h2>{site.name}</h2>
          <SiteSubNav siteId={site.id} siteName={site.name} />
          {site.pages.edges.length === 0 ? (
            <p>No pages yet.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Path</th>
                  <th scope="col">Status</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {site.pages.edges.map(({ node: page }) => (
                  <tr key={page.id}>
                    <td>
                      <Link to={`/pages/${page.id}`}>{page.title}</Link>
                    </td>
                    <td>
                      {page.status === 'PUBLISHED' ? (
                        <a href={`/s/${tenantSlug}${page.path}`} target="_blank" rel="noreferrer">
                          {page.path}
                        </a>
                      ) : (
                        page.path
                      )}
                    </td>
                    <td>{publicationState(page)}</td>
                    <td>{new Date(page.updatedAt).toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {trash(site.id).length > 0 ? (
            <Trash
              pages={trash(site.id)}
              canRestore={can(viewer, 'content:write') && inScope(site.id)}
              onRestored={() => void load()}
            />
          ) : null}
          {can(viewer, 'content:write') && inScope(site.id) ? (
            <details>
              <summary>New page</summary>
              <form onSubmit={createPage(site.id)} aria-label={`New page on ${site.name}`}>
                <TemplatePicker templates={data.templates} />
                <Field label="Title" name="title" required error={fieldError(error, 'title')} />
                <Field label="Path" name="path" required defaultValue="/" error={fieldError(error, 'path')} />
                <button type="submit" disabled={busy}>
                  Create page
                </button>
              </form>
            </details>
          ) : null}
        </section>
      ))}
      {can(viewer, 'settings:write') && can(viewer, 'content:write') ? (
        <section aria-label="New site">
          <h2>New site from a template</h2>
          <form onSubmit={createSite} aria-label="New site from a template">
            <Field label="Site name" name="siteName" required error={fieldError(error, 'name')} />
            <TemplatePicker templates={data.templates} />
            <button type="submit" disabled={busy}>
              Create site
            </button>
          </form>
        </section>
      ) : null}
    </main>
  );
}
