// The portal in a real browser: every page of the page table (../pages.js) in every reading mode at 1280 and
// 320 px through axe-core, then what axe cannot see — keyboard, structure, reflow, text spacing, 200% zoom,
// reading modes, the sign-language video. One Chromium, contexts reused; scripts/browser-test starts the portal.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, PAGES, WIDTHS, mode, pageNamed, width } from '../pages.js';
import { Session, screenshot } from '../lib/browser.js';
import { formatViolations, runAxe } from '../lib/axe.js';
import { content, fontSizes, keyboardWalk, lang, reflow, skipLink, structure, textSpacing } from '../lib/checks.js';

let s;
before(async () => { s = await Session.start(); });
after(async () => { await s?.close(); });

const LABELS = { large: '大字', contrast: '高对比', simple: '简明' };
// Screenshots cost as much as axe: by default the standard and the all-modes-on look of every page at both
// widths; SCREENSHOT_MODES=every (or a list such as large,contrast) for the others too.
const SHOT_MODES = (process.env.SCREENSHOT_MODES || 'standard,all').split(',');
const shoot = (m) => SHOT_MODES.includes('every') || SHOT_MODES.includes(m.name);
const where = (p, m, w) => `${s.url(p)} [${m.name} mode, ${w.width}px]`;

/** Fails with every problem listed, each on its own line, and the page it was found on. */
function expectNone(problems, place) {
  if (problems.length > 0) {
    assert.fail(`${problems.length} problem(s) on ${place}:\n  ✗ ${problems.join('\n  ✗ ')}`);
  }
}

describe('every page in every reading mode at 1280 and 320 px: axe-core, reflow, mode shown, CSP, screenshots', () => {
  for (const p of PAGES) {
    for (const m of MODES) {
      for (const w of WIDTHS) {
        it(`${p.name} · ${m.name} · ${w.name}px`, async () => {
          const page = await s.open(p, m, w);
          if (shoot(m)) await screenshot(page, `${p.name}-${m.name}-${w.name}`);
          const problems = [];
          const violations = await runAxe(page, { aaa: Boolean(m.aaa) });
          if (violations.length) problems.push(formatViolations(violations, where(p, m, w)));
          problems.push(...await reflow(page));
          const shown = await page.evaluate(() => ({
            classes: [...document.documentElement.classList],
            line: document.querySelector('.mode-now')?.innerText.replace(/\s+/g, '') ?? '',
          }));
          const on = (m.cookie ?? '').split('+').filter(Boolean);
          const expectedLine = `当前阅读模式：${on.length ? on.map((k) => LABELS[k]).join('、') : '标准'}`;
          if (shown.line !== expectedLine) problems.push(`the page says “${shown.line}”, expected “${expectedLine}”`);
          const classes = on.map((k) => `mode-${k}`);
          if (JSON.stringify(shown.classes.filter((c) => c.startsWith('mode-'))) !== JSON.stringify(classes)) {
            problems.push(`<html class="${shown.classes.join(' ')}">, expected ${classes.join(' ') || 'no mode class'}`);
          }
          problems.push(...s.csp(m, w).map((c) => `the CSP refused something: ${c}`));
          expectNone(problems, where(p, m, w));
        });
      }
    }
  }
});

describe('keyboard: Tab follows reading order, reaches everything, focus always visible, no trap', () => {
  const runs = [[mode('standard'), width('1280')], [mode('contrast'), width('1280')], [mode('all'), width('320')]];
  for (const p of PAGES) {
    for (const [m, w] of runs) {
      it(`${p.name} · ${m.name} · ${w.name}px`, async () => {
        const page = await s.open(p, m, w);
        const walk = await keyboardWalk(page);
        assert.ok(walk.expected > 5, `only ${walk.expected} focusable elements found`);
        expectNone(walk.problems, where(p, m, w));
      });
    }
  }
  for (const p of PAGES) {
    it(`${p.name}: the skip link is first and moves focus to main`, async () => {
      const page = await s.open(p, mode('standard'), width('1280'));
      expectNone(await skipLink(page), where(p, mode('standard'), width('1280')));
    });
  }
});

