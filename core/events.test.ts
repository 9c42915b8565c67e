import { afterEach, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL, testConfig } from '../test/support/env.js';
import { createEventBus, type EventBus } from './events.js';

const buses: EventBus[] = [];
afterEach(async () => {
  for (const bus of buses.splice(0)) await bus.close();
});

/** Records what a subscriber hears; `heard(m)` resolves once message `m` has arrived. */
function received(bus: EventBus, event: 'apikey-revoked' | 'tenant-changed') {
  const messages: string[] = [];
  const waiting = new Map<string, () => void>();
  const ready = bus.subscribe(event, (m) => {
    messages.push(m);
    waiting.get(m)?.();
  });
  const heard = (message: string) =>
    messages.includes(message)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiting.set(message, resolve));
  return { messages, ready, heard };
}

describe('platform event bus', () => {
  it('in memory: delivers within the process, per prefix, and stops after unsubscribe', async () => {
    const config = testConfig();
    const a = createEventBus(config, 'a');
    const b = createEventBus(config, 'b');
    const other = createEventBus(testConfig(), 'other');
    buses.push(a, b, other);
    expect(a.backend).toBe('memory');
    const got = received(b, 'tenant-changed');
    const elsewhere = received(other, 'tenant-changed');
    const unsubscribe = await got.ready;
    await elsewhere.ready;
    await a.publish('tenant-changed', 't1');
    expect(got.messages).toEqual(['t1']);
    expect(elsewhere.messages).toEqual([]);
    unsubscribe();
    await a.publish('tenant-changed', 't2');
    expect(got.messages).toEqual(['t1']);
  });

  it('on Redis: delivers to every subscriber connection, only on its own channel', async () => {
    const config = testConfig({ REDIS_URL: TEST_REDIS_URL });
    const publisher = createEventBus(config, 'pub');
    const gateway1 = createEventBus(config, 'g1');
    const gateway2 = createEventBus(config, 'g2');
    buses.push(publisher, gateway1, gateway2);
    expect(publisher.backend).toBe('redis');
    const one = received(gateway1, 'apikey-revoked');
    const two = received(gateway2, 'apikey-revoked');
    const tenants = received(gateway2, 'tenant-changed');
    await Promise.all([one.ready, two.ready, tenants.ready]);
    await publisher.publish('apikey-revoked', 'hash-1');
    // Redis delivers one connection's messages in order: once the marker on tenant-changed has
    // arrived, anything wrongly sent there by the first publish would have arrived before it.
    await publisher.publish('tenant-changed', 'marker');
    await Promise.all([one.heard('hash-1'), two.heard('hash-1'), tenants.heard('marker')]);
    expect(one.messages).toEqual(['hash-1']);
    expect(two.messages).toEqual(['hash-1']);
    expect(tenants.messages).toEqual(['marker']);
  });
});
