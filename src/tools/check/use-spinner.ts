import { useIsScreenReaderEnabled } from 'ink';
import { useEffect, useState } from 'react';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A spinner frame that turns only while `spinning`; for a screen reader it stays still. */
export default function useSpinner(spinning: boolean): string {
  const [frame, setFrame] = useState(0);
  const still = useIsScreenReaderEnabled();
  useEffect(() => {
    if (!spinning || still) return;
    const timer = setInterval(() => setFrame((current) => (current + 1) % frames.length), 120);
    return () => clearInterval(timer);
  }, [spinning, still]);
  return still ? '…' : frames[frame]!;
}
