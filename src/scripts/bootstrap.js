// @ts-check
// The one script every page carries, inlined in <head> and allowed by its hash in the CSP.
// Before first paint it applies the reader's saved theme (no flash of the wrong theme); then it
// wires the theme switch and opens search on the button, "/" or Ctrl/Cmd+K, loading the search
// code only at that moment (or at once on /search/, whose search box it runs). It also registers the
// offline service worker named by <html data-sw> once the page has loaded, and shows the "updated"
// note when a newer worker takes over the page. Keep it tiny: its gzip size is budgeted.
(() => {
  const root = document.documentElement;
  const workers = navigator.serviceWorker;
  if (workers) {
    const url = root.dataset.sw;
    // A page already under a worker that changes hands has been updated (a first install has none).
    if (workers.controller)
      workers.addEventListener('controllerchange', () => {
        const text = /** @type {HTMLTemplateElement | null} */ (document.getElementById('sw-note-text'));
        if (text) document.getElementById('sw-note')?.append(text.content);
      });
    // Without data-sw (offline: false) nothing registers; a worker installed earlier fetches the
    // build's retiring sw.js on its own update check and unregisters itself (see sw.js).
    if (url) addEventListener('load', () => workers.register(url).catch(() => {}));
  }
  const KEY = 'cxp-theme';
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch {
    // storage blocked: follow the system setting
  }
  addEventListener('DOMContentLoaded', () => {
    const toggle = document.getElementById('theme-toggle');
    if (toggle) {
      const current = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
      const sync = () => toggle.setAttribute('aria-pressed', String(current() === 'dark'));
      toggle.hidden = false;
      sync();
      toggle.addEventListener('click', () => {
        const next = current() === 'dark' ? 'light' : 'dark';
        root.dataset.theme = next;
        try {
          localStorage.setItem(KEY, next);
        } catch {
          // storage blocked: the choice lasts for this page only
        }
        sync();
      });
    }
    const opener = document.getElementById('search-open');
    if (!opener) return;
    /** @type {Promise<(opener: HTMLElement, typed: string) => void> | undefined} */
    let loading;
    const load = () => (loading ??= import(opener.dataset.module || '').then((m) => m.default));
    // /search/ has its own search box (id "q"), which the same module runs, ?q= included.
    if (document.getElementById('q')) load();
    // Keys typed while the search code is still loading, handed to the search box when it opens.
    /** @type {string | undefined} */
    let typed;
    /** @param {Event} [event] */
    const open = (event) => {
      event?.preventDefault();
      typed ??= '';
      load().then((show) => {
        show(opener, typed || '');
        typed = undefined;
      });
    };
    opener.addEventListener('click', open);
    addEventListener('keydown', (e) => {
      const t = /** @type {HTMLElement} */ (e.target);
      const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable;
      if (typed !== undefined && !typing && e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
        typed += e.key;
        e.preventDefault();
      } else if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) open(e);
    });
  });
})();
