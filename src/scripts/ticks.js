// @ts-check
// Inlined at the end of a failure pattern's page and allowed by its hash in the CSP: keeps the
// symptoms and plays a reader ticks in this browser (localStorage), so they survive a reload and
// gather on /plan/. Without it the boxes still tick; they are just not kept. Nothing leaves the
// browser. Keep it tiny: its gzip size is budgeted (tests/dist/budgets.test.ts).
(() => {
  const KEY = 'cx-playbook:ticks:v1'; // TICKS_KEY in src/lib/browser/plan.ts
  /** @returns {Record<string, 1>} */
  const read = () => {
    try {
      const t = JSON.parse(localStorage.getItem(KEY) || '{}');
      return t && typeof t === 'object' && !Array.isArray(t) ? t : {};
    } catch {
      return {};
    }
  };
  const ticks = read();
  for (const box of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[data-tick]'))) {
    const id = box.dataset.tick || '';
    box.checked = ticks[id] === 1;
    box.addEventListener('change', () => {
      // Read again: another tab may have ticked something since this page loaded.
      const now = read();
      if (box.checked) now[id] = 1;
      else delete now[id];
      try {
        localStorage.setItem(KEY, JSON.stringify(now));
      } catch {
        // storage blocked or full: the tick lasts for this page only
      }
    });
  }
})();
