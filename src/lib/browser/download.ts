// Saving a file on the reader's device: nothing is uploaded. Every download of the site (CSV,
// Markdown, JSON, chart PNGs) goes through here.

/** Offers `data` as a download named `name`. */
export function downloadBlob(name: string, data: Blob): void {
  // A blob: URL followed as a download is no fetch, so the page's CSP (no blob: in connect-src) allows it.
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start the download; the URL is freed after.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers `text` as a download named `name`, of MIME type `type`. */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}
