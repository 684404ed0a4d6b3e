// Feature detection for copying a chart image, shared by the calculators' charts and the radar.

/** Whether the browser can put a PNG on the clipboard. */
export const canCopyImage = (): boolean =>
  typeof ClipboardItem !== 'undefined' &&
  typeof navigator.clipboard?.write === 'function' &&
  (typeof ClipboardItem.supports !== 'function' || ClipboardItem.supports('image/png'));
