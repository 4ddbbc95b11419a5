import { useEffect, useState } from 'react';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A spinner frame that turns only while `spinning`. */
export default function useSpinner(spinning: boolean): string {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    if (!spinning) return;
    const timer = setInterval(() => setFrame((current) => (current + 1) % frames.length), 120);
    return () => clearInterval(timer);
  }, [spinning]);
  return frames[frame]!;
}
