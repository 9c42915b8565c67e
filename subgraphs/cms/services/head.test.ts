import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyticsExtras, clarityScript, contentSecurityPolicyFor, inlineScriptsOf } from './head.js';
import { renderPage } from './page-document.js';
import { NO_RENDER_DATA, type RenderAnalyticsPolicy } from './supergraph-client.js';

const policy = (over: Partial<RenderAnalyticsPolicy> = {}): RenderAnalyticsPolicy => ({
  injectClarity: true,
  clarityProjectId: 'abc123xyz',
  consentRequired: true,
  consentState: { adStorage: 'denied', analyticsStorage: 'denied' },
  showBanner: true,
  banner: { title: 'T <b>', body: 'B', acceptLabel: 'A', rejectLabel: 'R' },
  ...over,
});
const tree = { root: { props: {} }, content: [] };

describe('the Clarity head', () => {
  it('re-validates the id right before use and never splices anything else', () => {
    for (const bad of ['ABC123', '"];alert(1);//', 'abc', '', 'abc123xyz\n']) {
      expect(clarityScript(policy({ clarityProjectId: bad })), bad).toBeNull();
    }
    expect(clarityScript(policy({ injectClarity: false }))).toBeNull();
    const script = clarityScript(policy({ consentState: { adStorage: 'granted', analyticsStorage: 'x' } }))!;
    expect(script).toContain('"clarity","script","abc123xyz")');
    expect(script).toContain(
      'window.clarity("consentv2",{"ad_Storage":"granted","analytics_Storage":"denied"});',
    );
  });

  it('renders the banner escaped, and a CSP whose hash matches the inline script bytes', () => {
    const html = renderPage(tree, 'Home', 'en', undefined, analyticsExtras(policy(), '/s/demo/'));
    expect(html).toContain('T &lt;b&gt;');
    expect(html).toContain('href="/consent?value=granted&amp;return=%2Fs%2Fdemo%2F"');
    const scripts = inlineScriptsOf(html);
    expect(scripts).toEqual([clarityScript(policy())]);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    const csp = contentSecurityPolicyFor(html);
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}' https://www.clarity.ms https://*.clarity.ms;`);
    expect(csp).toContain("connect-src 'self' https://*.clarity.ms https://c.bing.com;");
  });

  it('leaves Clarity origins out of the CSP without Clarity, even if page text mentions it', () => {
    const html = renderPage(
      { root: { props: {} }, content: [{ type: 'Text', props: { text: 'https://www.clarity.ms/tag/x' } }] },
      'Home',
      'en',
      undefined,
      analyticsExtras(NO_RENDER_DATA.analyticsPolicy, '/'),
    );
    expect(inlineScriptsOf(html)).toEqual([]);
    expect(contentSecurityPolicyFor(html)).toBe(
      "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
  });
});
