/**
 * Outbound webhooks (settings:read; changes need settings:write): where WebHaze POSTs signed
 * notifications, for which events, and how the last deliveries went; adding one shows its
 * signing secret once; removing one is confirmed.
 */
import { type FormEvent, useCallback, useState } from 'react';
import { messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type { WebhookEndpointFieldsFragment, WebhookEventType } from '../../../gql/graphql.js';
import { pageOf, usePagedList } from '../../../paged-table.js';
import {
  ConfirmDialog,
  ErrorMessage,
  Field,
  Forbidden,
  fieldError,
  fieldErrorInWords,
  Loading,
  RetryError,
  useAction,
} from '../../../ui.js';
import {
  AddWebhookEndpointMutation,
  RemoveWebhookEndpointMutation,
  WebhookEndpointsQuery,
} from './operations.js';

type Endpoint = WebhookEndpointFieldsFragment;

export const EVENT_LABEL: Record<WebhookEventType, string> = {
  PAGE_PUBLISHED: 'A page is published',
  PAGE_UNPUBLISHED: 'A page is taken offline',
};
const EVENTS = Object.keys(EVENT_LABEL) as WebhookEventType[];

const DELIVERY_STATUS: Record<string, string> = {
  PENDING: 'Waiting',
  DELIVERED: 'Delivered',
  FAILED: 'Failed (retrying)',
};

function Deliveries({ endpoint }: { endpoint: Endpoint }) {
  const deliveries = endpoint.deliveries.edges.map((e) => e.node);
  if (deliveries.length === 0) return <p>Nothing sent yet.</p>;
  return (
    <ul className="deliveries" aria-label={`Last deliveries to ${endpoint.url}`}>
      {deliveries.map((d) => (
        <li key={d.id}>
          {new Date(d.createdAt).toLocaleString()} · {EVENT_LABEL[d.eventType]} ·{' '}
          <strong>{DELIVERY_STATUS[d.status] ?? d.status}</strong>
          {d.responseStatus ? ` · answered ${d.responseStatus}` : ''}
          {d.attempts > 1 ? ` · ${d.attempts} attempts` : ''}
          {d.lastError ? ` · ${d.lastError}` : ''}
        </li>
      ))}
    </ul>
  );
}

export function Webhooks() {
  const { session, viewer } = useApp();
  const allowed = can(viewer, 'settings:read');
  const writable = can(viewer, 'settings:write');
  const { busy, error, run } = useAction();
  const [secret, setSecret] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Endpoint | null>(null);
  const [events, setEvents] = useState<WebhookEventType[]>(['PAGE_PUBLISHED']);

  const fetchPage = useCallback(
    async (after: string | null) =>
      pageOf((await session.execute(WebhookEndpointsQuery, { first: 50, after })).webhookEndpoints),
    [session],
  );
  const list = usePagedList<Endpoint>(fetchPage, allowed);

  if (!allowed) {
    return <Forbidden title="Webhooks">Your role in this workspace cannot see its settings.</Forbidden>;
  }

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const url = String(new FormData(form).get('url') ?? '').trim();
    void run(async () => {
      const { addWebhookEndpoint } = await session.execute(AddWebhookEndpointMutation, { url, events });
      list.setItems((items) => [...(items ?? []), addWebhookEndpoint.endpoint]);
      setSecret(addWebhookEndpoint.signingSecret);
      form.reset();
    });
  };
  const remove = (endpoint: Endpoint) =>
    void run(async () => {
      await session.execute(RemoveWebhookEndpointMutation, { id: endpoint.id });
      list.setItems((items) => (items ?? []).filter((e) => e.id !== endpoint.id));
      setRemoving(null);
    });

  return (
    <main>
      <h1>Webhooks</h1>
      <p>
        WebHaze sends a signed POST request to these addresses when something happens, so other systems (a
        search index, a chat channel, a build) can follow along.
      </p>
      <ErrorMessage>{error && !fieldError(error, 'url') ? messageOf(error) : undefined}</ErrorMessage>
      {secret ? (
        <div role="status" className="secret">
          <p>
            Copy the signing secret now: it is never shown again. The receiver checks the
            <code> webhaze-signature</code> header with it.
          </p>
          <input
            aria-label="Signing secret"
            readOnly
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => setSecret(null)}>
            I have stored it
          </button>
        </div>
      ) : null}
      {list.error ? <RetryError error={list.error} onRetry={() => void list.reload()} /> : null}
      {!list.items ? (
        list.error ? null : (
          <Loading what="webhooks" />
        )
      ) : list.items.length === 0 ? (
        <p>No webhooks yet.</p>
      ) : (
        <ul className="endpoints" aria-label="Webhook endpoints">
          {list.items.map((endpoint) => (
            <li key={endpoint.id}>
              <h2 className="endpoint-url">{endpoint.url}</h2>
              <p>Sends: {endpoint.events.map((e) => EVENT_LABEL[e]).join(', ')}</p>
              <Deliveries endpoint={endpoint} />
              {writable ? (
                <button type="button" disabled={busy} onClick={() => setRemoving(endpoint)}>
                  Remove {endpoint.url}…
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {list.hasMore ? (
        <button type="button" disabled={list.busy} onClick={() => void list.loadMore()}>
          Load more
        </button>
      ) : null}
      {writable ? (
        <form onSubmit={add} aria-label="Add a webhook">
          <h2>Add a webhook</h2>
          <Field
            label="Address (https)"
            name="url"
            type="url"
            required
            placeholder="https://example.com/hooks/webhaze"
            error={fieldErrorInWords(error, 'url')}
          />
          <fieldset>
            <legend>Send when</legend>
            {EVENTS.map((e) => (
              <label key={e} className="checkbox">
                <input
                  type="checkbox"
                  checked={events.includes(e)}
                  onChange={(ev) => {
                    const on = ev.currentTarget.checked;
                    setEvents((prev) => (on ? [...prev, e] : prev.filter((x) => x !== e)));
                  }}
                />{' '}
                {EVENT_LABEL[e]}
              </label>
            ))}
          </fieldset>
          <ErrorMessage>{fieldErrorInWords(error, 'events')}</ErrorMessage>
          <button type="submit" disabled={busy || events.length === 0}>
            Add webhook
          </button>
        </form>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title="Remove this webhook?"
          confirmLabel="Remove webhook"
          busy={busy}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove(removing)}
        >
          <p>{removing.url} gets no more notifications, and its delivery records are deleted.</p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}

export default Webhooks;
