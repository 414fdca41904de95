// THE PAGE TABLE. Every page type of the portal, one line each; every check in tests/ runs over this list
// (axe in every reading mode at 1280 and 320 px, keyboard, structure, text spacing, 200% zoom, screenshots).
// To add a page: add one line. Fields:
//   name    short id, used in test names and screenshot files (app/target/screenshots/<name>-<mode>-<width>.png)
//   path    path and query on the portal (Chinese in queries may be written as is)
//   status  expected HTTP status (default 200)
//   count   true when the page announces a result count in a role="status" region
//   video   true for a sign-language news page: its <video> must load captions and really play
//   post    form fields (name → value): the page is the answer to a POST of them (政策找人 never puts answers in a URL)
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'search-results', path: '/search?q=残疾证', count: true },
  { name: 'search-none', path: '/search?q=zzqqxx无此词', count: true },
  { name: 'error-400', path: '/search?size=999', status: 400 },
  { name: 'error-404', path: '/no/such/page', status: 404 },
  { name: 'policy', path: '/policy/canjirenzheng-banli' },
  { name: 'faq', path: '/faq/faq-mangren-butie' },
  { name: 'news-video', path: '/news/news-2023-shouyu-daoyi', video: true },
  { name: 'services-filtered', path: '/services?district=南翔镇&access=坡道', count: true },
  { name: 'service', path: '/service/svc-jiadingzhen-yangguangzhijia' },
  { name: 'about', path: '/about' },
  { name: 'accessibility', path: '/accessibility' },
  { name: 'match-form', path: '/match' },
  { name: 'match-errors', path: '/match', status: 400, post: { hukou: '火星', age: '两百', street: '南翔镇', district: '本市其他区' } },
  { name: 'match-results', path: '/match', post: { hukou: '本市', has_certificate: '是', category: '视力', grade: '一级', household: '低保', street: '南翔镇' } },
  { name: 'desk', path: '/desk' },
  { name: 'desk-results', path: '/desk', post: { text: '我是盲人，住在南翔镇，家里是低保，想找工作', hukou: '本市', has_certificate: '是', age: '30' } },
];

// Reading modes as the server knows them: the value of the `mode` cookie (null = standard). `aaa` turns on axe's
// color-contrast-enhanced rule (7:1) for that mode.
export const MODES = [
  { name: 'standard', cookie: null },
  { name: 'large', cookie: 'large' },
  { name: 'contrast', cookie: 'contrast', aaa: true },
  { name: 'simple', cookie: 'simple' },
  { name: 'all', cookie: 'large+contrast+simple', aaa: true },
];

// Window widths: a desktop, and 320 CSS px (a small phone, or 1280 px at 400% zoom: WCAG 1.4.10 reflow).
export const WIDTHS = [
  { name: '1280', width: 1280, height: 900 },
  { name: '320', width: 320, height: 640 },
];

export const mode = (name) => MODES.find((m) => m.name === name);
export const width = (name) => WIDTHS.find((w) => w.name === name);
export const pageNamed = (name) => PAGES.find((p) => p.name === name);
