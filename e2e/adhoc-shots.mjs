import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { dist, acceptWarningIfAny, answer } from './lib/app.mjs';
const server = await startServer({ root: dist });
const browser = await launch();
async function ctx(locale, viewport, prefs) {
  const c = await browser.newContext({ locale, viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const p = await c.newPage();
  if (prefs) { await p.goto(`${server.url}exit.html`); await p.evaluate((x) => localStorage.setItem('tipsom', JSON.stringify({ app: 'tipsom', schema: 2, progress: { attempts: [], preferences: x } })), prefs); }
  return [c, p];
}
let [c, p] = await ctx('fr-FR', { width: 360, height: 740 });
await p.goto(`${server.url}#/start/justice`);
await p.waitForSelector('[data-testid="how-it-works"]');
await p.screenshot({ path: 'screenshots/adhoc-first-case-fr.png' });
await c.close();
[c, p] = await ctx('fr-FR', { width: 320, height: 640 }, { locale: 'fr', 'large-text': true, 'updated-at': 1 });
await p.goto(`${server.url}#/case/nador-boat-paid`);
await acceptWarningIfAny(p);
await p.screenshot({ path: 'screenshots/adhoc-question-320-large-fr.png' });
await answer(p, [1]);
await p.waitForTimeout(300);
await p.screenshot({ path: 'screenshots/adhoc-feedback-320-large-fr.png' });
await p.locator('[data-testid="law-grid"]').scrollIntoViewIfNeeded();
await p.screenshot({ path: 'screenshots/adhoc-grid-320-large-fr.png' });
await p.click('[data-testid="menu-toggle"]');
await p.screenshot({ path: 'screenshots/adhoc-menu-320-large-fr.png' });
await c.close();
await browser.close(); await server.close();
