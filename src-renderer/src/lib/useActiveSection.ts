import { useEffect, useState } from 'react';

/**
 * Which of the elements `ids` the clerk is reading: the last one whose top has reached the line `offset` pixels below
 * the window's top (the sticky header and index sit above it). Follows scrolling and resizing.
 */
export function useActiveSection(ids: readonly string[], offset: number): string | null {
  const [active, setActive] = useState<string | null>(ids[0] ?? null);
  const key = ids.join('\n');
  useEffect(() => {
    const list = key.split('\n');
    let frame = 0;
    const measure = () => {
      frame = 0;
      let current = list[0] ?? null;
      for (const id of list) {
        const element = document.getElementById(id);
        if (element && element.getBoundingClientRect().top <= offset + 8) current = id;
      }
      // At the bottom of the page the last sections cannot reach the line: the one the window ends in is read.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
        const last = [...list].reverse().find((id) => {
          const top = document.getElementById(id)?.getBoundingClientRect().top;
          return top !== undefined && top < window.innerHeight;
        });
        if (last) current = last;
      }
      setActive(current);
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [key, offset]);
  return active;
}