describe('keyboard: controls work without a mouse', () => {
  it('Enter on a navigation link follows it', async () => {
    const page = await s.open(pageNamed('home'), mode('standard'), width('1280'));
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '服务目录' }).focus();
    await Promise.all([page.waitForURL(/\/services$/), page.keyboard.press('Enter')]);
  });

  it('typing a question and Enter on the 搜索 button searches', async () => {
    const page = await s.open(pageNamed('home'), mode('standard'), width('1280'));
    await page.locator('#q').focus();
    await page.keyboard.type('盲人补贴');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), '搜索');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.keyboard.press('Enter')]);
    assert.match(decodeURIComponent(page.url()), /q=盲人补贴/);
    assert.match(await page.locator('[role=status]').innerText(), /找到 \d+ 条/);
  });

  it('Space ticks a checkbox and Enter on 筛选 applies the filter', async () => {
    const page = await s.open({ path: '/services' }, mode('standard'), width('1280'));
    const box = page.locator('input[type=checkbox]').first();
    await box.focus();
    await page.keyboard.press('Space');
    assert.equal(await box.isChecked(), true, 'Space did not tick the checkbox');
    await page.getByRole('button', { name: '筛选' }).focus();
    await Promise.all([page.waitForURL(/access=/), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('input[type=checkbox]').first().isChecked(), true);
  });

  it('Enter on a reading-mode link switches the mode and comes back to the same page', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(s.url('/faq/faq-mangren-butie'));
      await page.getByRole('link', { name: '打开大字模式' }).focus();
      // The address is the same before and after (303 back to this page): wait for the new document to load.
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      assert.match(page.url(), /\/faq\/faq-mangren-butie$/);
      assert.deepEqual(await page.evaluate(() => [...document.documentElement.classList]), ['mode-large']);
    } finally {
      await context.close();
    }
  });

  it('Enter on the folded policy text (简明 mode) opens it', async () => {
    const page = await s.open(pageNamed('policy'), mode('simple'), width('1280'));
    const summary = page.locator('details.more > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('details.more').evaluate((d) => d.open), true);
    assert.ok(await page.getByRole('heading', { name: '政策全文' }).isVisible());
  });
});

describe('structure from the accessibility tree: headings, landmarks, names, link texts, status, lang', () => {
  for (const p of PAGES) {
    for (const m of [mode('standard'), mode('simple')]) {
      it(`${p.name} · ${m.name}`, async () => {
        const page = await s.open(p, m, width('1280'));
        expectNone([...await structure(page, { count: Boolean(p.count) }), ...await lang(page)], where(p, m, width('1280')));
      });
    }
  }
});

describe('text spacing (WCAG 1.4.12): line 1.5, paragraphs 2em, letters 0.12em, words 0.16em cut nothing off', () => {
  for (const p of PAGES) {
    for (const m of [mode('standard'), mode('large')]) {
      for (const w of WIDTHS) {
        it(`${p.name} · ${m.name} · ${w.name}px`, async () => {
          const page = await s.open(p, m, w);
          expectNone(await textSpacing(page), `${where(p, m, w)} with text spacing`);
        });
      }
    }
  }
});

describe('200% zoom (1280 px window = 640 CSS px): no sideways scrolling, nothing lost, everything reachable', () => {
  const zoomed = { width: 640, height: 450 };
  for (const p of PAGES) {
    it(p.name, async () => {
      const normal = await content(await s.open(p, mode('standard'), width('1280')));
      const page = await s.open(p, mode('standard'), zoomed, { deviceScaleFactor: 2 });
      const problems = [...await reflow(page)];
      const big = await content(page);
      if (big.text !== normal.text) problems.push(`the text differs from the 1280 px page (${big.text.length} vs ${normal.text.length} characters)`);
      const lost = normal.focusables.filter((f) => !big.focusables.includes(f));
      if (lost.length) problems.push(`controls lost at 200%: ${lost.join(', ')}`);
      problems.push(...(await keyboardWalk(page)).problems);
      expectNone(problems, `${s.url(p)} at 200% zoom`);
    });
  }
});

