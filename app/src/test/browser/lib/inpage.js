// Checks that run inside the page, installed as window.__a11y. install() is sent to the page as source text
// (page.evaluate), so it may use nothing from outside its own body. Each check returns data or a list of problems
// in words; the tests decide what is a failure.
export function install() {
  if (window.__a11y) return;

  const TABBABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, '
    + 'audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
  const WIDGET_ROLES = '[role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], '
    + '[role="menuitem"], [role="switch"], [role="option"], [onclick]';

  /** A short, readable name for an element: tag#id.class “text”. */
  function describe(el) {
    if (!el || !el.tagName) return String(el);
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (el.classList && el.classList.length) s += '.' + [...el.classList].join('.');
    const href = el.getAttribute && el.getAttribute('href');
    if (href) s += `[href="${href.length > 60 ? href.slice(0, 60) + '…' : href}"]`;
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
    if (text) s += ` “${text.length > 40 ? text.slice(0, 40) + '…' : text}”`;
    return s;
  }

  function rendered(el) {
    if (el.getClientRects().length === 0) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.visibility !== 'collapse' && !el.closest('[inert]');
  }

  function inClosedDetails(el) {
    for (let d = el.parentElement && el.parentElement.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
      const isItsSummary = el.tagName === 'SUMMARY' && el.parentElement === d;
      if (!d.open && !(isItsSummary || d.querySelector(':scope > summary')?.contains(el))) return true;
    }
    return false;
  }

  function tabbable(el) {
    if (el.disabled) return false;
    const t = el.getAttribute('tabindex');
    if (t !== null && Number(t) < 0) return false;
    if (el.tagName === 'SUMMARY' && !(el.parentElement?.tagName === 'DETAILS' && el.parentElement.querySelector(':scope > summary') === el)) return false;
    if (el.tagName === 'INPUT' && el.type === 'radio' && el.name) {
      // A radio group is one Tab stop: its checked radio, or its first when none is checked (arrow keys move inside).
      const group = [...(el.form || document).querySelectorAll('input[type="radio"]')].filter((r) => r.name === el.name && !r.disabled);
      if ((group.find((r) => r.checked) || group[0]) !== el) return false;
    }
    return rendered(el) && !inClosedDetails(el);
  }

  /** The elements Tab should visit, in DOM order; each is tagged data-a11y-i with its position. */
  function markFocusables() {
    const list = [...document.querySelectorAll(TABBABLE)].filter(tabbable);
    document.querySelectorAll('[data-a11y-i]').forEach((el) => el.removeAttribute('data-a11y-i'));
    list.forEach((el, i) => el.setAttribute('data-a11y-i', String(i)));
    return list.map((el, i) => ({ i, desc: describe(el), key: el.tagName + ' ' + (el.getAttribute('href') || el.name || el.id || '') + ' ' + describe(el) }));
  }

  /** Problems that no walk can find: positive tabindex (breaks DOM order), widgets that Tab never reaches. */
  function orderProblems() {
    const problems = [];
    for (const el of document.querySelectorAll('[tabindex]')) {
      if (Number(el.getAttribute('tabindex')) > 0) problems.push(`positive tabindex changes the reading order: ${describe(el)}`);
    }
    for (const el of document.querySelectorAll(WIDGET_ROLES)) {
      if (rendered(el) && !el.matches(TABBABLE)) problems.push(`a control that the keyboard cannot reach: ${describe(el)}`);
    }
    return problems;
  }

  /** Where focus is now and whether a sighted keyboard user can see it. */
  function focusInfo() {
    const a = document.activeElement;
    if (!a || a === document.body || a === document.documentElement) return { body: true };
    const cs = getComputedStyle(a);
    const media = a.matches('video, audio');
    const outlineWidth = cs.outlineStyle === 'none' || cs.outlineStyle === 'hidden' ? 0 : parseFloat(cs.outlineWidth) || 0;
    const outlineColor = cs.outlineColor;
    const transparent = /rgba\([^)]*,\s*0\)$/.test(outlineColor) || outlineColor === 'transparent';
    const ring = outlineWidth >= 2 && !transparent;
    const shadow = cs.boxShadow && cs.boxShadow !== 'none' && !/rgba\([^)]*,\s*0\)/.test(cs.boxShadow);
    const r = a.getBoundingClientRect();
    const grow = outlineWidth + Math.max(0, parseFloat(cs.outlineOffset) || 0);
    let clippedBy = null;
    for (let p = a.parentElement; p && p !== document.documentElement; p = p.parentElement) {
      const pcs = getComputedStyle(p);
      if (pcs.overflowX === 'visible' && pcs.overflowY === 'visible') continue;
      const pr = p.getBoundingClientRect();
      const left = pr.left + p.clientLeft;
      const top = pr.top + p.clientTop;
      if (r.left - grow < left - 0.5 || r.top - grow < top - 0.5
        || r.right + grow > left + p.clientWidth + 0.5 || r.bottom + grow > top + p.clientHeight + 0.5) {
        clippedBy = describe(p);
        break;
      }
    }
    const inViewport = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    let obscuredBy = null;
    if (inViewport && !media) {
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (top && top !== a && !a.contains(top) && !top.contains(a)) obscuredBy = describe(top);
    }
    const i = a.getAttribute('data-a11y-i');
    return {
      body: false, idx: i === null ? null : Number(i), desc: describe(a), media,
      visible: media || ring || Boolean(shadow), outline: `${cs.outlineStyle} ${cs.outlineWidth} ${outlineColor}`,
      clippedBy, inViewport, obscuredBy,
    };
  }

  /** Horizontal scrolling (WCAG 1.4.10 reflow) and the elements that stick out. */
  function reflow() {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return [];
    const out = [...document.body.querySelectorAll('*')]
      .filter((el) => rendered(el) && el.getBoundingClientRect().right > doc.clientWidth + 1)
      .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
      .slice(0, 5).map((el) => `${describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)}px`);
    return [`page scrolls sideways: scrollWidth ${doc.scrollWidth} > clientWidth ${doc.clientWidth}; ${out.join('; ')}`];
  }

  const SPACING_CSS = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; '
    + 'word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
  let spacingSheet = null;

  /** WCAG 1.4.12's text spacing, as a user style sheet would set it (a constructed sheet: the CSP allows it). */
  function applySpacing() {
    spacingSheet = new CSSStyleSheet();
    spacingSheet.replaceSync(SPACING_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacingSheet];
  }

  function removeSpacing() {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== spacingSheet);
  }

  /** Boxes that cut off their text: overflow hidden or clip (or an ellipsis) with more content than room. */
  function clipped() {
    const problems = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!rendered(el)) continue;
      const cs = getComputedStyle(el);
      const cuts = ['hidden', 'clip'];
      const cutX = cuts.includes(cs.overflowX) || cs.textOverflow === 'ellipsis';
      const cutY = cuts.includes(cs.overflowY);
      if (!cutX && !cutY) continue;
      if (el.clientWidth <= 1 && el.clientHeight <= 1) continue; // visually-hidden text is meant to be so
      if (!(el.innerText || '').trim()) continue;
      if ((cutY && el.scrollHeight > el.clientHeight + 1) || (cutX && el.scrollWidth > el.clientWidth + 1)) {
        problems.push(`text cut off: ${describe(el)} (content ${el.scrollWidth}×${el.scrollHeight}, box ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    return problems;
  }

  /** lang="zh-CN" on <html>, and a lang on every passage of two or more English words. */
  function langProblems() {
    const problems = [];
    if (document.documentElement.lang !== 'zh-CN') problems.push(`<html lang="${document.documentElement.lang}">, expected zh-CN`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, template') || !rendered(el)) continue;
      const m = n.nodeValue.match(/[A-Za-z][A-Za-z'’-]+(?:\s+[A-Za-z][A-Za-z'’-]+)+/);
      if (!m) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') || '';
      if (!/^en\b/i.test(lang)) problems.push(`English passage “${m[0]}” in ${describe(el)} has lang="${lang}", expected lang="en"`);
    }
    return problems;
  }

  /** Font sizes of a few kinds of text, for the 大字 comparison (h1 and h2 grow less, by design). */
  function fontSizes() {
    const pick = (sel) => { const el = [...document.querySelectorAll(sel)].find(rendered); return el ? parseFloat(getComputedStyle(el).fontSize) : null; };
    return {
      body: parseFloat(getComputedStyle(document.body).fontSize),
      paragraph: pick('main p'), listItem: pick('main li'), link: pick('main a:not(:is(h1, h2, h3, h4) a)'), h3: pick('main h3'),
      label: pick('label'),
      button: pick('button'), input: pick('input[type="search"]'), h1: pick('h1'), h2: pick('main h2'),
    };
  }

  /** What a reader gets: the visible text of the page, without spaces, and the focusable things. */
  function content() {
    return {
      text: (document.body.innerText || '').replace(/\s+/g, ''),
      focusables: [...document.querySelectorAll(TABBABLE)].filter(tabbable).map((el) => describe(el)),
    };
  }

  window.__a11y = {
    describe, markFocusables, orderProblems, focusInfo, reflow, applySpacing, removeSpacing, clipped,
    langProblems, fontSizes, content,
  };
}

/** Installs the helpers in the page once per document. */
export async function ensure(page) {
  if (!(await page.evaluate(() => Boolean(window.__a11y)))) {
    await page.evaluate(`(${install.toString()})()`);
  }
}
