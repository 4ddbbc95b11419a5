import { joinHostPort } from '../../core/address-tuple.js';
import type { Endpoint, FamilyResult } from '../../core/families.js';
import { escapeControls } from '../../core/utf8.js';
import type { FamiliesWords } from './words.en.js';

/** `127.0.0.1:41234`, `[::1]:41234`, or the path. */
function endpointText(end: Endpoint): string {
  return end.port === undefined ? escapeControls(end.address) : joinHostPort(end.address, end.port);
}

/** The lines for one family, shared by the command and the screen. */
export function familyLines(
  result: FamilyResult,
  text: FamiliesWords,
): { label: string; value: string; python?: boolean }[] {
  if (result.status === 'skipped') return [{ label: '', value: text.skipped({ code: result.code ?? '?' }) }];
  if (result.status === 'failed') return [{ label: '', value: text.failed({ code: result.code ?? '?' }) }];
  const peer = result.peer!;
  return [
    { label: text.listening, value: endpointText(result.listening!) },
    { label: text.peer, value: peer.address === '' ? text.unnamed : endpointText(peer) },
    { label: text.pythonAccept, value: result.pythonAccept ?? '', python: true },
    { label: text.pythonServer, value: escapeControls(result.pythonServer ?? ''), python: true },
  ];
}