describe('reading modes', () => {
  it('大字: text is at least 150% of the standard size on every page', async () => {
    const problems = [];
    for (const p of PAGES) {
      const normal = await fontSizes(await s.open(p, mode('standard'), width('1280')));
      const large = await fontSizes(await s.open(p, mode('large'), width('1280')));
      for (const [kind, size] of Object.entries(normal)) {
        if (size === null || kind === 'h1' || kind === 'h2') continue;
        if (large[kind] < size * 1.5 - 0.01) problems.push(`${p.name}: ${kind} ${large[kind]}px in 大字 mode, standard ${size}px (needs ≥ ${size * 1.5}px)`);
      }
      for (const kind of ['h1', 'h2']) {
        if (large[kind] !== null && large[kind] < normal.body * 1.5) problems.push(`${p.name}: ${kind} ${large[kind]}px is smaller than the large body text`);
      }
    }
    expectNone(problems, '大字 mode');
  });

  it('高对比: black page, white text, yellow links (AAA is checked by axe on every page above)', async () => {
    const page = await s.open(pageNamed('policy'), mode('contrast'), width('1280'));
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      link: getComputedStyle(document.querySelector('main a')).color,
    }));
    assert.deepEqual(colours, { bg: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)', link: 'rgb(255, 255, 0)' });
  });

  it('简明 on a policy: summary, how to apply and the hotline first; the full text folded behind a control', async () => {
    const page = await s.open(pageNamed('policy'), mode('simple'), width('1280'));
    const order = await page.evaluate(() => [...document.querySelectorAll('main h2, main .hotline, main details > summary')]
      .filter((el) => el.getClientRects().length > 0).map((el) => el.innerText.trim().slice(0, 6)));
    assert.deepEqual(order.slice(0, 2), ['简明说明', '怎么办理'], `order: ${order}`);
    assert.ok(order.findIndex((t) => t.startsWith('24')) < order.findIndex((t) => t.startsWith('查看')), `hotline before the folded text: ${order}`);
    assert.equal(await page.getByRole('heading', { name: '政策全文' }).isVisible(), false, 'the full text is folded');
  });

  it('简明 on search and home: no facets, snippets or side lists', async () => {
    const search = await s.open(pageNamed('search-results'), mode('simple'), width('1280'));
    assert.equal(await search.locator('.facets').isVisible(), false, 'facets hidden');
    assert.equal(await search.locator('.hit-snippet').first().isVisible(), false, 'snippets hidden');
    const home = await s.open(pageNamed('home'), mode('simple'), width('1280'));
    assert.equal(await home.locator('.home-latest').first().isVisible(), false, 'latest lists hidden');
    assert.ok(await home.getByRole('searchbox', { name: '您想了解什么？' }).isVisible());
  });

  it('switched by plain links; the cookie holds only the mode, HttpOnly, SameSite=Lax, Path=/, one year', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(s.url('/policy/canjirenzheng-banli'));
      await page.getByRole('link', { name: '打开大字模式' }).click();
      await page.getByRole('link', { name: '打开高对比模式' }).click();
      assert.match(page.url(), /\/policy\/canjirenzheng-banli$/);
      assert.deepEqual(await page.evaluate(() => [...document.documentElement.classList]), ['mode-large', 'mode-contrast']);
      assert.equal(await page.locator('.mode-now').innerText(), '当前阅读模式：大字、高对比');
      const cookies = await context.cookies();
      assert.equal(cookies.length, 1, `only one cookie: ${JSON.stringify(cookies)}`);
      const [c] = cookies;
      assert.equal(c.name, 'mode');
      assert.equal(c.value, 'large+contrast');
      assert.equal(c.httpOnly, true);
      assert.equal(c.sameSite, 'Lax');
      assert.equal(c.path, '/');
      const days = (c.expires - Date.now() / 1000) / 86400;
      assert.ok(days > 364 && days < 366, `expires in ${days} days`);
      assert.equal(await page.evaluate(() => document.cookie), '', 'scripts cannot read it');
      await page.getByRole('link', { name: '恢复标准模式' }).click();
      assert.deepEqual(await context.cookies(), [], 'standard mode removes the cookie');
      assert.deepEqual(await page.evaluate(() => [...document.documentElement.classList]), []);
    } finally {
      await context.close();
    }
  });

  it('the switch never sends anyone to another site', async () => {
    const context = await s.browser.newContext();
    try {
      const page = await context.newPage();
      for (const back of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
        await page.goto(s.url(`/mode?set=large&back=${encodeURIComponent(back)}`));
        assert.equal(page.url(), `${s.base}/`, `back=${back}`);
      }
    } finally {
      await context.close();
    }
  });
});

