// What axe cannot see, checked in the browser. Every check returns a list of problems in words (empty = passes),
// so the same code proves the portal clean and proves a broken fixture broken (tests/broken-page.test.js).
import { ensure } from './inpage.js';

const inPage = async (page, fn, arg) => {
  await ensure(page);
  return page.evaluate(fn, arg);
};

/** WCAG 1.4.10: no horizontal scrolling at this width. */
export async function reflow(page) {
  return inPage(page, () => window.__a11y.reflow());
}

/** WCAG 1.4.12: with the user's text spacing nothing is cut off and nothing scrolls sideways. */
export async function textSpacing(page) {
  await inPage(page, () => window.__a11y.applySpacing());
  try {
    return [...await inPage(page, () => window.__a11y.clipped()), ...await inPage(page, () => window.__a11y.reflow())];
  } finally {
    await inPage(page, () => window.__a11y.removeSpacing());
  }
}

export async function lang(page) {
  return inPage(page, () => window.__a11y.langProblems());
}

/**
 * Tabs through the whole page from a fresh load. Focus must visit every focusable element in DOM (reading)
 * order, be visible each time (outline ≥ 2px or a box shadow), not be clipped by an overflow ancestor nor hidden
 * under another element, and come back to the start after the last element (no keyboard trap).
 * Returns {problems, expected: number of focusables, presses}.
 */
export async function keyboardWalk(page) {
  const expected = await inPage(page, () => window.__a11y.markFocusables());
  const problems = [...await inPage(page, () => window.__a11y.orderProblems())];
  let pos = 0;
  let last = null;
  let presses = 0;
  let wrapped = false;
  const limit = expected.length + 40; // a <video> takes a few presses for its own controls
  while (presses < limit) {
    await page.keyboard.press('Tab');
    presses++;
    const f = await page.evaluate(() => window.__a11y.focusInfo());
    if (f.body) {
      if (pos < expected.length) {
        problems.push(`focus left the page after ${pos} of ${expected.length} elements; never reached: ${expected.slice(pos, pos + 5).map((e) => e.desc).join(', ')}`);
        return { problems, expected: expected.length, presses };
      }
      continue; // past the last element the browser's own UI has focus; the next Tab must come back
    }
    if (pos === expected.length) {
      wrapped = f.idx === 0;
      if (!wrapped) problems.push(`after the last element focus went to ${f.desc}, not back to the first (${expected[0]?.desc})`);
      break;
    }
    if (f.idx === last && f.media) continue; // the same <video>: its play, time, volume … controls
    if (f.idx === last && f.idx !== null) {
      problems.push(`keyboard trap: Tab does not leave ${f.desc}`);
      return { problems, expected: expected.length, presses };
    }
    if (f.idx !== pos) {
      problems.push(`Tab ${presses}: focus went to ${f.desc}, but reading order expects ${expected[pos].desc}`);
      return { problems, expected: expected.length, presses };
    }
    if (!f.visible) problems.push(`no visible focus on ${f.desc} (outline: ${f.outline}, no box-shadow)`);
    if (f.clippedBy) problems.push(`focus ring of ${f.desc} is cut off by ${f.clippedBy}`);
    if (!f.inViewport) problems.push(`focused ${f.desc} is outside the window`);
    if (f.obscuredBy) problems.push(`focused ${f.desc} is hidden under ${f.obscuredBy}`);
    last = f.idx;
    pos++;
  }
  if (!wrapped && pos === expected.length && expected.length > 0) problems.push('tabbing past the end never came back to the first element');
  if (pos < expected.length && problems.length === 0) problems.push(`only ${pos} of ${expected.length} elements reached with Tab`);
  return { problems, expected: expected.length, presses };
}

/** The skip link is the first Tab stop, visible when focused, and Enter moves focus into <main>. */
export async function skipLink(page) {
  const problems = [];
  await page.keyboard.press('Tab');
  const first = await inPage(page, () => {
    const a = document.activeElement;
    const r = a.getBoundingClientRect();
    return { href: a.getAttribute('href'), desc: window.__a11y.describe(a), shown: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 1 && r.height > 1 };
  });
  if (first.href !== '#main') return [`the first Tab stop is ${first.desc}, not the skip link to #main`];
  if (!first.shown) problems.push(`the skip link ${first.desc} is not on screen when focused`);
  await page.keyboard.press('Enter');
  const after = await page.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName }));
  if (after.id !== 'main' || after.tag !== 'MAIN') problems.push(`Enter on the skip link left focus on ${after.tag}#${after.id}, not <main id="main">`);
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const a = document.activeElement;
    const main = document.getElementById('main');
    const firstInMain = [...main.querySelectorAll('a[href], button, input, select, textarea, summary, video[controls]')]
      .find((el) => el.getClientRects().length > 0 && !el.disabled);
    return { inMain: main.contains(a), expected: Boolean(firstInMain), desc: window.__a11y.describe(a) };
  });
  if (next.expected && !next.inMain) problems.push(`after the skip link, Tab went to ${next.desc} instead of into the main content`);
  return problems;
}

