// Saving text as a file on the reader's device: nothing is uploaded.

/** Offers `text` as a download named `name`, of MIME type `type`. */
export function downloadText(name: string, text: string, type: string): void {
  // A blob: URL followed as a download is no fetch, so the page's CSP (no blob: in connect-src) allows it.
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
