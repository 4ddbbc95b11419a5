import { Box, Text } from 'ink';
import { excerpt } from '../../core/check/bytes.js';
import type { CheckResult } from '../../core/check/result.js';
import { wrappedRows } from '../../core/wrap.js';
import type { Dictionary } from '../../i18n/index.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import { diagnosisOf } from './check-words.js';

/** The rows CheckDetail takes at this width, so the list above can leave them room. */
export function detailHeight(result: CheckResult, bytes: boolean, width: number, t: Dictionary): number {
  const rows = wrappedRows(`${result.id}: ${diagnosisOf(result, t)}`, width) + 1;
  if (!bytes) return rows;
  const shown = (binary: string) => (binary === '' ? t.check.screen.nothingSent : excerpt(binary, width * 2));
  return (
    rows +
    wrappedRows(`${t.check.plain.sent}: ${shown(result.sent)}`, width) +
    wrappedRows(`${t.check.plain.received}: ${shown(result.received)}`, width)
  );
}

/** The selected check's diagnosis, the lesson that explains it and, on Enter, the bytes. */
export default function CheckDetail({ result, bytes }: { result?: CheckResult; bytes: boolean }) {
  const { t, width } = useShell();
  const words = t.check.screen;
  if (!result) return <Text color={theme.muted}>{words.noDiagnosis}</Text>;
  const color = { pass: theme.good, fail: theme.bad, skip: theme.warn }[result.status];
  const shown = (binary: string) => (binary === '' ? words.nothingSent : excerpt(binary, width * 2));
  return (
    <Box flexDirection="column" width={width}>
      <WrappedText width={width} color={color}>
        {`${result.id}: ${diagnosisOf(result, t)}`}
      </WrappedText>
      {bytes ? (
        <>
          <WrappedText width={width}>
            {[{ text: `${t.check.plain.sent}: `, style: { color: theme.muted } }, { text: shown(result.sent) }]}
          </WrappedText>
          <WrappedText width={width}>
            {[{ text: `${t.check.plain.received}: `, style: { color: theme.muted } }, { text: shown(result.received) }]}
          </WrappedText>
        </>
      ) : null}
      <Text color={theme.muted} wrap="truncate-end">
        {words.lessonKey({ id: result.lesson })}
        {bytes ? '' : ` · ${words.detailKey}`}
      </Text>
    </Box>
  );
}