const CONTROL_ROLES = new Set(['link', 'button', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'listbox',
  'slider', 'spinbutton', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'treeitem',
  'DisclosureTriangle']);
const LANDMARKS = ['banner', 'navigation', 'search', 'main', 'contentinfo'];
// Link texts that say nothing out of context (a screen reader's list of links shows only these words).
const VAGUE = /^(这里|此处|点击|点击这里|点此|点这里|请点击|更多|更多>>|查看更多|详情|查看|查看详情|链接|下载|here|click|click here|more|read more|link|details)$/i;

/** The browser's accessibility tree (CDP), in document order, each node with its role, name and level. */
export async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => !n.parentId) ?? nodes[0];
    const out = [];
    // Depth-first from the root, which is document order. `texts` collects the text under each live region.
    const visit = (n, media, texts) => {
      const role = n.role?.value ?? '';
      const prop = (name) => n.properties?.find((p) => p.name === name)?.value?.value;
      const inMedia = media || role === 'Video' || role === 'Audio';
      let under = texts;
      if (!n.ignored) {
        const entry = { role, name: (n.name?.value ?? '').trim(), level: prop('level'), url: prop('url'), inMedia, text: '' };
        out.push(entry);
        if (role === 'StaticText') texts.forEach((e) => { e.text += entry.name; });
        if (role === 'status' || role === 'alert' || role === 'log') under = [...texts, entry];
      }
      for (const c of n.childIds ?? []) if (byId.has(c)) visit(byId.get(c), inMedia, under);
    };
    visit(root, false, []);
    return out;
  } finally {
    await cdp.detach();
  }
}

/**
 * Structure as assistive technology gets it: one h1, no skipped heading levels, the five landmarks, a name on
 * every control, link texts that make sense alone and one destination per link text, and (count: true) the result
 * count in a status region.
 */
export async function structure(page, { count = false } = {}) {
  const tree = await axTree(page);
  const problems = [];
  const headings = tree.filter((n) => n.role === 'heading');
  const h1 = headings.filter((h) => h.level === 1);
  if (h1.length !== 1) problems.push(`${h1.length} level-1 headings (${h1.map((h) => `“${h.name}”`).join(', ')}), expected exactly one`);
  let previous = 0;
  for (const h of headings) {
    if (!h.name) problems.push(`an empty level-${h.level} heading`);
    if (h.level > previous + 1) problems.push(`heading “${h.name}” is level ${h.level} after level ${previous}: a level is skipped`);
    previous = h.level;
  }
  for (const role of LANDMARKS) {
    const found = tree.filter((n) => n.role === role).length;
    if (found === 0) problems.push(`no ${role} landmark`);
    if (found > 1 && ['banner', 'main', 'contentinfo'].includes(role)) problems.push(`${found} ${role} landmarks, expected one`);
  }
  const byText = new Map();
  for (const n of tree) {
    if (!CONTROL_ROLES.has(n.role) || n.inMedia) continue; // the video's own controls are the browser's
    if (!n.name) {
      problems.push(`a ${n.role} without a name`);
      continue;
    }
    if (n.role !== 'link') continue;
    const text = n.name.replace(/[\s。，、：:>»›…（）()]+/g, '');
    if (VAGUE.test(text)) problems.push(`link text “${n.name}” says nothing out of context (${n.url})`);
    const url = (n.url ?? '').replace(/#.*$/, '');
    if (!byText.has(n.name)) byText.set(n.name, new Set());
    byText.get(n.name).add(url);
  }
  for (const [text, urls] of byText) {
    if (urls.size > 1) problems.push(`links with the same text “${text}” go to different places: ${[...urls].join(' , ')}`);
  }
  if (count) {
    const statuses = tree.filter((n) => n.role === 'status');
    const texts = statuses.map((s) => s.name || s.text);
    if (!texts.some((t) => /\d|没有|找不到/.test(t))) problems.push(`no result count in a role="status" region (found: ${JSON.stringify(texts)})`);
  }
  return problems;
}

/** Font sizes of body text, paragraphs, links, labels, buttons and fields. */
export async function fontSizes(page) {
  return inPage(page, () => window.__a11y.fontSizes());
}

/** The visible text and the focusable elements, to compare one layout with another. */
export async function content(page) {
  return inPage(page, () => window.__a11y.content());
}
