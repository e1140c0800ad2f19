// Launching Debian's Chromium through playwright-core, with flags that work as root on a closed network.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launch() {
  // playwright gives every launch a fresh, empty profile of its own.
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

/**
 * Collects what must never happen in a journey: page errors, console errors (CSP violations are
 * reported there), and any request to another origin.
 */
export function watchErrors(page) {
  const errors = [];
  const origin = () => { try { return new URL(page.url()).origin; } catch { return null; } };
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    const here = origin();
    if (here && here !== 'null' && url.origin !== here) errors.push(`request to another origin: ${r.url()}`);
  });
  return errors;
}
