import { Box } from 'ink';
import { excerpt } from '../../core/check/bytes.js';
import type { CheckResult } from '../../core/check/result.js';
import { wrappedRows } from '../../core/wrap.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import { diagnosisOf } from './diagnosis.js';
import type { CheckWords } from './words.en.js';

/** What l and Enter do here; wrapped, since beside the list on a wide terminal it has few columns. */
function keysLine(result: CheckResult, bytes: boolean, words: CheckWords): string {
  return `${words.screen.lessonKey({ id: result.lesson })}${bytes ? '' : ` · ${words.screen.detailKey}`}`;
}

/** The rows CheckDetail takes at this width, so the list above can leave them room. */
export function detailHeight(result: CheckResult, bytes: boolean, width: number, words: CheckWords): number {
  const rows =
    wrappedRows(`${result.id}: ${diagnosisOf(result, words)}`, width) +
    wrappedRows(keysLine(result, bytes, words), width);
  if (!bytes) return rows;
  const shown = (binary: string) => (binary === '' ? words.screen.nothingSent : excerpt(binary, width * 2));
  return (
    rows +
    wrappedRows(`${words.plain.sent}: ${shown(result.sent)}`, width) +
    wrappedRows(`${words.plain.received}: ${shown(result.received)}`, width)
  );
}

/** The selected check's diagnosis, the lesson that explains it and, on Enter, the bytes. */
export default function CheckDetail({
  result,
  bytes,
  words,
  width: given,
}: {
  result?: CheckResult;
  bytes: boolean;
  words: CheckWords;
  /** Columns it may take: all the screen's, or its share beside the list on a wide terminal. */
  width?: number;
}) {
  const { width: screenWidth } = useShell();
  const width = given ?? screenWidth;
  if (!result)
    return (
      <WrappedText color={theme.muted} width={width}>
        {words.screen.noDiagnosis}
      </WrappedText>
    );
  const color = { pass: theme.good, fail: theme.bad, skip: theme.warn, 'not-run': theme.muted }[result.status];
  const shown = (binary: string) => (binary === '' ? words.screen.nothingSent : excerpt(binary, width * 2));
  return (
    <Box flexDirection="column" width={width}>
      <WrappedText width={width} color={color}>
        {`${result.id}: ${diagnosisOf(result, words)}`}
      </WrappedText>
      {bytes ? (
        <>
          <WrappedText width={width}>
            {[{ text: `${words.plain.sent}: `, style: { color: theme.muted } }, { text: shown(result.sent) }]}
          </WrappedText>
          <WrappedText width={width}>
            {[{ text: `${words.plain.received}: `, style: { color: theme.muted } }, { text: shown(result.received) }]}
          </WrappedText>
        </>
      ) : null}
      <WrappedText color={theme.muted} width={width}>
        {keysLine(result, bytes, words)}
      </WrappedText>
    </Box>
  );
}
