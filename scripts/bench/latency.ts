// Tool latency in Chromium: the time from an input change to updated results and chart.
// Each change is made inside the page (the value set and an `input` event dispatched, or a radio
// clicked), so no automation round trip is timed. Two figures per change:
//   update: until the island's DOM has changed and every chart on it has started redrawing
//           (a canvas drawing call, hooked on CanvasRenderingContext2D before any page script);
//   frame:  until the animation frame that shows it: the next requestAnimationFrame callback, or
//           the current one when the chart redrew inside an animation frame (chart.js animations).
// The frame figure includes waiting for the display's next frame (up to ~16.7 ms at 60 Hz).
import type { Browser, ElementHandle, Page } from '@playwright/test';
import { TOOL_PAGES } from '../../src/tools/registry.ts';

/** Latency figures of one tool, in milliseconds. */
export interface ToolLatency {
  path: string;
  /** Changes measured (after warm-up). */
  changes: number;
  update: { median: number; p95: number; max: number };
  frame: { median: number; p95: number; max: number };
  /** Canvases redrawn per change (0 for a tool without a chart). */
  charts: number;
  /** Changes where a chart did not redraw within a second (counted at the DOM update). */
  chartTimeouts: number;
  /** What was changed, e.g. `6 number fields`. */
  inputs: string;
  error?: string | undefined;
}

// Installed before any page script: marks animation-frame callbacks and records canvas drawing.
const INIT = () => {
  const w = window as unknown as Record<string, unknown>;
  const raf = window.requestAnimationFrame.bind(window);
  w.__cxpInRaf = false;
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      w.__cxpInRaf = true;
      try {
        cb(t);
      } finally {
        w.__cxpInRaf = false;
      }
    });
  const drawn = new WeakSet<HTMLCanvasElement>();
  w.__cxpDrawn = drawn;
  const proto = CanvasRenderingContext2D.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ['clearRect', 'fillRect', 'fill', 'stroke', 'fillText', 'drawImage']) {
    const original = proto[name]!;
    proto[name] = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      drawn.add(this.canvas);
      (w.__cxpOnDraw as ((c: HTMLCanvasElement) => void) | undefined)?.(this.canvas);
      return original.apply(this, args);
    };
  }
};

interface ChangeResult {
  update: number;
  frame: number;
  charts: number;
  chartTimeout: boolean;
}

