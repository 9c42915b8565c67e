/**
 * Regions (settings:read; changes need settings:write): each region's locale, currency, path
 * prefix, hosts, countries and consent flag; add or replace one (upsertRegion, the server's
 * refusals at the field they name), make one the default, delete one (confirmed; not the default).
 */
import { type FormEvent, useCallback, useState } from 'react';
import { ApiError, messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type { RegionsQuery as RegionsResult } from '../../../gql/graphql.js';
import {
  ConfirmDialog,
  ErrorMessage,
  Field,
  Forbidden,
  LoadFailed,
  Loading,
  useAction,
  useLoad,
} from '../../../ui.js';
import {
  DeleteRegionMutation,
  RegionsQuery,
  SetDefaultRegionMutation,
  UpsertRegionMutation,
} from './operations.js';

type Region = RegionsResult['regions'][number];
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function Regions() {
  const { session, viewer } = useApp();
  const { busy: acting, error, run: runAction } = useAction();
  const { busy: saving, error: formError, run: save } = useAction();
  const [editing, setEditing] = useState<Region | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const busy = acting || saving;
  const allowed = can(viewer, 'settings:read');
  const writable = can(viewer, 'settings:write');

  const fetchRegions = useCallback(async () => (await session.execute(RegionsQuery, {})).regions, [session]);
  const { data: regions, error: loadError, reload: load } = useLoad(fetchRegions, allowed);

  if (!allowed) {
    return <Forbidden title="Regions">Your role in this workspace cannot see its settings.</Forbidden>;
  }
  if (loadError) {
    return <LoadFailed title="Regions" error={loadError} onRetry={() => void load()} />;
  }
  if (!regions) return <Loading what="regions" />;

  const run = (work: () => Promise<unknown>) =>
    runAction(async () => {
      await work();
      await load();
    });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const get = (name: string) => String(data.get(name) ?? '').trim();
    await save(async () => {
      await session.execute(UpsertRegionMutation, {
        input: {
          code: get('code'),
          locale: get('locale'),
          currency: get('currency').toUpperCase(),
          pathPrefix: get('pathPrefix') || null,
          hosts: list(get('hosts')),
          countries: list(get('countries')).map((c) => c.toUpperCase()),
          consentRequired: data.get('consentRequired') === 'on',
        },
      });
      form.reset();
      setEditing(null);
      await load();
    });
  };
  const at = (field: string) =>
    formError instanceof ApiError &&
    formError.field &&
    (formError.field === field || formError.field.endsWith(`.${field}`))
      ? formError.message
      : undefined;
  const placed = ['code', 'locale', 'currency', 'pathPrefix', 'hosts', 'countries'].some(
    (f) => at(f) || (formError instanceof ApiError && formError.field?.startsWith(`input.${f}`)),
  );

  return (
    <main>
      <h1>Regions</h1>
      <p>Regions select locale, currency and consent rules by path prefix, host or the visitor's country.</p>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {regions.length === 0 ? (
        <p>No regions yet: every visitor gets the workspace defaults.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Locale</th>
              <th scope="col">Currency</th>
              <th scope="col">Selected by</th>
              <th scope="col">Consent</th>
              {writable ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => (
              <tr key={r.code}>
                <td>
                  {r.code}
                  {r.isDefault ? ' (default)' : ''}
                </td>
                <td>{r.locale}</td>
                <td>{r.currency}</td>
                <td>
                  {[r.pathPrefix, ...r.hosts, ...r.countries.map((c) => `country ${c}`)]
                    .filter(Boolean)
                    .join(', ') || '—'}
                </td>
                <td>{r.consentRequired ? 'required' : 'not required'}</td>
                {writable ? (
                  <td>
                    <button type="button" onClick={() => setEditing(r)}>
                      Edit {r.code}
                    </button>{' '}
                    {r.isDefault ? null : (
                      <>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() =>
                            void run(() => session.execute(SetDefaultRegionMutation, { code: r.code }))
                          }
                        >
                          Make {r.code} the default
                        </button>{' '}
                        <button type="button" className="danger" onClick={() => setDeleting(r.code)}>
                          Delete {r.code}
                        </button>
                      </>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting ? (
        <ConfirmDialog
          title={`Delete region ${deleting}?`}
          confirmLabel={`Delete ${deleting}`}
          busy={busy}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            void run(async () => {
              await session.execute(DeleteRegionMutation, { code: deleting });
              setDeleting(null);
            })
          }
        >
          <p>Its visitors get the default region from now on; its design token override stays stored.</p>
        </ConfirmDialog>
      ) : null}
      {writable ? (
        <form
          key={editing?.code ?? 'new'}
          aria-label={editing ? `Edit region ${editing.code}` : 'New region'}
          onSubmit={(e) => void submit(e)}
        >
          <h2>{editing ? `Edit region ${editing.code}` : 'Add a region'}</h2>
          <ErrorMessage>{formError && !placed ? messageOf(formError) : undefined}</ErrorMessage>
          <Field
            label="Code"
            name="code"
            required
            defaultValue={editing?.code}
            readOnly={Boolean(editing)}
            pattern="[a-z][a-z0-9\-]{0,15}"
            error={at('code')}
          />
          <Field
            label="Locale"
            name="locale"
            required
            placeholder="de-DE"
            defaultValue={editing?.locale}
            error={at('locale')}
          />
          <Field
            label="Currency"
            name="currency"
            required
            placeholder="EUR"
            defaultValue={editing?.currency}
            error={at('currency')}
          />
          <Field
            label="Path prefix (optional)"
            name="pathPrefix"
            placeholder="/de"
            defaultValue={editing?.pathPrefix ?? ''}
            error={at('pathPrefix')}
          />
          <Field
            label="Hosts (comma-separated, verified domains)"
            name="hosts"
            defaultValue={editing?.hosts.join(', ')}
            error={at('hosts')}
          />
          <Field
            label="Countries (comma-separated, e.g. DE, AT)"
            name="countries"
            defaultValue={editing?.countries.join(', ')}
            error={at('countries')}
          />
          <label>
            <input
              type="checkbox"
              name="consentRequired"
              defaultChecked={editing?.consentRequired ?? false}
            />{' '}
            Visitors must consent before analytics run
          </label>
          <p>
            <button type="submit" disabled={busy}>
              {editing ? 'Save region' : 'Add region'}
            </button>{' '}
            {editing ? (
              <button type="button" onClick={() => setEditing(null)}>
                Stop editing
              </button>
            ) : null}
          </p>
        </form>
      ) : null}
    </main>
  );
}

export default Regions;
