/**
 * The orders list and detail in happy-dom against a gateway stand-in: filters and search, the
 * timeline, fulfil with tracking, cancel, full and partial refunds, and no actions without
 * orders:write.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { button, buttonTexts, click, control, mount, submit, type } from '../../testing.js';
import { dayStart, OrdersList } from './Orders.js';
import { OrderDetail } from './OrdersDetail.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const eur = (amount: number) => ({ amount, currency: 'EUR' });

const listed = (number: number, status = 'PAID') => ({
  id: `o${number}`,
  number,
  displayNumber: `#${number}`,
  status,
  disputed: false,
  customerEmail: `c${number}@example.com`,
  total: eur(2500),
  refunded: eur(0),
  createdAt: '2026-01-01T10:00:00Z',
});

function order(status: string, refunded = 0, extra: Record<string, unknown> = {}) {
  return {
    id: 'o1',
    number: 1001,
    displayNumber: '#1001',
    status,
    disputed: false,
    customerEmail: 'ann@example.com',
    lines: [
      {
        variantId: 'v1',
        sku: 'MUG-S',
        title: 'Blue mug',
        quantity: 2,
        unitPrice: eur(1000),
        total: eur(2000),
      },
    ],
    subtotal: eur(2000),
    discount: eur(0),
    tax: eur(0),
    shipping: eur(500),
    total: eur(2500),
    refunded: eur(refunded),
    shippingAddress: {
      name: 'Ann',
      line1: 'Main St 1',
      line2: null,
      postalCode: '10115',
      city: 'Berlin',
      region: null,
      country: 'DE',
      phone: null,
    },
    tracking: null,
    createdAt: '2026-01-01T10:00:00Z',
    paidAt: status === 'PENDING' ? null : '2026-01-01T10:01:00Z',
    fulfilledAt: null,
    timeline: [
      {
        id: 'e1',
        kind: 'CREATED',
        fromStatus: null,
        toStatus: 'PENDING',
        amount: null,
        cause: 'user',
        at: '2026-01-01T10:00:00Z',
      },
      ...(status === 'PENDING'
        ? []
        : [
            {
              id: 'e2',
              kind: 'STATUS',
              fromStatus: 'PENDING',
              toStatus: 'PAID',
              amount: null,
              cause: 'stripe',
              at: '2026-01-01T10:01:00Z',
            },
          ]),
      ...(refunded
        ? [
            {
              id: 'e3',
              kind: 'REFUND',
              fromStatus: null,
              toStatus: null,
              amount: eur(refunded),
              cause: 'user',
              at: '2026-01-02T10:00:00Z',
            },
          ]
        : []),
    ],
    ...extra,
  };
}

describe('OrdersList', () => {
  it('filters by status, dates and search, and pages with Load more', async () => {
    const m = await mount(<OrdersList pageSize={1} />, ['orders:read'], {
      orders: (v) => {
        const nodes = v.after ? [listed(1001)] : [listed(1002, 'PENDING')];
        return {
          data: {
            orders: {
              edges: nodes.map((node, i) => ({ cursor: `o${i}`, node })),
              pageInfo: { hasNextPage: !v.after, endCursor: 'o0' },
            },
          },
        };
      },
    });
    cleanup = m.unmount;
    expect(m.container.querySelector('tbody tr')?.textContent).toContain('#1002');
    expect(m.container.querySelector('tbody tr')?.textContent).toContain('Pending payment');
    await click(button(m.container, 'Load more'));
    expect(m.container.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(m.container.querySelector('a[href="/editor/orders/o1001"]')?.textContent).toBe('#1001');

    type(control(m.container, 'Search'), '#1001');
    type(control<HTMLSelectElement>(m.container, 'Status'), 'PAID');
    type(control(m.container, 'From'), '2026-01-01');
    type(control(m.container, 'To'), '2026-01-31');
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Search orders"]')!);
    expect(m.named('orders').at(-1)!.variables).toEqual({
      first: 1,
      after: null,
      filter: {
        status: ['PAID'],
        search: '#1001',
        createdFrom: dayStart('2026-01-01'),
        createdTo: dayStart('2026-02-01'),
      },
    });
    expect(dayStart('2026-01-31', 1)).toBe(dayStart('2026-02-01'));
    expect(dayStart('2026-01-01')).toMatch(/^2026-01-01T00:00:00[+-]\d{2}:\d{2}$/);
  });

  it('refuses a role without orders:read', async () => {
    const m = await mount(<OrdersList />, ['catalog:read'], {});
    cleanup = m.unmount;
    expect(m.container.querySelector('[role="alert"]')?.textContent).toContain('cannot see its orders');
    expect(m.calls).toHaveLength(0);
  });
});

describe('OrderDetail', () => {
  it('shows lines, address and timeline; fulfils with tracking; refunds part then the rest', async () => {
    let current = order('PAID');
    const m = await mount(<OrderDetail id="o1" />, ['orders:read', 'orders:write'], {
      orderDetail: () => ({ data: { order: current } }),
      orderFulfil: () => {
        current = order('FULFILLED', 0, {
          fulfilledAt: '2026-01-02T00:00:00Z',
          tracking: { carrier: 'DHL', number: 'JD0001', url: 'https://dhl.example/JD0001' },
        });
        return { data: { fulfilOrder: { id: 'o1', status: 'FULFILLED' } } };
      },
      orderRefund: (v) => {
        const amount = (v.input as { amount?: number }).amount ?? 2500 - current.refunded.amount;
        const refunded = current.refunded.amount + amount;
        current = order(refunded >= 2500 ? 'REFUNDED' : 'PARTIALLY_REFUNDED', refunded, {
          fulfilledAt: '2026-01-02T00:00:00Z',
        });
        return { data: { refundOrder: { id: 'o1', status: current.status } } };
      },
    });
    cleanup = m.unmount;
    const c = m.container;
    expect(c.querySelector('h1')?.textContent).toBe('Order #1001');
    expect(c.querySelector('table[aria-label="Lines"] tbody')?.textContent).toContain('Blue mug');
    expect(c.querySelector('address')?.textContent).toContain('10115 Berlin');
    const timeline = () => [...c.querySelectorAll('.timeline li')].map((li) => li.textContent);
    expect(timeline()[1]).toContain('Pending payment → Paid');
    expect(buttonTexts(c)).not.toContain('Cancel order');

    type(control(c, 'Carrier'), 'DHL');
    type(control(c, 'Tracking number'), 'JD0001');
    type(control(c, 'Tracking URL'), 'https://dhl.example/JD0001');
    await submit(c.querySelector<HTMLFormElement>('form[aria-label="Fulfil"]')!);
    expect(m.named('orderFulfil')[0]!.variables).toEqual({
      id: 'o1',
      input: { carrier: 'DHL', trackingNumber: 'JD0001', trackingUrl: 'https://dhl.example/JD0001' },
    });
    expect(c.textContent).toContain('Shipped with DHL: JD0001');
    expect(c.querySelector('form[aria-label="Fulfil"]')).toBeNull();

    type(control(c, 'Amount (EUR; empty refunds everything left)'), '10.50');
    type(control(c, 'Reason'), 'One mug broke');
    await submit(c.querySelector<HTMLFormElement>('form[aria-label="Refund"]')!);
    expect(m.named('orderRefund')[0]!.variables).toEqual({
      id: 'o1',
      input: { amount: 1050, reason: 'One mug broke' },
    });
    expect(c.querySelector('p[role="status"]')?.textContent).toMatch(/^Refunded .*10.50/);
    expect(c.textContent).toContain('Partially refunded');
    expect(timeline().at(-1)).toMatch(/Refunded .*10.50/);
    expect(c.querySelector('form[aria-label="Refund"]')?.textContent).toMatch(
      /14.50.* can still be refunded/,
    );

    await submit(c.querySelector<HTMLFormElement>('form[aria-label="Refund"]')!);
    expect(m.named('orderRefund')[1]!.variables).toEqual({ id: 'o1', input: {} });
    expect(c.querySelector('p[role="status"]')?.textContent).toBe('Refunded in full');
    expect(c.querySelector('form[aria-label="Refund"]')).toBeNull();
  });

  it("shows the server's refusal of a refund", async () => {
    const m = await mount(<OrderDetail id="o1" />, ['orders:read', 'orders:write'], {
      orderDetail: () => ({ data: { order: order('PAID') } }),
      orderRefund: () => ({
        errors: [
          {
            message: 'amount: at most 2500 can still be refunded',
            extensions: { code: 'BAD_USER_INPUT', field: 'amount' },
          },
        ],
      }),
    });
    cleanup = m.unmount;
    type(control(m.container, 'Amount (EUR; empty refunds everything left)'), '30');
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Refund"]')!);
    const amount = control(m.container, 'Amount (EUR; empty refunds everything left)');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(m.named('orderRefund')[0]!.variables).toEqual({ id: 'o1', input: { amount: 3000 } });
  });

  it('cancels a pending order after a confirmation', async () => {
    let current = order('PENDING');
    const m = await mount(<OrderDetail id="o1" />, ['orders:read', 'orders:write'], {
      orderDetail: () => ({ data: { order: current } }),
      orderCancel: () => {
        current = order('CANCELLED');
        return { data: { cancelOrder: { id: 'o1', status: 'CANCELLED' } } };
      },
    });
    cleanup = m.unmount;
    expect(m.container.querySelector('form[aria-label="Refund"]')).toBeNull();
    expect(m.container.querySelector('form[aria-label="Fulfil"]')).toBeNull();
    await click(button(m.container, 'Cancel order'));
    expect(m.named('orderCancel')).toHaveLength(0);
    await click(button(m.container, 'Yes, cancel the order'));
    expect(m.named('orderCancel')[0]!.variables).toEqual({ id: 'o1' });
    expect(m.container.textContent).toContain('Cancelled');
    expect(buttonTexts(m.container)).not.toContain('Cancel order');
  });

  it('offers no action without orders:write, and shows NOT_FOUND', async () => {
    const reader = await mount(<OrderDetail id="o1" />, ['orders:read'], {
      orderDetail: () => ({ data: { order: order('PAID') } }),
    });
    expect(reader.container.querySelector('[aria-label="Actions"]')).toBeNull();
    expect(buttonTexts(reader.container)).toEqual([]);
    expect(reader.container.querySelectorAll('.timeline li')).toHaveLength(2);
    await reader.unmount();
    const missing = await mount(<OrderDetail id="x" />, ['orders:read'], {
      orderDetail: () => ({
        data: null,
        errors: [{ message: 'Order not found', extensions: { code: 'NOT_FOUND' } }],
      }),
    });
    cleanup = missing.unmount;
    expect(missing.container.querySelector('[role="alert"]')?.textContent).toBe('Order not found');
  });
});
