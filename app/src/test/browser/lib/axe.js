// axe-core inside the page. The portal's CSP forbids every script, so axe is not added as a <script> (the browser
// would refuse it, as it should): the DevTools protocol evaluates it, which the CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

/** WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page and returns its violations, each {id, impact, help, helpUrl, nodes: [{target, html,
 * summary}]}. aaa: also the enhanced contrast rule (7:1, WCAG 1.4.6), for the high-contrast mode.
 */
export async function runAxe(page, { aaa = false } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const options = {
    runOnly: { type: 'tag', values: TAGS },
    rules: aaa ? { 'color-contrast-enhanced': { enabled: true } } : {},
    resultTypes: ['violations'],
  };
  return page.evaluate(async (opts) => {
    const result = await window.axe.run(document, opts);
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
  }, options);
}

/** The violations as a report a person can act on: rule, where (page, mode, width), element and fix. */
export function formatViolations(violations, where) {
  const lines = [`${violations.length} axe rule(s) violated on ${where}:`];
  for (const v of violations) {
    lines.push(`  ✗ [${v.id}] (${v.impact}) ${v.help} — ${v.helpUrl}`);
    for (const n of v.nodes.slice(0, 8)) {
      lines.push(`      element: ${n.target}`);
      lines.push(`      html:    ${n.html.replace(/\s+/g, ' ').slice(0, 240)}`);
      if (n.summary) lines.push(`      fix:     ${n.summary.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
    if (v.nodes.length > 8) lines.push(`      … and ${v.nodes.length - 8} more element(s)`);
  }
  return lines.join('\n');
}
