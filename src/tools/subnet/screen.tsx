import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { bitRange, prefixToMask } from '../../core/ipv4.js';
import { describeInputError } from '../../i18n/index.js';
import { standalone } from '../../i18n/standalone.js';
import { subnetSentence } from './subnet-sentence.js';
import Paragraph from '../../ui/components/Paragraph.js';
import TextField from '../../ui/text-field/TextField.js';
import { wrappedRows } from '../../core/wrap.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import type { SubnetTool } from './entry.js';
import BoundaryBits from './BoundaryBits.js';
import ExcludeList from './ExcludeList.js';
import SplitList from './SplitList.js';
import Subnet6Panel, { subnet6FixedRows } from './Subnet6Panel.js';
import useSubnetState, { excludedView, scrollableRows, subnetView } from './use-subnet-state.js';

/** Rows the screen takes above the split list (field, sentence, bits, ranges, list header). */
const fixedRows = 10;

/** The subnet split: move the boundary, watch mask and ranges follow, scroll a split of any size. */
export default function SubnetScreen({ payload, sources, words }: ScreenProps<SubnetTool>) {
  const { t, width, height } = useShell();
  const interfaces = useMemo(() => sources.interfaces(), [sources]);
  const [state, dispatch] = useSubnetState(payload?.example ?? interfaces[0]?.cidr ?? '192.168.1.10/24');
  const { view, error } = subnetView(state);
  const keys = words.screen.keys;
  const exploring = state.focus === 'explore';
  const showMine = interfaces.length > 0 && height >= fixedRows + 4;
  const sentence = view?.family === 'IPv4' ? subnetSentence(view.parsed, words) : '';
  const sentenceRows = wrappedRows(sentence, width);
  const listRows =
    view?.family === 'IPv6'
      ? Math.max(1, height - subnet6FixedRows - 3 - (showMine ? 1 : 0))
      : Math.max(1, height - fixedRows - (showMine ? 1 : 0) - (sentenceRows - 1));

  const nextInterface = () => {
    if (interfaces.length === 0) return;
    const current = interfaces.findIndex((entry) => entry.cidr === state.text.trim());
    dispatch({ type: 'replace', text: interfaces[(current + 1) % interfaces.length]!.cidr });
  };
  const exclusion =
    view?.family === 'IPv4' && state.excluded !== undefined ? excludedView(view, state.excluded) : undefined;
  const listScrolls =
    exclusion === undefined && view !== undefined && (scrollableRows(view) > listRows || state.offset > 0);
  const scroll = (by: number) => dispatch({ type: 'scroll', by, visible: listRows });
  const bindings: Binding[] = exploring
    ? [
        { keys: ['left'], label: keys.prefix, display: '←→', run: () => dispatch({ type: 'move-boundary', by: -1 }) },
        { keys: ['right'], label: keys.prefix, hidden: true, run: () => dispatch({ type: 'move-boundary', by: 1 }) },
        { keys: ['-'], label: keys.split, display: '-+', run: () => dispatch({ type: 'split-size', by: -1 }) },
        ...(view && view.parsed.prefix > 0
          ? [{ keys: ['s'], label: keys.supernet, run: () => dispatch({ type: 'supernet' }) }]
          : []),
        ...(view?.family === 'IPv4' && view.plan.count > 1
          ? [{ keys: ['x'], label: keys.exclude, run: () => dispatch({ type: 'exclude' }) }]
          : []),
        { keys: ['+', '='], label: keys.split, hidden: true, run: () => dispatch({ type: 'split-size', by: 1 }) },
        // A split list that fits has nothing to scroll: its keys are offered only when it does not.
        ...(listScrolls
          ? [
              { keys: ['up', 'k'], label: keys.scroll, display: '↑↓', run: () => scroll(-1) },
              { keys: ['down', 'j'], label: keys.scroll, hidden: true, run: () => scroll(1) },
              { keys: ['pageup'], label: keys.page, display: 'PgUp/PgDn', run: () => scroll(-listRows) },
              { keys: ['pagedown'], label: keys.page, hidden: true, run: () => scroll(listRows) },
              { keys: ['home'], label: keys.page, hidden: true, run: () => scroll(-Infinity) },
              { keys: ['end'], label: keys.page, hidden: true, run: () => scroll(Infinity) },
            ]
          : []),
        // i moves to the next interface: with one, only while another network is shown.
        ...(interfaces.length > 1 || (interfaces.length === 1 && interfaces[0]!.cidr !== state.text.trim())
          ? [{ keys: ['i'], label: keys.mine, run: nextInterface }]
          : []),
        { keys: ['enter'], label: keys.edit, run: () => dispatch({ type: 'focus', focus: 'field' }) },
      ]
    : [
        {
          keys: ['enter', 'down'],
          label: keys.explore,
          display: 'Enter/↓',
          run: () => dispatch({ type: 'focus', focus: 'explore' }),
        },
      ];
  useKeymap(bindings, { textEntry: !exploring });

  const labels = words.labels;
  const labelWidth = Math.max(labels.address.length, labels.mask.length) + 1;
  const withDecimal = width >= labelWidth + 36 + 17;
  return (
    <Box flexDirection="column" width={width}>
      <TextField
        label={words.screen.field}
        value={state.text}
        focused={!exploring}
        placeholder={words.screen.placeholder}
        onChange={(text) => dispatch({ type: 'type', text })}
      />
      {showMine ? (
        <Text color={theme.muted} wrap="truncate-end">
          {'  '}
          {words.screen.mine} {interfaces.map((entry) => `${entry.name} ${entry.cidr}`).join(' · ')}
        </Text>
      ) : null}
      {error ? (
        <Paragraph color={theme.bad} width={width}>
          {state.text.trim() === '' ? words.screen.empty : standalone(describeInputError(error, t))}
        </Paragraph>
      ) : null}
      {view?.family === 'IPv6' ? (
        <Subnet6Panel view={view} offset={state.offset} rows={listRows} words={words} spoken={t.spoken} />
      ) : view ? (
        <Box flexDirection="column">
          <WrappedText width={width}>{sentence}</WrappedText>
          <Box
            flexDirection="column"
            marginTop={1}
            aria-label={t.spoken.boundary({
              address: view.model.address,
              mask: view.model.mask,
              prefix: view.parsed.prefix,
            })}
          >
            <BoundaryBits
              label={labels.address.padEnd(labelWidth)}
              networkBits={view.model.networkBits}
              hostBits={view.model.hostBits}
              decimal={withDecimal ? view.model.address : ''}
            />
            <BoundaryBits
              label={labels.mask.padEnd(labelWidth)}
              networkBits={bitRange(prefixToMask(view.parsed.prefix), 0, view.parsed.prefix)}
              hostBits={bitRange(prefixToMask(view.parsed.prefix), view.parsed.prefix, 32)}
              decimal={withDecimal ? `${view.model.mask} /${view.parsed.prefix}` : `/${view.parsed.prefix}`}
            />
          </Box>
          <Text wrap="truncate-end">
            <Text color={theme.muted}>{labels.network} </Text>
            {view.model.network}
            <Text color={theme.muted}>
              {'  '}
              {labels.broadcast}{' '}
            </Text>
            {view.model.broadcast}
          </Text>
          <Text wrap="truncate-end">
            {/* The mask row above already shows the dotted mask when it is wide enough. */}
            {withDecimal ? null : (
              <>
                <Text color={theme.muted}>{labels.mask} </Text>
                {view.model.mask}
                {'  '}
              </>
            )}
            <Text color={theme.muted}>{labels.wildcard} </Text>
            {view.model.wildcard}
          </Text>
          <Text wrap="truncate-end">
            {words.screen.summary.range({
              first: view.model.firstHost,
              last: view.model.lastHost,
              hosts: view.model.hosts,
              addresses: view.model.addresses,
            })}
          </Text>
          {exclusion ? (
            <>
              <Box marginTop={1}>
                <Text bold wrap="truncate-end">
                  {words.steps.exclude.header(exclusion.header)}
                </Text>
              </Box>
              <ExcludeList blocks={exclusion.blocks} rows={listRows} />
            </>
          ) : (
            <>
              <Box marginTop={1}>
                <Text bold wrap="truncate-end">
                  {words.screen.listHeader({
                    prefix: view.plan.prefix,
                    count: view.plan.count,
                    from: state.offset + 1,
                    to: Math.min(view.plan.count, state.offset + listRows),
                  })}
                </Text>
              </Box>
              <SplitList plan={view.plan} offset={state.offset} rows={listRows} width={width} words={words} />
            </>
          )}
        </Box>
      ) : null}
    </Box>
  );
}