/** Makes one change to `el` inside the page and times it (runs in the browser). */
const CHANGE = async ([el, value]: [HTMLElement, string]): Promise<ChangeResult> => {
  const w = window as unknown as Record<string, unknown>;
  const island = el.closest('astro-island') ?? document.body;
  const drawnEver = w.__cxpDrawn as WeakSet<HTMLCanvasElement>;
  const live = [...island.querySelectorAll('canvas')].filter((c) => drawnEver.has(c));
  const pending = new Set(live);
  let mutated = false;
  let done = false;
  return new Promise<ChangeResult>((resolve) => {
    let t0 = 0;
    const finish = (chartTimeout: boolean) => {
      if (done) return;
      done = true;
      const update = performance.now() - t0;
      const end = () => {
        observer.disconnect();
        w.__cxpOnDraw = undefined;
        resolve({ update, frame: performance.now() - t0, charts: live.length, chartTimeout });
      };
      // Inside an animation frame the update is painted at the end of this frame; otherwise at the next.
      if (w.__cxpInRaf) queueMicrotask(end);
      else requestAnimationFrame(end);
    };
    const check = () => {
      if (mutated && pending.size === 0) finish(false);
    };
    const observer = new MutationObserver((records) => {
      if (records.some((r) => r.target !== el)) {
        mutated = true;
        check();
      }
    });
    observer.observe(island, { subtree: true, childList: true, characterData: true, attributes: true });
    w.__cxpOnDraw = (c: HTMLCanvasElement) => {
      if (pending.delete(c)) queueMicrotask(check);
    };
    setTimeout(() => {
      if (!done && mutated) finish(true);
      else if (!done) {
        done = true;
        observer.disconnect();
        resolve({ update: Number.NaN, frame: Number.NaN, charts: live.length, chartTimeout: true });
      }
    }, 1000);
    t0 = performance.now();
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) el.click();
    else {
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : Number.NaN;
};
const round = (x: number) => Math.round(x * 10) / 10;
const stats = (xs: number[]) => ({ median: round(pct(xs, 50)), p95: round(pct(xs, 95)), max: round(Math.max(...xs)) });

async function hydrated(page: Page) {
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached', timeout: 30_000 });
}

/** Scrolls every canvas matching `canvases` into view and waits until each has drawn once. */
async function loadCharts(page: Page, canvases: string) {
  const all = page.locator(canvases);
  const count = await all.count();
  for (let i = 0; i < count; i++) await all.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (sel) => {
      const drawn = (window as unknown as { __cxpDrawn: WeakSet<HTMLCanvasElement> }).__cxpDrawn;
      return [...document.querySelectorAll<HTMLCanvasElement>(sel)].every((c) => drawn.has(c));
    },
    canvases,
    { timeout: 30_000 },
  );
  return count;
}

/** Another valid value for a number field: one less (or more) for integers, 10% less for decimals. */
function nextValue(current: string, integer: boolean): string {
  const v = Number(current.replace(/[^\d.-]/g, '')) || 0;
  if (integer) return String(v > 1 ? v - 1 : v + 1);
  return String(v > 0 ? Math.round(v * 0.9 * 100) / 100 : 1);
}

async function timeChanges(page: Page, plan: (i: number) => Promise<[ElementHandle<HTMLElement>, string]>, changes: number, warmup = 5) {
  const results: ChangeResult[] = [];
  for (let i = 0; i < changes + warmup; i++) {
    const args = await plan(i);
    const r = await page.evaluate(CHANGE, args);
    if (i >= warmup) results.push(r);
    await page.waitForTimeout(30);
  }
  return results;
}

function summarise(path: string, results: ChangeResult[], inputs: string): ToolLatency {
  const ok = results.filter((r) => Number.isFinite(r.frame));
  if (!ok.length)
    return {
      path,
      changes: 0,
      update: stats([0]),
      frame: stats([0]),
      charts: 0,
      chartTimeouts: 0,
      inputs,
      error: 'no change updated the page',
    };
  return {
    path,
    changes: ok.length,
    update: stats(ok.map((r) => r.update)),
    frame: stats(ok.map((r) => r.frame)),
    charts: Math.max(...ok.map((r) => r.charts)),
    chartTimeouts: ok.filter((r) => r.chartTimeout).length,
    inputs,
    error: ok.length < results.length ? `${results.length - ok.length} change(s) updated nothing within 1 s` : undefined,
  };
}

/** A calculator page: number fields changed in turn, alternating between their value and another. */
async function calculator(page: Page, url: string, path: string, changes: number): Promise<ToolLatency> {
  await page.goto(url);
  await hydrated(page);
  await page.waitForSelector('.calc[data-hydrated="true"]', { timeout: 30_000 });
  await loadCharts(page, 'figure[data-chart] canvas');
  const fields = (await page.$$('form.calc-inputs fieldset.calc-group:not(.calc-style) input[inputmode]')) as ElementHandle<HTMLElement>[];
  if (!fields.length) throw new Error('no number fields found (form.calc-inputs input[inputmode])');
  const originals = await Promise.all(fields.map((f) => f.inputValue()));
  const integer = await Promise.all(fields.map((f) => f.evaluate((e) => e.getAttribute('inputmode') === 'numeric')));
  const plan = async (i: number): Promise<[ElementHandle<HTMLElement>, string]> => {
    const k = i % fields.length;
    const back = Math.floor(i / fields.length) % 2 === 1;
    return [fields[k]!, back ? originals[k]! : nextValue(originals[k]!, integer[k]!)];
  };
  return summarise(path, await timeChanges(page, plan, changes), `${fields.length} number fields`);
}

/** Answers every question of the assessment on one page (agreement `value`, pyramid "yes"). */
async function answerAll(page: Page, value: string) {
  await page.evaluate((v) => {
    const names = new Set(
      [...document.querySelectorAll<HTMLInputElement>('astro-island input[type=radio]')].map((r) => r.name).filter((n) => n !== 'as-mode'),
    );
    for (const name of names) {
      const options = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)];
      (options.find((o) => o.value === v) ?? options.find((o) => /yes|true|1/i.test(o.value)) ?? options[0])?.click();
    }
  }, value);
}

