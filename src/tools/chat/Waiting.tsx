import WrappedText from '../../ui/components/WrappedText.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';

/** A line to read while a socket connects or starts listening; no keys of its own yet. */
export default function Waiting({ text }: { text: string }) {
  const { width } = useShell();
  useKeymap([]);
  return (
    <WrappedText color={theme.muted} width={width}>
      {text}
    </WrappedText>
  );
}
