import { Box, Text } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isInputError } from '../../core/input-error.js';
import { parsePort, portModel, type PortModel } from '../../core/ports.js';
import { describeInputError } from '../../i18n/index.js';
import { standalone } from '../../i18n/standalone.js';
import { tryBindSentence } from './try-bind-sentence.js';
import Paragraph from '../../ui/components/Paragraph.js';
import TextField from '../../ui/text-field/TextField.js';
import WrappedText from '../../ui/components/WrappedText.js';
import ScrollArea from '../../ui/components/ScrollArea.js';
import useScrollArea from '../../ui/hooks/use-scroll-area.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import type { PortTool } from './entry.js';
import PortBar, { rangeColor } from './PortBar.js';
import type { TryBindResult } from './sources.js';

/** `ip_local_port_range` rather than the whole /proc path: the screen is narrow. */
const shortSource = (source: string) => source.split('/').pop()!;

/** The port classifier: type a port, see its range, service, privileges and place on 0-65535. */
export default function PortScreen({ payload, sources, words }: ScreenProps<PortTool>) {
  const { t, width, height } = useShell();
  const facts = useMemo(() => sources.portFacts(), [sources]);
  const [text, setText] = useState(payload?.example ?? '5050');
  const [bound, setBound] = useState<{ port: number; result: TryBindResult | 'pending' } | undefined>();
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  let model: PortModel | undefined;
  let error = '';
  try {
    model = portModel(parsePort(text), facts);
  } catch (caught) {
    if (!isInputError(caught)) throw caught;
    error = standalone(describeInputError(caught, t));
  }

  const bind = () => {
    if (!model || bound?.result === 'pending') return;
    const port = model.port;
    setBound({ port, result: 'pending' });
    void sources.tryBind(port).then((result) => {
      if (mounted.current) setBound((current) => (current?.port === port ? { port, result } : current));
    });
  };
  // The field stays on top; what is below it scrolls when the terminal is short.
  const bodyHeight = Math.max(1, height - 1);
  const scroll = useScrollArea(bodyHeight, t.ui.keys.scroll);
  // No port to bind while the text is not one: Enter is offered once it is.
  const bindKey = model ? [{ keys: ['enter'], label: words.screen.tryBindKey, run: bind }] : [];
  useKeymap([...bindKey, ...scroll.bindings], { textEntry: true });

  const p = words;
  // flexShrink 0: a short terminal clips the last rows instead of squeezing every row to one line.
  const row = (label: string, value: string, color?: string) => (
    <Box flexShrink={0} width={width}>
      <WrappedText width={width}>
        {[
          { text: `${label.padEnd(labelWidth)} `, style: { color: theme.muted } },
          { text: value, style: { color } },
        ]}
      </WrappedText>
    </Box>
  );
  // Where each fact was read is worth showing when there is room for it.
  const source = (path: string) => shortSource(path);
  const labelWidth = Math.max(...Object.values(p.labels).map((label) => label.length));
  const shownBind = model && bound && bound.port === model.port ? bound.result : undefined;
  return (
    <Box flexDirection="column" width={width}>
      <TextField
        label={p.screen.prompt}
        value={text}
        placeholder={p.screen.placeholder}
        onChange={(next) => {
          setText(next);
          setBound(undefined);
        }}
      />
      <ScrollArea contentRef={scroll.ref} offset={scroll.offset} height={bodyHeight} width={width}>
        {error ? (
          <Paragraph color={theme.bad} width={width} keep>
            {error}
          </Paragraph>
        ) : null}
        {model ? (
          <Box flexDirection="column" marginTop={1}>
            {shownBind ? (
              <Box marginBottom={1} flexShrink={0}>
                {shownBind === 'pending' ? (
                  <Text color={theme.muted}>{p.screen.binding}</Text>
                ) : (
                  row(
                    p.labels.tryBind,
                    tryBindSentence(model, shownBind, words),
                    shownBind.result === 'free' ? theme.good : theme.bad,
                  )
                )}
              </Box>
            ) : null}
            {row(
              p.labels.range,
              p.range({
                name: p.rangeNames[model.range],
                start: model.rangeStart,
                end: model.rangeEnd,
                ianaName: model.ianaName,
              }),
              rangeColor(model.range),
            )}
            <Box
              flexDirection="column"
              flexShrink={0}
              marginY={1}
              aria-label={t.spoken.portBar({
                port: model.port,
                percent: Math.round((model.port / 65535) * 100),
                start: model.ephemeral.start,
                end: model.ephemeral.end,
                inside: model.ephemeral.contains,
              })}
            >
              <Text bold>{p.screen.bar}</Text>
              <PortBar port={model.port} ephemeral={model.ephemeral} columns={Math.min(64, width - 2)} />
              <WrappedText width={width}>
                {[
                  ...(['well-known', 'registered', 'dynamic'] as const).map((range) => ({
                    text: `${p.rangeNames[range]} `,
                    style: { color: rangeColor(range) },
                  })),
                  { text: p.screen.legendEphemeral, style: { color: theme.warn } },
                ]}
              </WrappedText>
            </Box>
            {row(
              p.labels.service,
              model.service
                ? p.service({ service: model.service, fromFile: model.serviceSource === 'services-file' })
                : p.noService,
            )}
            {row(
              p.labels.privileges,
              model.osPicks
                ? p.portZero(model.ephemeral)
                : model.privileged
                  ? p.privileged({
                      limit: model.unprivilegedPortStart,
                      source: source(model.unprivilegedSource),
                      isRoot: model.isRoot,
                    })
                  : p.unprivileged({ limit: model.unprivilegedPortStart, source: source(model.unprivilegedSource) }),
              model.privileged ? theme.warn : undefined,
            )}
            {row(
              p.labels.ephemeral,
              (model.ephemeral.contains ? p.ephemeralYes : p.ephemeralNo)({
                ...model.ephemeral,
                source: source(model.ephemeral.source),
              }),
              model.ephemeral.contains ? theme.warn : undefined,
            )}
            {model.ephemeralOverlapsRegistered && model.range !== 'well-known' ? (
              <Paragraph color={theme.muted} width={width} keep>
                {p.overlap({ start: model.ephemeral.start, end: model.ephemeral.end })}
              </Paragraph>
            ) : null}
          </Box>
        ) : null}
      </ScrollArea>
    </Box>
  );
}
