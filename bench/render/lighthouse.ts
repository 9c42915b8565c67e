/**
 * Lighthouse (npm `lighthouse` 12, mobile form factor with its default simulated throttling)
 * performance of every page type of the demo store (test/support/storefront-tour.ts), printed by
 * the render bench and never asserted: the score depends on the machine's load. Runs in Debian's
 * chromium with the Clarity host mapped to the local stand-in, as the quality gates do
 * (test/browser/storefront-quality.test.ts); without chromium it says so and returns null.
 */
import '../../core/disable-telemetry.js';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../../test/support/browser.js';
import { startClarityStub } from '../../test/support/clarity-stub.js';
import { storefrontTour } from '../../test/support/storefront-tour.js';

const BROWSER_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** One page type's performance score (0–100) and the metrics it is made of. */
export interface PagePerformance {
  type: string;
  score: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Audits of the performance category that lost points, by id. */
  lost: string[];
}

export async function lighthousePerformance(
  gatewayUrl: string,
  tenantSlug: string,
): Promise<PagePerformance[] | null> {
  if (!existsSync(CHROMIUM)) {
    console.info(`Lighthouse: skipped (no chromium at ${CHROMIUM})`);
    return null;
  }
  const clarity = await startClarityStub();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...BROWSER_FLAGS, ...clarity.chromiumArgs],
  });
  const out: PagePerformance[] = [];
  try {
    for (const stop of await storefrontTour(gatewayUrl, tenantSlug)) {
      const result = await lighthouse(stop.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        formFactor: 'mobile',
        disableFullPageScreenshot: true,
        ignoreStatusCode: true,
      });
      const lhr = result?.lhr;
      const metric = (id: string) => lhr?.audits[id]?.numericValue ?? null;
      const category = lhr?.categories.performance;
      const perf: PagePerformance = {
        type: stop.type,
        score:
          category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        lost: (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr?.audits[ref.id]?.score ?? 1) < 0.9)
          .map((ref) => ref.id),
      };
      out.push(perf);
      const ms = (v: number | null) => (v === null ? '?' : `${Math.round(v)} ms`);
      console.info(
        `Lighthouse mobile performance ${stop.type.padEnd(13)} ${String(perf.score ?? '?').padStart(3)}   LCP ${ms(perf.lcpMs)}, TBT ${ms(perf.tbtMs)}, CLS ${perf.cls === null ? '?' : perf.cls.toFixed(3)}${perf.lost.length ? `   lost: ${perf.lost.join(', ')}` : ''}`,
      );
    }
  } finally {
    chrome.kill();
    await clarity.close();
  }
  return out;
}
