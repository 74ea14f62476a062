// Serves two demo pages from one loopback origin, one with Steward's banner and one with
// vanilla-cookieconsent, and measures in headless Chromium the time from navigation start to the
// banner's dialog being visible (performance.now() in the page, checked every animation frame).
// Arguments: node_modules folder, Steward's base URL, the demo site's port, loads of each.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const [modules, steward, port, loadsArg] = process.argv.slice(2);
const loads = Number(loadsArg);
const require = createRequire(join(modules, 'x.js'));
const { chromium } = require('playwright-core');
const cc = join(modules, 'vanilla-cookieconsent', 'dist');

const body = '<main><h1>Demo site</h1><p>Products and news.</p></main>';
const pages = {
  '/steward': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Demo</title>
<script src="${steward}banner.js" data-site="corporate"></script></head><body>${body}</body></html>`,
  '/vanilla': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Demo</title>
<link rel="stylesheet" href="/cc/cookieconsent.css"><script src="/cc/cookieconsent.umd.js"></script></head><body>${body}
<script>CookieConsent.run({ hideFromBots: false, categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: { default: 'en', translations: { en: { consentModal: { title: 'Cookies', description: 'We use cookies.',
  acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage' },
  preferencesModal: { title: 'Cookies', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', sections: [] } } } } });</script>
</body></html>`,
};
const files = { '/cc/cookieconsent.css': ['text/css', 'cookieconsent.css'], '/cc/cookieconsent.umd.js': ['text/javascript', 'cookieconsent.umd.js'] };

const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (pages[path]) { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(pages[path]); return; }
  if (files[path]) { res.writeHead(200, { 'Content-Type': files[path][0] }); res.end(readFileSync(join(cc, files[path][1]))); return; }
  res.writeHead(404); res.end();
});
await new Promise(resolve => server.listen(Number(port), '127.0.0.1', resolve));

// vanilla-cookieconsent hides itself from automated browsers unless hideFromBots is false.
// Each banner's dialog: Steward's role="dialog" box, vanilla-cookieconsent's consent modal.
const selectors = { '/steward': '.stw-b[role="dialog"]', '/vanilla': '#cc-main .cm' };
const watch = selector => {
  const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0; };
  const tick = () => { const el = document.querySelector(selector); if (el && visible(el)) { window.__bannerShown = performance.now(); return; } requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const times = { '/steward': [], '/vanilla': [] };
for (let i = 0; i < loads + 3; i++) {
  for (const path of Object.keys(times)) {
    const context = await browser.newContext();
    await context.addInitScript(watch, selectors[path]);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}${path}`);
    try {
      await page.waitForFunction(() => window.__bannerShown !== undefined, null, { timeout: 10000 });
    } catch (e) {
      throw new Error(`the banner of ${path} did not show within 10 s: ${e.message}`);
    }
    const shown = await page.evaluate(() => window.__bannerShown);
    if (i >= 3) times[path].push(shown); // the first three loads of each warm Chromium and both servers
    await context.close();
  }
}
await browser.close();
server.close();

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.9)]; };
console.log(`${loads} loads of each, alternating, fresh context each, Chromium headless; time from navigation start to the banner visible`);
for (const [path, name] of [['/steward', 'Steward'], ['/vanilla', 'vanilla-cookieconsent 3.1.0']])
  console.log(`${name.padEnd(30)} median ${median(times[path]).toFixed(1)} ms, p90 ${p90(times[path]).toFixed(1)} ms, min ${Math.min(...times[path]).toFixed(1)} ms`);
