import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import useKeptState from '../../ui/hooks/use-kept-state.js';
import useHostPortFields from '../../ui/hooks/use-host-port-fields.js';
import { useProgress } from '../../ui/progress-context.js';
import { serverCheckIds } from '../../core/check/checks.js';
import { defaultCheckTarget, parseCheckTarget, timeoutLimits } from '../../core/check/options.js';
import { checkSummary } from '../../core/check/result.js';
import { judgementSentence, unreachableSentence } from './diagnosis.js';
import { joinHostPort } from '../../core/address-tuple.js';
import { isInputError, type InputError } from '../../core/input-error.js';
import { describeInputError } from '../../i18n/index.js';
import { standalone } from '../../i18n/standalone.js';
import Paragraph from '../../ui/components/Paragraph.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { wrappedRows } from '../../core/wrap.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import CheckDetail, { detailHeight } from './CheckDetail.js';
import CheckList from './CheckList.js';
import type { CheckTool } from './entry.js';
import HostPortForm from '../../ui/components/HostPortForm.js';
import useCheckRun from './use-check-run.js';
import useSpinner from './use-spinner.js';
import { sideBySide, useWide } from '../../ui/wide.js';

/** Rows the list keeps on the shortest screen, whatever the diagnosis needs. */
const minListRows = 3;

/**
 * `netlearn check` on a terminal: the host and port of the learner's server, then the checklist
 * filling in live; the selected check's diagnosis below, Enter for the bytes, r to run again after
 * an edit, l for the lesson that explains it.
 */
