// Whether an element has come within `margin` px of the viewport (once true, it stays true): what
// the islands wait for before fetching code that only draws, such as a chart's. Returns the flag
// and a ref callback to put on the element.
import { useEffect, useState } from 'react';

export function useNearView<T extends Element>(margin = 200): [boolean, (el: T | null) => void] {
  const [el, setEl] = useState<T | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (!el || near) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          setNear(true);
        }
      },
      { rootMargin: `${margin}px` },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [el, near, margin]);
  return [near, setEl];
}
