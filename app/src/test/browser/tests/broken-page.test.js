// Proves the suite fails loudly: a page broken on purpose (fixtures/broken.html) must be reported by every check
// that the portal passes. A check that finds nothing here is broken itself, and would let a regression through.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from '../lib/browser.js';
import { formatViolations, runAxe } from '../lib/axe.js';
import { keyboardWalk, lang, reflow, structure, textSpacing } from '../lib/checks.js';

const BROKEN = readFileSync(new URL('../fixtures/broken.html', import.meta.url), 'utf8');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.setContent(BROKEN, { waitUntil: 'load' });
  return page;
}

/** Every expected finding must be in the report; prints the report so a reader sees what was caught. */
function expectFound(report, patterns) {
  const text = Array.isArray(report) ? report.join('\n') : report;
  for (const p of patterns) assert.match(text, p, `the check missed ${p}; it reported:\n${text}`);
}

describe('a broken page is reported by every check', () => {
  it('axe-core: missing label, image without alt, low contrast, skipped heading, no lang, no landmarks', async () => {
    const page = await open();
    const violations = await runAxe(page);
    const ids = violations.map((v) => v.id);
    for (const id of ['label', 'image-alt', 'color-contrast', 'heading-order', 'html-has-lang', 'landmark-one-main']) {
      assert.ok(ids.includes(id), `axe did not report ${id}; it reported ${ids.join(', ')}`);
    }
    const report = formatViolations(violations, 'the broken fixture');
    expectFound(report, [/\[image-alt\]/, /element: img/, /html: +<img/, /on the broken fixture/]);
    await page.context().close();
  });

  it('axe-core with AAA contrast: 5.3:1 text fails 7:1', async () => {
    const page = await open();
    const aa = (await runAxe(page)).find((v) => v.id === 'color-contrast');
    assert.ok(!aa.nodes.some((n) => n.target.includes('.mid')), '5.3:1 passes AA');
    const aaa = (await runAxe(page, { aaa: true })).find((v) => v.id === 'color-contrast-enhanced');
    assert.ok(aaa && aaa.nodes.some((n) => n.target.includes('.mid')), 'color-contrast-enhanced reports .mid');
    await page.context().close();
  });

  it('structure: landmarks, skipped heading, unnamed field, vague and ambiguous link texts', async () => {
    const page = await open();
    expectFound(await structure(page, { count: true }), [
      /no banner landmark/, /no navigation landmark/, /no search landmark/, /no main landmark/, /no contentinfo landmark/,
      /“跳过了二级的标题” is level 3 after level 1/, /a textbox without a name/, /link text “点击这里” says nothing/,
      /same text “申请表” go to different places/, /no result count in a role="status" region/,
    ]);
    await page.context().close();
  });

  it('lang: no lang on <html>, an English passage without lang="en"', async () => {
    const page = await open();
    expectFound(await lang(page), [/<html lang="null">|<html lang="">/, /English passage “The Sunshine Portal speaks English/]);
    await page.context().close();
  });

  it('keyboard: invisible focus and a control Tab cannot reach', async () => {
    const page = await open();
    const walk = await keyboardWalk(page);
    expectFound(walk.problems, [/no visible focus on a\.nofocus/, /a control that the keyboard cannot reach: div “不能用键盘操作的按钮”/]);
    await page.context().close();
  });

  it('keyboard: a positive tabindex breaks the reading order; a field that swallows Tab is a trap', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<p><a href="/1">第一</a> <a href="/2" tabindex="1">第二</a></p>');
    expectFound((await keyboardWalk(page)).problems, [/positive tabindex/, /Tab 1: focus went to a.* “第二”, but reading order expects a.* “第一”/]);
    await page.setContent('<label for="t">电话</label><input id="t" onkeydown="if (event.key === \'Tab\') event.preventDefault()"><a href="/x">下一个</a>');
    expectFound((await keyboardWalk(page)).problems, [/keyboard trap: Tab does not leave input#t/]);
    await context.close();
  });

  it('reflow at 320 px: the wide box scrolls sideways', async () => {
    const page = await open(320);
    expectFound(await reflow(page), [/page scrolls sideways/, /div\.wide/]);
    await page.context().close();
  });

  it('text spacing: the fixed-height box cuts its text off (and only with the spacing)', async () => {
    const page = await open();
    const withSpacing = await textSpacing(page);
    expectFound(withSpacing, [/text cut off: div\.box/]);
    assert.ok(!(await page.evaluate(() => window.__a11y.clipped())).some((p) => p.includes('div.box')), 'fits without the spacing');
    await page.context().close();
  });
});