export default function CheckScreen({ payload, sources, words: checkWords }: ScreenProps<CheckTool>) {
  const { t, width, height, open } = useShell();
  const words = checkWords.screen;
  const { state, start } = useCheckRun(sources);
  // What the learner typed and found is kept while the lesson `l` opened is on top (Esc comes back).
  // Without a command's target, my server as the chat client or the last check reached it.
  const { progress, update } = useProgress();
  const opening = payload ?? progress.myServer ?? defaultCheckTarget;
  const fields = useHostPortFields(opening, payload?.autostart ? 'list' : 'host');
  const { host, port, focus, setFocus } = fields;
  const [chosen, setChosen] = useKeptState<number | undefined>('chosen', undefined);
  const [bytes, setBytes] = useKeptState('bytes', false);
  // The error itself, worded at each render: Tab must switch its language too.
  const [badInput, setBadInput] = useState<InputError | undefined>(undefined);
  const problem = badInput ? standalone(describeInputError(badInput, t)) : undefined;
  // How many runs this visit has started: a rerun that finds the same says so by its number.
  const [runs, setRuns] = useKeptState('runs', 0);
  const ids = payload?.ids ?? serverCheckIds;
  const spinner = useSpinner(state.phase === 'running');

  const begin = () => {
    try {
      const target = parseCheckTarget(host.trim(), port.trim() === '' ? undefined : port.trim());
      setBadInput(undefined);
      setChosen(undefined);
      setBytes(false);
      setFocus('list');
      setRuns((n) => n + 1);
      start({
        ...target,
        ids,
        timeoutMs: payload?.timeoutMs ?? timeoutLimits.default * 1000,
        strict: payload?.strict ?? false,
        profile: payload?.profile,
      });
    } catch (error) {
      if (!isInputError(error)) throw error;
      setBadInput(error);
    }
  };
  useEffect(() => {
    // On opening, or on coming back to a run that leaving stopped half-way: a rerun is the learner's `r`.
    if (runs === 0 ? payload?.autostart : state.phase === 'running') begin();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A server that answered is my server from now on: the chat client dials it too.
  const reached = state.phase === 'done' ? state.request : undefined;
  useEffect(() => {
    if (!reached) return;
    const { host: doneHost, port: donePort } = reached;
    update((saved) =>
      saved.myServer?.host === doneHost && saved.myServer.port === donePort
        ? saved
        : { ...saved, myServer: { host: doneHost, port: donePort } },
    );
  }, [reached, update]);

  // Until the learner moves, the selection follows the first failure, else the check running.
  const firstFail = ids.findIndex((id) => state.results.some((r) => r.id === id && r.status === 'fail'));
  const runningIndex = state.running ? ids.indexOf(state.running) : Math.max(0, state.results.length - 1);
  const selected = chosen ?? (firstFail >= 0 ? firstFail : runningIndex);
  const selectedResult = state.results.find((result) => result.id === ids[selected]);

  const move = (by: number) => setChosen(Math.max(0, Math.min(ids.length - 1, selected + by)));
  const where = state.request ? joinHostPort(state.request.host, state.request.port) : '';
  const judged = state.judgement ? judgementSentence(state.judgement, checkWords) : undefined;
  const unreachable =
    state.phase === 'unreachable'
      ? standalone(unreachableSentence(state.judgement!, where, checkWords))
      : state.phase === 'failed'
        ? standalone(checkWords.plain.unreachableOther({ where, code: state.error ?? '' }))
        : undefined;
  // Said once, under the target, when the run is over: what kind of server this is.
  const verdict =
    state.phase === 'done' && judged
      ? `${checkWords.judgement.verdict[state.judgement!.verdict]}. ${judged}`
      : undefined;
  const bindings: Binding[] =
    focus === 'list'
      ? [
          { keys: ['up', 'k'], label: words.keys.select, display: '↑↓', run: () => move(-1) },
          { keys: ['down', 'j'], label: words.keys.select, hidden: true, run: () => move(1) },
          // The bytes show under a check's diagnosis: none while no check has a result to show.
          ...(selectedResult && !unreachable
            ? [{ keys: ['enter'], label: words.keys.details, run: () => setBytes((shown) => !shown) }]
            : []),
          { keys: ['r'], label: words.keys.rerun, run: begin },
          ...(selectedResult
            ? [{ keys: ['l'], label: words.keys.lesson, run: () => open('lesson', { id: selectedResult.lesson }) }]
            : []),
          { keys: ['e'], label: words.keys.edit, run: () => setFocus('host') },
        ]
      : [
          { keys: ['enter'], label: words.keys.start, run: begin },
          {
            keys: ['up', 'down'],
            label: words.keys.field,
            display: '↑↓',
            run: fields.otherField,
          },
        ];
  useKeymap(bindings, { textEntry: focus !== 'list' });

  const summary = state.phase === 'done' ? checkSummary(state.results, state.judgement!.verdict) : undefined;
  const headRows =
    focus === 'list' ? 1 + (verdict ? wrappedRows(verdict, width) : 0) : 2 + wrappedRows(problem ?? words.intro, width);
  // Nothing answered: that sentence stands where the diagnosis would, and the list leaves it its rows.
  const detail = unreachable
    ? wrappedRows(unreachable, width)
    : selectedResult
      ? detailHeight(selectedResult, bytes, width, checkWords)
      : 1;
  // On a wide terminal the diagnosis stands beside the list, which then has every row below the head.
  const wideScreen = useWide(width);
  const wide = wideScreen && focus === 'list' && !unreachable;
  const [listWidth, detailWidth] = wide ? sideBySide(width, 0.58) : [width, width];
  const listRows = wide
    ? Math.max(minListRows, Math.min(ids.length, height - headRows))
    : Math.max(minListRows, Math.min(ids.length, height - headRows - 1 - detail));
  const list = (
    <CheckList
      ids={ids}
      results={state.results}
      running={state.running}
      selected={selected}
      spinner={spinner}
      rows={listRows}
      active={focus === 'list'}
      words={checkWords}
      width={listWidth}
    />
  );
  return (
    <Box flexDirection="column" width={width}>
      {focus === 'list' && verdict ? (
        <WrappedText width={width} color={state.judgement!.verdict === 'pass' ? theme.good : theme.bad}>
          {verdict}
        </WrappedText>
      ) : null}
      {focus === 'list' ? (
        <Text wrap="truncate-end">
          <Text bold>{words.target({ where })}</Text>
          {runs > 1 ? <Text color={theme.muted}>{`  ${words.runCount({ count: runs })}`}</Text> : null}
          {summary ? (
            <Text
              color={summary.exitCode === 0 ? theme.good : theme.bad}
            >{`  ${checkWords.plain.summary(summary)}`}</Text>
          ) : null}
        </Text>
      ) : (
        <HostPortForm
          {...fields.form}
          labels={words}
          note={{ text: problem ?? words.intro, problem: problem !== undefined }}
        />
      )}
      {wide ? (
        <Box columnGap={2}>
          {list}
          <Box width={detailWidth} flexShrink={0}>
            <CheckDetail result={selectedResult} bytes={bytes} words={checkWords} width={detailWidth} />
          </Box>
        </Box>
      ) : state.phase === 'idle' && focus !== 'list' ? null : (
        list
      )}
      {wide ? null : unreachable ? (
        <Paragraph color={theme.bad} width={width} keep>
          {unreachable}
        </Paragraph>
      ) : focus === 'list' ? (
        <Box marginTop={1} flexShrink={1}>
          <CheckDetail result={selectedResult} bytes={bytes} words={checkWords} />
        </Box>
      ) : null}
    </Box>
  );
}
