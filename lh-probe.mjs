import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const t0 = Date.now();
const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: process.argv[3] ? process.argv[3].split(',') : undefined, formFactor: 'mobile', screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } });
const lhr = r.lhr;
for (const [k, c] of Object.entries(lhr.categories)) {
  console.log(k, Math.round(c.score * 100));
  for (const ref of c.auditRefs) { const a = lhr.audits[ref.id]; if (a.score !== null && a.score < 1 && ref.weight > 0) console.log('   -', ref.id, a.score, a.displayValue ?? ''); }
}
console.log('ms', Date.now() - t0);
await chrome.kill();
