import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../test/support/env.js';
import { MinuteCounter } from './collect.js';

/** The beacon limits' counter: local counts shared through the real Redis, fixed one-minute windows. */
describe('MinuteCounter', () => {
  const prefix = `wh-test-${randomUUID()}:`;
  const redis = new Redis(TEST_REDIS_URL, { keyPrefix: prefix, enableAutoPipelining: true });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await new Redis(TEST_REDIS_URL).del(...keys);
    await redis.quit();
  });

  it('refuses past the limit in one process, until the window ends (injected clock)', () => {
    let now = 60_000 * 1000 + 5_000;
    const counter = new MinuteCounter('rl:test-local', 3, null, () => now);
    expect([1, 2, 3].map(() => counter.consume('client'))).toEqual([0, 0, 0]);
    expect(counter.consume('client')).toBe(55_000);
    expect(counter.consume('another client')).toBe(0);
    now += 55_000;
    expect(counter.consume('client')).toBe(0);
  });

  it('shares counts between storefronts through Redis: together they stop at the limit (plus one sync interval)', async () => {
    const now = () => 60_000 * 2000 + 1_000;
    const a = new MinuteCounter('rl:test-shared', 10, redis, now);
    const b = new MinuteCounter('rl:test-shared', 10, redis, now);
    for (let i = 0; i < 6; i++) expect(a.consume('tenant')).toBe(0);
    await a.whenSynced();
    // B has not heard of A's six yet: it may accept up to its own ten until it syncs (the documented overshoot).
    for (let i = 0; i < 6; i++) expect(b.consume('tenant')).toBe(0);
    await b.whenSynced();
    expect(Number(await redis.get(`rl:test-shared:2000:tenant`))).toBe(12);
    expect(b.consume('tenant')).toBeGreaterThan(0);
    // A learns the total at its next sync: one more local count triggers it.
    a.consume('tenant');
    await a.whenSynced();
    expect(a.consume('tenant')).toBeGreaterThan(0);
    a.close();
    b.close();
  });
});
