import { Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { useState } from 'react';
import { afterEach, describe, it } from 'vitest';
import TextField from '../../../src/ui/text-field/TextField.js';
import { keys } from '../../helpers/keys.js';
import { press, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

/** A field whose owner shows the text it holds and the lines sent, as a screen would. */
function Owner({ start = '', withSubmit = false }: { start?: string; withSubmit?: boolean }) {
  const [value, setValue] = useState(start);
  const [sent, setSent] = useState<string[]>([]);
  const submit = (line: string) => {
    setSent((old) => [...old, line]);
    setValue('');
  };
  return (
    <>
      <TextField
        label="Address"
        value={value}
        placeholder="type here"
        onChange={setValue}
        onSubmit={withSubmit ? submit : undefined}
      />
      <Text>[{value}]</Text>
      <Text>sent: {sent.join('|')}</Text>
    </>
  );
}

describe('the text field', () => {
  it('shows its label with the focus mark, and the placeholder while empty', async () => {
    const rendered = render(<Owner />);
    await waitForFrame(rendered, '› Address: type here');
  });

  it('types where the cursor is: arrows, Home and End move it', async () => {
    const rendered = render(<Owner start="1.2.4" />);
    await waitForFrame(rendered, '[1.2.4]');
    await press(rendered, keys.left, '› Address: 1.2.4');
    await press(rendered, '3.', '[1.2.3.4]');
    await press(rendered, keys.home, '[1.2.3.4]');
    await press(rendered, '0', '[01.2.3.4]');
    await press(rendered, keys.end, '[01.2.3.4]');
    await press(rendered, keys.backspace, '[01.2.3.]');
  });

  it('Ctrl+A goes to the start, Ctrl+E to the end, Ctrl+W deletes the word before the cursor', async () => {
    const rendered = render(<Owner start="hola mundo" />);
    await waitForFrame(rendered, '[hola mundo]');
    await press(rendered, '\u0001', '[hola mundo]');
    await press(rendered, '¡', '[¡hola mundo]');
    await press(rendered, '\u0005', '[¡hola mundo]');
    await press(rendered, '\u0017', '[¡hola ]');
  });

  it('an emoji with a skin tone is one step for the cursor and for Backspace', async () => {
    const rendered = render(<Owner start="a👍🏽b" />);
    await waitForFrame(rendered, '[a👍🏽b]');
    await press(rendered, keys.left, '[a👍🏽b]');
    await press(rendered, keys.backspace, '[ab]');
  });

  it('q is a letter, while Tab and the up arrow type nothing', async () => {
    const rendered = render(<Owner />);
    await waitForFrame(rendered, 'type here');
    await press(rendered, 'q', '[q]');
    rendered.stdin.write(keys.tab);
    rendered.stdin.write(keys.up);
    await press(rendered, 'x', '[qx]');
  });

  it('a pasted chunk with control characters leaves only its text', async () => {
    const rendered = render(<Owner />);
    await waitForFrame(rendered, 'type here');
    await press(rendered, 'ab\u0007c\u007Fd\re', '[abde]');
  });

  it('with onSubmit, each Enter in a chunk sends the line before it', async () => {
    const rendered = render(<Owner withSubmit />);
    await waitForFrame(rendered, 'type here');
    await press(rendered, 'uno\rdos\rtr', 'sent: uno|dos');
    await waitForFrame(rendered, '[tr]');
    await press(rendered, keys.enter, 'sent: uno|dos|tr');
    await waitForFrame(rendered, '[]');
  });
});
