// @ts-check
// Full-text search over the built site with Pagefind: in a modal dialog on every page, and in the
// search box of /search/. Loaded only when the reader opens search, or by /search/ itself (see
// bootstrap.js); served as a plain module at <base>search-dialog.js. Results come from Pagefind's
// index in <base>pagefind/, built by `astro build`.

/**
 * The interface words in the page's language, put in place by the build (searchDialogScript in
 * src/lib/build/inline-scripts.ts, from the `search.*` strings of content/strings/<code>.yaml).
 * @type {Record<'dialogTitle' | 'close' | 'closeSearch' | 'label' | 'unavailable' | 'none' | 'one' | 'many' | 'manyCut', string>}
 */
const WORDS = /** @type {any} */ (globalThis).CXP_SEARCH_WORDS;

/** A status sentence with its `{query}` and `{count}` filled in. */
const say = (/** @type {string} */ text, /** @type {string} */ query, count = 0) =>
  text.replace('{query}', query).replace('{count}', String(count));

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
      status.textContent = WORDS.unavailable;
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
    const sentence = found.total === 0 ? WORDS.none : found.total === 1 ? WORDS.one : found.total > 10 ? WORDS.manyCut : WORDS.many;
    status.textContent = say(sentence, query, found.total);
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
      <h2 id="search-title"></h2>
      <button type="button" class="search-close"><span></span><span class="visually-hidden"></span></button>
    </div>
    <form role="search" class="search-form">
      <label for="search-input"></label>
      <input id="search-input" type="search" autocomplete="off" spellcheck="false" />
    </form>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ol class="search-results"></ol>`;
  // Words as text, never as markup: a strings file cannot put HTML into the dialog.
  const [closeWord, closeHidden] = d.querySelectorAll('.search-close span');
  /** @type {[Element | null | undefined, string][]} */ ([
    [d.querySelector('#search-title'), WORDS.dialogTitle],
    [closeWord, WORDS.close],
    [closeHidden, ` ${WORDS.closeSearch}`],
    [d.querySelector('label'), WORDS.label],
  ]).forEach(([el, text]) => {
    if (el) el.textContent = text;
  });
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
