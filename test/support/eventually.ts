/**
 * Polls `check` until it returns a value (not undefined), failing after `timeoutMs`. The deadline is
 * generous on purpose: it only bounds a hang, nothing asserts on how soon the condition held.
 */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
