/**
 * Component tests (happy-dom) of outbound webhooks: endpoints with their events and last
 * deliveries in words, adding one (secret shown once, events chosen), removal only after
 * confirming, read-only without settings:write.
 */
import { describe, expect, it } from 'vitest';
import {
  button,
  click,
  container,
  input,
  mount,
  submit,
  type,
  withScreenRoot,
} from '../../../screen-testing.js';
import { Webhooks } from './Webhooks.js';

withScreenRoot();

const endpoint = (id: string, url: string, deliveries: unknown[] = []) => ({
  id,
  url,
  events: ['PAGE_PUBLISHED'],
  createdAt: '2026-11-01T10:00:00Z',
  deliveries: { edges: deliveries.map((node) => ({ node })) },
});
const page = (nodes: unknown[]) => ({
  data: {
    webhookEndpoints: {
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
});

describe('Webhooks', () => {
  it('lists endpoints with their events and how the last deliveries went', async () => {
    await mount(<Webhooks />, ['settings:read', 'settings:write'], {
      webhookEndpoints: () =>
        page([
          endpoint('e1', 'https://hooks.example.com/a', [
            {
              id: 'd1',
              eventType: 'PAGE_PUBLISHED',
              status: 'FAILED',
              attempts: 3,
              lastError: 'connection refused',
              responseStatus: null,
              createdAt: '2026-11-02T10:00:00Z',
            },
          ]),
        ]),
    });
    const card = container.querySelector('[aria-label="Webhook endpoints"] li')!;
    expect(card.textContent).toContain('Sends: A page is published');
    expect(card.textContent).toContain('Failed (retrying) · 3 attempts · connection refused');
    expect(container.textContent).not.toContain('PAGE_PUBLISHED');
  });

  it('adds an endpoint for the chosen events and shows its secret once', async () => {
    const { calls } = await mount(<Webhooks />, ['settings:read', 'settings:write'], {
      webhookEndpoints: () => page([]),
      addWebhookEndpoint: (v) => ({
        data: {
          addWebhookEndpoint: { signingSecret: 'whsec_once', endpoint: endpoint('e2', String(v.url)) },
        },
      }),
    });
    expect(container.textContent).toContain('No webhooks yet.');
    type(input('Address (https)'), 'https://hooks.example.com/b');
    await click(container.querySelector<HTMLInputElement>('fieldset input[type="checkbox"]:not(:checked)')!);
    await submit(container.querySelector<HTMLFormElement>('form[aria-label="Add a webhook"]'));
    expect(calls.find((c) => c.name === 'addWebhookEndpoint')!.variables).toEqual({
      url: 'https://hooks.example.com/b',
      events: ['PAGE_PUBLISHED', 'PAGE_UNPUBLISHED'],
    });
    expect(container.querySelector<HTMLInputElement>('[aria-label="Signing secret"]')!.value).toBe(
      'whsec_once',
    );
    await click(button('I have stored it'));
    expect(container.querySelector('[aria-label="Signing secret"]')).toBeNull();
    expect(container.querySelector('[aria-label="Webhook endpoints"]')?.textContent).toContain(
      'https://hooks.example.com/b',
    );
  });

  it('removes an endpoint only after confirming; read-only without settings:write', async () => {
    const { calls } = await mount(<Webhooks />, ['settings:read', 'settings:write'], {
      webhookEndpoints: () => page([endpoint('e1', 'https://hooks.example.com/a')]),
      removeWebhookEndpoint: () => ({ data: { removeWebhookEndpoint: true } }),
    });
    await click(button('Remove https://hooks.example.com/a…'));
    await click(button('Cancel'));
    expect(calls.some((c) => c.name === 'removeWebhookEndpoint')).toBe(false);
    await click(button('Remove https://hooks.example.com/a…'));
    await click(button('Remove webhook'));
    expect(calls.find((c) => c.name === 'removeWebhookEndpoint')!.variables).toEqual({ id: 'e1' });
    expect(container.textContent).toContain('No webhooks yet.');
  });

  it('shows a reader no controls', async () => {
    await mount(<Webhooks />, ['settings:read'], {
      webhookEndpoints: () => page([endpoint('e1', 'https://hooks.example.com/a')]),
    });
    expect(container.querySelectorAll('button')).toHaveLength(0);
    expect(container.querySelector('form')).toBeNull();
  });
});
