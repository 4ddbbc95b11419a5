import { Box, Text } from 'ink';
import type { Ipv6Model } from '../../core/ipv6-model.js';
import type { Dictionary } from '../../i18n/index.js';
import WrappedText from '../../ui/components/WrappedText.js';
import theme from '../../ui/theme.js';
import Eui64Row from './Eui64Row.js';
import HextetTable from './HextetTable.js';
import type { IpWords } from './words.en.js';

interface Ipv6PanelProps {
  model: Ipv6Model;
  /** The bit under the cursor (0-127) while the bit view has focus. */
  cursor?: number;
  words: IpWords;
  /** Shared words: the kind names the subnet tool shows too. */
  t: Dictionary;
  width: number;
  /** Short of rows: no blank line, and no full form (the table's hex column already spells it). */
  compact: boolean;
}

/** An IPv6 address on the converter's screen: its groups in hex and bits, its full form and kind. */
export default function Ipv6Panel({ model, cursor, words, t, width, compact }: Ipv6PanelProps) {
  const labels = words.v6.labels;
  const labelWidth = Math.max(labels.expanded.length, labels.kind.length, labels.canonical.length) + 1;
  const label = (text: string) => <Text color={theme.muted}>{text.padEnd(labelWidth)}</Text>;
  const scope = model.multicastScope
    ? `, ${words.v6.scopeOf({ scope: words.v6.multicastScopes[model.multicastScope] })}`
    : '';
  const extra = model.embeddedIPv4 ? ` · ${labels.mapped} ${model.embeddedIPv4}` : '';
  return (
    <Box flexDirection="column">
      <HextetTable hextets={model.hextets} hextetsBinary={model.hextetsBinary} cursor={cursor} spoken={t.spoken} />
      <Box marginTop={compact ? 0 : 1} flexDirection="column">
        <Text wrap="truncate-end">
          {label(labels.canonical)}
          <Text bold>{model.address}</Text>
          {model.zone === null ? '' : <Text color={theme.muted}>%{model.zone}</Text>}
        </Text>
        {compact ? null : (
          <Text wrap="truncate-end">
            {label(labels.expanded)}
            {model.expanded}
          </Text>
        )}
        <Box flexDirection="row" flexShrink={0}>
          <Box flexShrink={0}>{label(labels.kind)}</Box>
          <Box flexShrink={1}>
            <WrappedText width={width - labelWidth}>
              {[
                { text: `${t.ip.v6.kinds[model.scope]}${scope}`, style: { bold: true } },
                { text: ` (${model.block || model.rfc})${extra}`, style: { color: theme.muted } },
              ]}
            </WrappedText>
          </Box>
        </Box>
        {model.eui64Mac === null || compact ? null : <Eui64Row mac={model.eui64Mac} words={words} />}
      </Box>
    </Box>
  );
}
