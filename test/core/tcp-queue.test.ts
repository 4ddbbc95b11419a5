import { describe, expect, it } from 'vitest';
import { unreadBytes } from '../../src/core/check/tcp-queue.js';

/** Rows of /proc/net/tcp as Linux writes them, for the client 127.0.0.1:51000 of 127.0.0.1:6000. */
const header = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode';
const open =
  '   0: 0100007F:C738 0100007F:1770 01 00000000:0001F400 00:00000000 00000000  1000        0 178874 1 0 20 4 30 10 -1';
const timeWait = '   1: 0100007F:C738 0100007F:1770 06 00000000:00000000 03:00000057 00000000     0        0 0 3 0';

describe('unreadBytes, from /proc/net/tcp', () => {
  it("reads the client's receive queue from its row", () => {
    expect(unreadBytes([header, open].join('\n'), 51000, 6000)).toBe(128_000);
  });

  it('says nothing once the socket is gone: no row, or a row no program holds (inode 0)', () => {
    expect(unreadBytes(header, 51000, 6000)).toBeUndefined();
    expect(unreadBytes([header, timeWait].join('\n'), 51000, 6000)).toBeUndefined();
  });
});
