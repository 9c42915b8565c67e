/**
 * Custom domains (settings:read; changes need settings:write): each claimed host with its
 * verification status and the DNS TXT record that proves it; add a host, check its record now,
 * remove one (confirmed). A verified host can then be given to a site and to a region.
 */
import { type FormEvent, useCallback, useState } from 'react';
import { messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type { DomainFieldsFragment } from '../../../gql/graphql.js';
import { type Column, PagedTable, pageOf, usePagedList } from '../../../paged-table.js';
import { Link } from '../../../router.js';
import {
  ConfirmDialog,
  ErrorMessage,
  Field,
  Forbidden,
  fieldError,
  fieldErrorInWords,
  useAction,
} from '../../../ui.js';
import { AddDomainMutation, DomainsQuery, RemoveDomainMutation, VerifyDomainMutation } from './operations.js';

type Domain = DomainFieldsFragment;

/** An error's message without the `host: ` the server starts it with (the row already names the host). */
const inWords = (err: unknown) => messageOf(err).replace(/^host: /, '');

/** A read-only value people copy into their DNS settings. */
function Copyable({ caption, label, value }: { caption: string; label: string; value: string }) {
  return (
    <label className="copyable">
      {caption}
      <input aria-label={label} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
    </label>
  );
}

export function Domains() {
  const { session, viewer } = useApp();
  const allowed = can(viewer, 'settings:read');
  const writable = can(viewer, 'settings:write');
  const { busy: adding, error: addError, run: runAdd } = useAction();
  const { busy: acting, error, run } = useAction();
  const busy = adding || acting;
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);

  const fetchPage = useCallback(
    async (after: string | null) =>
      pageOf((await session.execute(DomainsQuery, { first: 50, after })).domains),
    [session],
  );
  const list = usePagedList<Domain>(fetchPage, allowed);

  if (!allowed) {
    return <Forbidden title="Custom domains">Your role in this workspace cannot see its settings.</Forbidden>;
  }

  const replace = (domain: Domain) =>
    list.setItems((items) => {
      const rest = (items ?? []).filter((d) => d.id !== domain.id);
      return [domain, ...rest];
    });

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const host = String(new FormData(form).get('host') ?? '').trim();
    setNotice('');
    void runAdd(async () => {
      const { addDomain } = await session.execute(AddDomainMutation, { host });
      replace(addDomain);
      setNotice(`${addDomain.host} added: create its TXT record, then check it.`);
      form.reset();
    });
  };
  const verify = (host: string) => {
    setNotice('');
    void run(async () => {
      const { verifyDomain } = await session.execute(VerifyDomainMutation, { host });
      replace(verifyDomain);
      setNotice(`${host} is verified: it can now be given to a site.`);
    });
  };
  const remove = (host: string) =>
    void run(async () => {
      await session.execute(RemoveDomainMutation, { host });
      list.setItems((items) => (items ?? []).filter((d) => d.host !== host));
      setRemoving(null);
      setNotice(`${host} removed.`);
    });

  const columns: Column<Domain>[] = [
    { header: 'Domain', cell: (d) => <strong>{d.host}</strong> },
    {
      header: 'Status',
      cell: (d) =>
        d.verified ? (
          <span className="badge ok">
            Verified {d.verifiedAt ? new Date(d.verifiedAt).toLocaleDateString() : ''}
          </span>
        ) : (
          <span className="badge warn">Waiting for the DNS record</span>
        ),
    },
    {
      header: 'DNS record (TXT)',
      cell: (d) =>
        d.verified ? (
          'Keep the record: it proves the domain is yours.'
        ) : (
          <div className="dns-record">
            <Copyable caption="Name" label={`TXT record name for ${d.host}`} value={d.txtRecordName} />
            <Copyable caption="Value" label={`TXT record value for ${d.host}`} value={d.txtRecordValue} />
          </div>
        ),
    },
    ...(writable
      ? [
          {
            header: 'Actions',
            cell: (d: Domain) => (
              <>
                {d.verified ? null : (
                  <button type="button" disabled={busy} onClick={() => verify(d.host)}>
                    Check {d.host} now
                  </button>
                )}{' '}
                <button type="button" disabled={busy} onClick={() => setRemoving(d.host)}>
                  Remove {d.host}…
                </button>
              </>
            ),
          },
        ]
      : []),
  ];

  return (
    <main>
      <h1>Custom domains</h1>
      <p>
        Serve your sites on your own domain: add it here, create the TXT record shown at your DNS provider,
        then check it. Give a verified domain to a site on the <Link to="/">Sites</Link> screen and to a
        region under <Link to="/settings/regions">Regions</Link>.
      </p>
      <ErrorMessage>{error ? inWords(error) : undefined}</ErrorMessage>
      <p role="status">{notice}</p>
      <PagedTable
        list={list}
        label="Custom domains"
        what="domains"
        empty="No custom domains yet."
        columns={columns}
      />
      {writable ? (
        <form onSubmit={add} aria-label="Add a domain" className="inline-form">
          <Field
            label="Domain, e.g. shop.example.com"
            name="host"
            required
            autoComplete="off"
            spellCheck={false}
            error={fieldErrorInWords(addError, 'host')}
          />
          <ErrorMessage>
            {addError && !fieldError(addError, 'host') ? messageOf(addError) : undefined}
          </ErrorMessage>
          <button type="submit" disabled={busy}>
            Add domain
          </button>
        </form>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing}?`}
          confirmLabel={`Remove ${removing}`}
          busy={busy}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove(removing)}
        >
          <p>Visitors of {removing} stop reaching your sites at once. You can add it again later.</p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}

export default Domains;