describe('sign-language news: video, captions, transcript', () => {
  for (const p of PAGES.filter((x) => x.video)) {
    it(`${p.name}: controls, no autoplay, captions track, transcript, signer, date`, async () => {
      const page = await s.open(p, mode('standard'), width('1280'));
      const v = await page.evaluate(() => {
        const video = document.querySelector('video');
        const track = video?.querySelector('track');
        return {
          controls: video?.controls, autoplay: video?.autoplay, kind: track?.kind, srclang: track?.srclang,
          transcript: document.querySelector('.transcript')?.innerText.trim().length ?? 0,
          signer: document.querySelector('.signer')?.innerText.trim() ?? '',
          date: document.querySelector('main .meta time')?.getAttribute('datetime') ?? '',
        };
      });
      assert.equal(v.controls, true, 'the video has controls');
      assert.equal(v.autoplay, false, 'the video does not play by itself');
      assert.equal(v.kind, 'captions');
      assert.equal(v.srclang, 'zh');
      assert.ok(v.transcript > 100, `the transcript is on the page (${v.transcript} characters)`);
      assert.match(v.signer, /^手语讲解：.{10,}/, 'what the signer covers');
      assert.match(v.date, /^\d{4}-\d{2}-\d{2}$/, 'the date');
    });

    it(`${p.name}: the browser loads the captions`, async () => {
      const page = await s.open(p, mode('standard'), width('1280'));
      const cues = await page.evaluate(() => new Promise((resolve, reject) => {
        const track = document.querySelector('video track');
        const text = document.querySelector('video').textTracks[0];
        text.mode = 'showing';
        const done = () => resolve(text.cues ? text.cues.length : 0);
        if (track.readyState === 2) done();
        track.addEventListener('load', done);
        track.addEventListener('error', () => reject(new Error(`captions failed to load: ${track.src}`)));
        setTimeout(done, 10000);
      }));
      assert.ok(cues > 0, `the captions track has ${cues} cues`);
    });

    it(`${p.name}: the video really plays`, async () => {
      const page = await s.open(p, mode('standard'), width('1280'));
      const played = await page.evaluate(() => new Promise((resolve) => {
        const video = document.querySelector('video');
        video.muted = true;
        const started = Date.now();
        const check = () => {
          if (video.error || video.currentTime > 0.5 || Date.now() - started > 15000) {
            resolve({ time: video.currentTime, error: video.error && `${video.error.code} ${video.error.message}` });
          } else {
            setTimeout(check, 100);
          }
        };
        video.play().then(check, (e) => resolve({ time: 0, error: String(e) }));
      }));
      assert.equal(played.error, null, `video error: ${played.error}`);
      assert.ok(played.time > 0.5, `playback reached ${played.time}s`);
    });
  }
});
