// @ts-check
// Full-text search over the built site with Pagefind: in a modal dialog on every page, and in the
// search box of /search/. Loaded only when the reader opens search, or by /search/ itself (see
// bootstrap.js); served as a plain module at <base>search-dialog.js. Results come from Pagefind's
// index in <base>pagefind/, built by `astro build`.

/** @type {HTMLDialogElement | undefined} */
let dialog;
/** @type {Promise<any> | undefined} */
let pagefind;

/** @param {string} base */
function loadPagefind(base) {
  pagefind ??= import(`${base}pagefind/pagefind.js`).then(async (pf) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/**
 * Wires a search box to a result list and a status line: results follow what is typed (the
 * latest query wins), and Enter moves to the first result. Returns the function that runs a search
 * for the box's current value.
 * @param {string} base
 * @param {HTMLInputElement} input
 * @param {HTMLElement} status
 * @param {HTMLOListElement} list
 * @param {(query: string) => void} [onSearch] told of each query as it runs
 */
function wire(base, input, status, list, onSearch) {
  let seq = 0;
  let timer = 0;
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    const first = list.querySelector('a');
    if (first) first.focus();
    else run(++seq);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => run(++seq), 120);
  });
  /** @param {number} mine */
  async function run(mine) {
    const query = input.value.trim();
    onSearch?.(query);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let found;
    try {
      const pf = await loadPagefind(base);
      const search = await pf.search(query);
      found = {
        total: search.results.length,
        items: await Promise.all(search.results.slice(0, 10).map((/** @type {any} */ r) => r.data())),
      };
    } catch {
      status.textContent = 'Search is not available: the search index could not be loaded.';
      return;
    }
    if (mine !== seq) return;
    list.replaceChildren(
      ...found.items.map((/** @type {any} */ item) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.meta?.title ?? item.url;
        const p = document.createElement('p');
        p.innerHTML = item.excerpt; // Pagefind escapes the page text and adds only <mark>.
        li.append(a, p);
        return li;
      }),
    );
    status.textContent =
      found.total === 0
        ? `No pages match “${query}”.`
        : `${found.total === 1 ? '1 page matches' : `${found.total} pages match`} “${query}”${found.total > 10 ? '; showing the first 10' : ''}.`;
  }
  return () => run(++seq);
}

/** @param {HTMLElement} opener */
function build(opener) {
  const base = opener.dataset.base || '/';
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-title');
  d.innerHTML = `
    <div class="search-head">
      <h2 id="search-title">Search the playbook</h2>
      <button type="button" class="search-close">Close<span class="visually-hidden"> search</span></button>
    </div>
    <form role="search" class="search-form">
      <label for="search-input">Words to search for</label>
      <input id="search-input" type="search" autocomplete="off" spellcheck="false" />
    </form>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ol class="search-results"></ol>`;
  document.body.append(d);
  const input = /** @type {HTMLInputElement} */ (d.querySelector('#search-input'));
  d.querySelector('.search-close')?.addEventListener('click', () => d.close());
  // A search box swallows the first Escape to clear itself; here Escape always closes.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      d.close();
    }
  });
  d.addEventListener('click', (e) => e.target === d && d.close());
  wire(
    base,
    input,
    /** @type {HTMLElement} */ (d.querySelector('.search-status')),
    /** @type {HTMLOListElement} */ (d.querySelector('.search-results')),
  );
  return d;
}

/**
 * The search box of /search/ (a plain GET form, so without JavaScript it still sends `?q=`):
 * searches for `?q=` on arrival, then as the reader types, keeping `?q=` in step so the address can
 * be shared or bookmarked.
 * @param {HTMLFormElement} form
 */
function searchPage(form) {
  const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
  const run = wire(
    form.dataset.base || '/',
    input,
    /** @type {HTMLElement} */ (document.getElementById('search-page-status')),
    /** @type {HTMLOListElement} */ (document.getElementById('search-page-results')),
    (query) => {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    },
  );
  const q = new URLSearchParams(location.search).get('q');
  if (q) input.value = q;
  // Words typed while this module was loading are searched too, so no keystroke is lost.
  if (input.value.trim()) run();
}

const page = document.getElementById('search-page');
if (page instanceof HTMLFormElement) searchPage(page);

/**
 * Opens the search dialog (building it the first time) with focus in the search box; `typed` holds
 * what the reader typed while this module was loading, so no keystroke is lost.
 */
export default function open(/** @type {HTMLElement} */ opener, typed = '') {
  dialog ??= build(opener);
  if (!dialog.open) dialog.showModal();
  const input = /** @type {HTMLInputElement} */ (dialog.querySelector('#search-input'));
  input.focus();
  loadPagefind(opener.dataset.base || '/').catch(() => {});
  if (typed) {
    input.value += typed;
    input.dispatchEvent(new Event('input'));
  }
}
