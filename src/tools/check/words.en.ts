import { joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import type { CheckId, CheckReason } from '../../core/check/checks.js';
import { defineWords } from '../tool.js';

/** The default chat, as the hint and help name it. */
const { host: chatHost, port: chatPort } = defaultChat;
const chatAddress = joinHostPort(chatHost, chatPort);

type Details = Readonly<Record<string, string | number>>;

/** `netlearn check`: the checks of a learner's chat server or client, and what to fix. */
const words = defineWords({
  title: 'Check my chat',
  hint: 'Point netlearn at your own chat server: real clients try the classic bugs',
  help: {
    summary: 'Test your own chat server (any language) with real clients, and say what to fix',
    options: {
      port: `The server's port (default ${chatPort}); host:port works too`,
      only: 'Run only these checks, e.g. --only broadcast,utf8',
      strict: 'Advanced checks (slow-reader, users) count towards the exit code too',
      timeout: 'Seconds each wait may take before a check fails (default 3)',
      client: 'Check your client instead: netlearn listens and your client connects',
    },
    examples: [
      `netlearn check ${chatAddress}`,
      'netlearn check --port 5000 --only broadcast,utf8',
      'netlearn check --json | jq .',
      'netlearn check --client --port 6000',
    ],
    details:
      'Checks: connect, broadcast, concurrent, split-line, two-lines, utf8, long-line, clean-leave, abrupt-leave, churn (basic), slow-reader, users (advanced). Exit 0 when no basic check failed, 1 when one did or nothing is listening, 2 for bad input.',
  },
  /** Each check's name in the checklist. */
  names: {
    connect: '3 clients connect and stay',
    broadcast: 'a line reaches the others',
    concurrent: 'a silent client blocks nobody',
    'split-line': 'a line sent in two pieces arrives whole',
    'two-lines': 'two lines in one send stay two',
    utf8: 'ñandú € arrives byte for byte',
    'long-line': 'an 8 KiB line arrives whole',
    'clean-leave': 'a client that closes leaves quietly',
    'abrupt-leave': 'a crashed client (RST) breaks nothing',
    churn: '30 clients come and go, no line lost',
    'slow-reader': 'a client that never reads blocks nobody',
    users: '/users lists every address tuple',
    'client-connect': 'your client connects',
    'client-utf8': 'it sends "hola ñandú" as a UTF-8 line',
    'client-reads': 'it keeps reading while idle',
    'client-close': 'it closes cleanly (FIN, not RST)',
  } satisfies Record<CheckId, string>,
  status: { pass: 'pass', fail: 'FAIL', skip: 'skip', running: '…' },
  level: { basic: 'basic', advanced: 'advanced' },
  /** One paragraph per reason: the likely cause and the fix, in Python terms. */
  diagnoses: {
    pass: () => 'Nothing to fix here: this part works.',
    timeout: (d: Details) =>
      `The check did not finish within ${d.ms} ms, so it was stopped. Something in the server waited forever: a recv() or a lock that never returned.`,
    'connect-error': (d: Details) =>
      `A connection failed (${d.code}) although the first one worked. The server may stop accepting after a few clients: check the loop around accept() keeps running, and the number in listen().`,
    'connect-timeout': () =>
      'A connection did not complete in time. The server may be stuck and no longer calling accept(), and its backlog (the number in listen()) is full.',
    'connect-closed': (d: Details) =>
      `The server closed ${d.closed} connection(s) right after accepting. Keep each client's socket open until that client leaves: do not close conn at the end of the accept loop, hand it to a thread.`,
    'broadcast-none': () =>
      'No other client got the line, not even the sender. The server may not read lines yet, or send to nobody: after recv(), loop over every client in your list and send to each one except the sender.',
    'broadcast-sender-only': () =>
      'The line came back only to its sender: the server answers on conn, the socket of the one who wrote. Keep a list of every connected socket and send to each of the others.',
    'broadcast-partial': (d: Details) =>
      `Only ${d.reached} of the ${d.of} other clients got the line. The server sends to one client, not to all: loop over the whole list (and add each client to it when accept() returns).`,
    'concurrent-blocked': () =>
      'While one client stayed silent, the others could not talk: the server is stuck in recv() on the silent one. Serve each client in its own thread (threading.Thread(target=handle, args=(conn, addr)).start()) so accept() keeps running.',
    'split-line-cut': () =>
      'A line written in two pieces arrived as two messages. TCP is a byte stream: one recv() is not one message. Keep a buffer per client, add what recv() returns, and only handle the text up to each \\n.',
    'split-line-none': () =>
      'A line written in two pieces never arrived. The server may wait for the whole line in one recv() and drop pieces: keep a buffer per client and split it at \\n.',
    'two-lines-merged': () =>
      'Two lines sent in one piece arrived as one message (the second without what the server puts before a line). One recv() may hold several lines: split the buffer at every \\n and handle each line.',
    'two-lines-none': () =>
      'Of two lines sent in one piece, at least one never arrived. One recv() may hold several lines: split the buffer at every \\n and handle each line.',
    'utf8-none': () =>
      'The line with ñandú € never arrived. The cut fell inside ñ (2 bytes), so decoding each recv() chunk raised UnicodeDecodeError and killed that client thread. Decode whole lines only: split the bytes buffer at b"\\n", then line.decode("utf-8").',
    'utf8-mojibake': () =>
      'ñ arrived as Ã±: the server read UTF-8 bytes as Latin-1. Decode with "utf-8" (data.decode("utf-8"), not "latin-1"), and encode with "utf-8" when sending.',
    'utf8-latin1': () =>
      'ñ arrived as the single byte \\xf1: the server encoded the text as Latin-1 (and € may have broken it). Use .encode("utf-8") when sending.',
    'utf8-changed': () =>
      'The line arrived with different bytes than were sent (maybe replaced characters). Forward the bytes of a whole line, or decode and encode it with "utf-8", without errors="replace".',
    'long-line-cut': () =>
      'An 8 KiB line arrived in pieces: the server took what one recv(1024) returned as a whole message. Keep reading into a buffer until it holds a \\n.',
    'long-line-truncated': (d: Details) =>
      `Only the first ${d.bytes} bytes of an 8 KiB line arrived: the server cuts long lines short. If that limit is on purpose, you may ignore this check; if not, keep reading into a buffer until it holds a \\n.`,
    'long-line-none': () =>
      'An 8 KiB line never arrived. The server may cut or drop long data: keep reading into a buffer until it holds a \\n.',
    'clean-leave-flood': (d: Details) =>
      `After one client closed, the others got ${d.lines} lines of nothing. recv() returns b"" when the other side has closed: check "if not data: break", then remove that client from the list and close its socket.`,
    'clean-leave-stuck': () =>
      'After one client closed, the others could not talk any more. recv() returns b"" when a client closes: leave that client\'s loop, remove it from the list and close its socket, and keep the others running.',
    'abrupt-leave-first': () =>
      'After one client crashed (a reset, RST), the others could not talk. send() and recv() raise ConnectionResetError or BrokenPipeError on a dead socket: wrap them in try/except OSError, and remove that client.',
    'abrupt-leave-second': () =>
      "After one client crashed (RST), one more line got through and then nothing: the sender's thread died on the dead client's socket. Put send() to each client in try/except OSError and remove the ones that fail.",
    'churn-missing': (d: Details) =>
      `While 30 clients came and went, ${d.missing} of ${d.of} lines never reached a steady listener. The client list changed while the server walked it ("changed size during iteration"): guard every use of the list with one threading.Lock, or walk a copy (list(clients)).`,
    'churn-order': () =>
      'While clients came and went, lines arrived out of order. Send each line to everyone before handling the next, under one threading.Lock.',
    'slow-reader-blocked': (d: Details) =>
      `With one client that never reads, the room stopped: the listener got ${d.bytes} of ${d.of} bytes, and a new line did not arrive within 3 s. sendall() to a client whose buffer is full waits forever, and with it the sender's thread (and the lock). Give each client its own queue and sending thread, or drop a client that cannot keep up.`,
    'users-missing': (d: Details) =>
      `/users named ${d.named} of the ${d.of} connected clients. List every socket in the list, with its address tuple, e.g. ('127.0.0.1', 54321).`,
    'users-none': () =>
      "The server did not answer /users with the clients' addresses, so this check was skipped. It is optional.",
    'client-none': () =>
      'No client connected in time. Run your client with the host and port printed above: s.connect((HOST, PORT)).',
    'client-utf8-none': () =>
      'No line arrived from your client. Send what is typed followed by "\\n": s.sendall((text + "\\n").encode("utf-8")).',
    'client-utf8-no-newline': () =>
      'The text arrived without "\\n" at the end, so the server cannot tell where the line ends. input() drops the newline: add it back, s.sendall((text + "\\n").encode("utf-8")).',
    'client-utf8-latin1': () =>
      'ñ arrived as the single byte \\xf1: your client encodes as Latin-1. Use .encode("utf-8").',
    'client-utf8-changed': () =>
      'The bytes that arrived are not "hola ñandú" in UTF-8. Send exactly what was typed, encoded with .encode("utf-8"), and "\\n" at the end.',
    'client-reads-stuck': (d: Details) =>
      `Your client is not reading: of ${d.of} bytes netlearn sent, ${d.bytes} still sit unread in its receive buffer. Read in a thread of its own (threading.Thread(target=receive)) with a loop around s.recv(), so input() and recv() never wait for each other.`,
    'client-reads-gone': (d: Details) =>
      `Your client closed or crashed before reading: its socket was gone while netlearn sent it ${d.of} bytes. A chat client stays connected and keeps reading until you leave: a thread of its own with a loop around s.recv(), and s.close() only on /quit or Ctrl+D.`,
    'client-close-reset': () =>
      'Your client ended with a reset (RST), not a clean close. That happens when a socket closes with data still unread, or the program crashes. Read until you leave, then s.close() (or s.shutdown(socket.SHUT_WR) first).',
    'client-close-none': () =>
      'Your client did not close within the time given. Make /quit or Ctrl+D end it with s.close().',
  } satisfies Record<CheckReason, (d: Details) => string>,
  plain: {
    checking: (p: { where: string; count: number }) => `Checking the chat server at ${p.where}: ${p.count} checks`,
    line: (p: { status: string; id: string; name: string; ms: number }) =>
      `${p.status}  ${p.id}  ${p.name}  (${p.ms} ms)`,
    sent: 'sent',
    received: 'received',
    lesson: (p: { id: string }) => `lesson: netlearn lesson ${p.id}`,
    summary: (p: { passed: number; failed: number; skipped: number }) =>
      `${p.passed} passed, ${p.failed} failed, ${p.skipped} skipped`,
    allGood: 'Every basic check passed.',
    unreachable: (p: { where: string }) =>
      `nothing is listening on ${p.where}: is your server running? Python would say ConnectionRefusedError.`,
    unreachableOther: (p: { where: string; code: string }) =>
      `cannot reach ${p.where} (${p.code}): check the host and port, and that your server is running.`,
  },
  client: {
    listening: (p: { where: string }) => `netlearn is listening on ${p.where} and waits for your client.`,
    pythonLine: (p: { host: string; port: number }) => `In your client: s.connect(("${p.host}", ${p.port}))`,
    typeLine: 'Now type  hola ñandú  in your client and press Enter.',
    closeNow: 'Now close your client (/quit, Ctrl+D or Ctrl+C).',
  },
  screen: {
    host: 'Host',
    port: 'Port',
    intro: 'Start your chat server, then press Enter: netlearn connects real clients to it and runs each check.',
    target: (p: { where: string }) => `Checking ${p.where}`,
    // After the target once r has run the checks again, so a rerun that finds the same is still seen.
    runCount: (p: { count: number }) => `Run ${p.count}`,
    waiting: 'waiting',
    running: 'running…',
    noDiagnosis: 'Select a check to see what it found.',
    lessonKey: (p: { id: string }) => `l opens the lesson "${p.id}"`,
    detailKey: 'Enter shows what was sent and what arrived',
    nothingSent: '(nothing)',
    keys: {
      start: 'check',
      field: 'field',
      select: 'select',
      details: 'sent/received',
      rerun: 'run again',
      lesson: 'lesson',
      edit: 'host/port',
    },
  },
});

export type CheckWords = typeof words;
export default words;
