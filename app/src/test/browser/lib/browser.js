// One Chromium for the whole run (Debian's, never a downloaded one), with one browser context per
// (reading mode, window size) that is made once and reused for every page.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = process.env.SCREENSHOT_DIR || path.resolve(HERE, '../../../../target/screenshots');

// The flags this machine needs: no sandbox as root, and no background connections (the network is closed).
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (scripts/browser-test does).`);
  }
  // chromium.launch() gives the browser a fresh temporary profile (user-data dir) and removes it on close.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The portal under test: PORTAL_URL, set by scripts/browser-test. */
export function portalUrl() {
  const url = process.env.PORTAL_URL;
  if (!url) {
    throw new Error('PORTAL_URL is not set: run the suite through scripts/browser-test, which starts the portal.');
  }
  return url.replace(/\/$/, '');
}

/** Contexts by (mode, size), each with one page; pages are navigated again and again instead of reopened. */
export class Session {
  constructor(browser, base) {
    this.browser = browser;
    this.base = base;
    this.tabs = new Map();
  }

  static async start() {
    return new Session(await launch(), portalUrl());
  }

  /** The full address of a table page or a path; the URL parser percent-encodes Chinese, keeps %xx as is. */
  url(p) {
    return new URL(p.path ?? p, this.base + '/').href;
  }

  /** A page in the given mode and window, opened once and reused. extra: deviceScaleFactor etc. */
  async tab(modeSpec, size, extra = {}) {
    const key = JSON.stringify([modeSpec.cookie, size.width, size.height, extra]);
    if (!this.tabs.has(key)) {
      const context = await this.browser.newContext({
        viewport: { width: size.width, height: size.height }, locale: 'zh-CN', ...extra,
      });
      if (modeSpec.cookie) {
        await context.addCookies([{ name: 'mode', value: modeSpec.cookie, url: this.base }]);
      }
      const page = await context.newPage();
      const problems = [];
      page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(String(e)));
      this.tabs.set(key, { context, page, problems });
    }
    return this.tabs.get(key);
  }

  /** Opens a table page in a mode and size; checks its status and that nothing broke the CSP. */
  async open(p, modeSpec, size, extra = {}) {
    const tab = await this.tab(modeSpec, size, extra);
    tab.problems.length = 0;
    const response = await this.navigate(tab.page, p);
    const expected = p.status ?? 200;
    if (response.status() !== expected) {
      throw new Error(`${p.path}: HTTP ${response.status()}, expected ${expected}`);
    }
    return tab.page;
  }

  /** GET a table page; an entry with `post` (form fields) is submitted as its form would be (政策找人 is POST only). */
  async navigate(page, p) {
    const url = this.url(p);
    if (p.post) {
      await page.route(url, (route) => route.continue({
        method: 'POST',
        postData: new URLSearchParams(p.post).toString(),
        headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded' },
      }), { times: 1 });
    }
    return page.goto(url, { waitUntil: 'load' });
  }

  csp(modeSpec, size, extra = {}) {
    return this.tabs.get(JSON.stringify([modeSpec.cookie, size.width, size.height, extra]))?.problems ?? [];
  }

  async close() {
    await this.browser?.close();
  }
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
