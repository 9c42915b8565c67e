import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../core/config.js';
import { OidcFlowError, safeRedirect } from './services/oidc.js';

// The whole flow against a real OpenID Connect provider runs in test/e2e/oidc.test.ts.
describe('social sign-in building blocks', () => {
  it('accepts only same-site paths as the post-sign-in redirect', () => {
    expect(safeRedirect(null)).toBe('/editor');
    expect(safeRedirect('')).toBe('/editor');
    expect(safeRedirect('/editor/sites?tab=1')).toBe('/editor/sites?tab=1');
    for (const bad of [
      '//evil.example',
      '/editor//evil',
      'https://evil.example/',
      'editor',
      '/\\evil.example',
      '/editor#x',
      '/editor\n',
      `/${'a'.repeat(600)}`,
    ]) {
      expect(() => safeRedirect(bad), bad).toThrow(OidcFlowError);
    }
  });

  it('reads OIDC_PROVIDERS as a validated JSON array', () => {
    const provider = {
      id: 'google',
      name: 'Google',
      issuer: 'https://accounts.google.com',
      clientId: 'id',
      clientSecret: 'secret',
    };
    const env = { NODE_ENV: 'test' as const, CONTEXT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(env).OIDC_PROVIDERS).toEqual([]);
    expect(loadConfig({ ...env, OIDC_PROVIDERS: JSON.stringify([provider]) }).OIDC_PROVIDERS).toEqual([
      provider,
    ]);
    expect(() => loadConfig({ ...env, OIDC_PROVIDERS: 'not json' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({ ...env, OIDC_PROVIDERS: JSON.stringify([{ ...provider, issuer: 'nope' }]) }),
    ).toThrow(/issuer/);
  });
});