/** The assessment: statements re-answered in turn (2 and 4 alternately), radar chart on screen. */
async function assessment(page: Page, url: string, path: string, changes: number): Promise<{ latency: ToolLatency; links: string[] }> {
  await page.goto(url);
  await hydrated(page);
  await page.locator('input[name="as-mode"][value="all"]').check();
  const links: string[] = [];
  for (const v of ['2', '4', '3']) {
    await answerAll(page, v);
    const link = page.locator('#as-share-link');
    if (await link.count()) links.push(await link.inputValue());
  }
  await loadCharts(page, 'astro-island canvas');
  const radios = await page.$$('astro-island input[type=radio][value="4"]:not([name="as-mode"])');
  if (!radios.length) throw new Error('no statements with a "4" answer found');
  const plan = async (i: number): Promise<[ElementHandle<HTMLElement>, string]> => {
    const k = i % radios.length;
    const two = Math.floor(i / radios.length) % 2 === 0;
    const name = await radios[k]!.getAttribute('name');
    const target = two ? await page.$(`input[type=radio][name="${name}"][value="2"]`) : radios[k]!;
    return [(target ?? radios[k]!) as ElementHandle<HTMLElement>, ''];
  };
  return { latency: summarise(path, await timeChanges(page, plan, changes), `${radios.length} statements`), links };
}

/** The team view: the pasted links switched between two and three people. */
async function team(page: Page, url: string, path: string, changes: number, links: string[]): Promise<ToolLatency> {
  if (links.length < 3) throw new Error('no share links from the assessment page to paste');
  await page.goto(url);
  await hydrated(page);
  const area = (await page.$('#as-team-links')) as ElementHandle<HTMLElement> | null;
  if (!area) throw new Error('no #as-team-links textarea');
  const sets = [links.slice(0, 2).join('\n'), links.join('\n')];
  const plan = async (i: number): Promise<[ElementHandle<HTMLElement>, string]> => [area, sets[i % 2]!];
  return summarise(path, await timeChanges(page, plan, changes), 'share links pasted (2 and 3 people)');
}

/** Measures every tool page served at `origin` + `base`. Pages that fail are reported with the error. */
export async function measureLatency(
  browser: Browser,
  origin: string,
  base: string,
  paths: readonly string[],
  changes: number,
): Promise<ToolLatency[]> {
  const out: ToolLatency[] = [];
  let links: string[] = [];
  // How each page is driven comes from the tool registry; the team view needs the assessment's links, so it goes last.
  const driver = (path: string) => TOOL_PAGES.find((p) => p.path === path)?.bench ?? 'fields';
  const ordered = [...paths].sort((a, b) => Number(driver(a) === 'team') - Number(driver(b) === 'team'));
  for (const path of ordered) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(INIT);
    const page = await context.newPage();
    const url = `${origin}${base.replace(/\/$/, '')}${path}`;
    try {
      // The survey page's input is a file, not fields to type into: this stage does not time it.
      if (driver(path) === 'survey') throw new Error('not timed: the survey page reads a file; there is nothing to type');
      if (driver(path) === 'document') throw new Error('not timed: the business case reads saved scenarios; there is nothing to type');
      if (driver(path) === 'assessment') {
        const r = await assessment(page, url, path, changes);
        links = r.links;
        out.push(r.latency);
      } else if (driver(path) === 'team') out.push(await team(page, url, path, changes, links));
      else out.push(await calculator(page, url, path, changes));
    } catch (e) {
      const empty = { median: Number.NaN, p95: Number.NaN, max: Number.NaN };
      out.push({
        path,
        changes: 0,
        update: empty,
        frame: empty,
        charts: 0,
        chartTimeouts: 0,
        inputs: '',
        error: (e as Error).message.split('\n')[0],
      });
    } finally {
      await context.close();
    }
  }
  return paths.map((p) => out.find((o) => o.path === p)!);
}
