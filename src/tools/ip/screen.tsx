import { Box, Text } from 'ink';
import { describeInputError } from '../../i18n/index.js';
import { standalone } from '../../i18n/standalone.js';
import Paragraph from '../../ui/components/Paragraph.js';
import TextField from '../../ui/text-field/TextField.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import type { IpTool } from './entry.js';
import Ipv6Panel from './Ipv6Panel.js';
import OctetTable from './OctetTable.js';
import useIpState, { ipResult } from './use-ip-state.js';

/** The converter: type an address and watch every form follow; flip its bits one by one. */
export default function IpScreen({ payload, words }: ScreenProps<IpTool>) {
  const { t, width, height } = useShell();
  const [state, dispatch] = useIpState(payload?.example ?? '192.168.1.10');
  const { model, error } = ipResult(state.text);
  const keys = words.screen.keys;
  const inBits = state.focus === 'bits';

  const bindings: Binding[] = inBits
    ? [
        { keys: ['left', 'h'], label: keys.move, display: '←→', run: () => dispatch({ type: 'move', by: -1 }) },
        { keys: ['right', 'l'], label: keys.move, hidden: true, run: () => dispatch({ type: 'move', by: 1 }) },
        { keys: ['space', 'enter'], label: keys.flip, display: t.ui.keys.space, run: () => dispatch({ type: 'flip' }) },
        { keys: ['up'], label: keys.edit, run: () => dispatch({ type: 'focus', focus: 'field' }) },
      ]
    : model
      ? [
          {
            keys: ['enter', 'down'],
            label: keys.bits,
            display: 'Enter/↓',
            run: () => dispatch({ type: 'focus', focus: 'bits' }),
          },
        ]
      : // No bits to flip while the address is invalid: the footer must not offer them.
        [];
  useKeymap(bindings, { textEntry: !inBits });

  const label = (text: string) => <Text color={theme.muted}>{text.padEnd(9)}</Text>;
  return (
    <Box flexDirection="column" width={width}>
      <TextField
        label={words.screen.field}
        value={state.text}
        focused={!inBits}
        placeholder={words.screen.placeholder}
        onChange={(text) => dispatch({ type: 'type', text })}
      />
      {error ? (
        <Paragraph color={theme.bad} width={width}>
          {standalone(describeInputError(error, t))}
        </Paragraph>
      ) : null}
      {model?.family === 'IPv6' ? (
        <Box flexDirection="column" marginTop={1}>
          <Ipv6Panel
            model={model}
            cursor={inBits ? state.cursor : undefined}
            words={words}
            t={t}
            width={width}
            compact={height < 17}
          />
          <Box marginTop={height < 17 ? 0 : 1}>
            {state.flip6 || inBits ? (
              <WrappedText color={state.flip6 ? theme.highlight : theme.muted} width={width}>
                {state.flip6 ? words.v6.screen.flipped(state.flip6) : words.screen.bitsTitle}
              </WrappedText>
            ) : (
              <Text> </Text>
            )}
          </Box>
        </Box>
      ) : model ? (
        <Box flexDirection="column" marginTop={1}>
          <OctetTable
            octets={model.octets}
            octetsBinary={model.octetsBinary}
            cursor={inBits ? state.cursor % 32 : undefined}
            showSums={width >= 66}
            spoken={t.spoken}
          />
          <Box marginTop={1}>
            <Text>
              {label(words.labels.binary)}
              {model.binary}
            </Text>
          </Box>
          <Text>
            {label(words.labels.hex)}
            {model.hex.padEnd(12)}
            {label(words.labels.integer)}
            {model.integer}
          </Text>
          <Box flexDirection="row" flexShrink={0}>
            <Box flexShrink={0}>{label(words.labels.scope)}</Box>
            <Box flexShrink={1}>
              <WrappedText width={width - 9 /* after the label */}>
                {[
                  { text: t.ip.scopes[model.scope], style: { bold: true } },
                  { text: `: ${words.scopeHints[model.scope]}`, style: { color: theme.muted } },
                ]}
              </WrappedText>
            </Box>
          </Box>
          <Box marginTop={1}>
            {state.flip || inBits ? (
              <WrappedText color={state.flip ? theme.highlight : theme.muted} width={width}>
                {state.flip ? words.screen.flipped(state.flip) : words.screen.bitsTitle}
              </WrappedText>
            ) : (
              <Text> </Text>
            )}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}
