import { joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import type { CheckCause } from '../../core/check/causes.js';
import type { CheckId, CheckReason } from '../../core/check/checks.js';
import { defineWords } from '../tool.js';
import { byRuntime } from './by-runtime.js';

/** The default chat, as the hint and help name it. */
const { host: chatHost, port: chatPort } = defaultChat;
const chatAddress = joinHostPort(chatHost, chatPort);

type Details = Readonly<Record<string, string | number>>;
/** A judgement's figures, with the server's runtime when /proc named it. */
type Judged = Readonly<Record<string, string | number | boolean | undefined>>;

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
      profile: 'A YAML file (or netlearn, name-first, length-prefix) that says how your chat talks',
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
      'Checks: connect, broadcast, concurrent, split-line, two-lines, utf8, long-line, clean-leave, abrupt-leave, churn (basic), slow-reader, users (advanced). First one verdict and its cause, then each check. Exit 0 when the verdict is pass, 1 when it is fail (a basic check failed, or --strict and any did, or a fault of the whole server such as lost or late lines, or nothing is listening), 2 for bad input or a bad profile.',
  },
  /** Each check's name in the checklist. */
  names: {
    connect: '3 clients connect and stay',
    broadcast: 'a line reaches the others',
    concurrent: 'a silent client blocks nobody',
    'split-line': 'two lines sent in halves at once arrive whole',
    'two-lines': 'an empty line, then two lines in one send',
    utf8: 'ñandú € arrives byte for byte, cut or not',
    'long-line': 'a 64 KiB line arrives whole',
    'clean-leave': 'a client that closes leaves quietly',
    'abrupt-leave': 'a client that vanishes with a reset (RST) mid-send breaks nothing',
    churn: '30 clients come and go, no line lost',
    'slow-reader': 'a client that stops reading blocks nobody, loses nothing',
    users: '/users lists every address tuple',
    'client-connect': 'your client connects',
    'client-utf8': 'it sends "hola ñandú" as a UTF-8 line',
    'client-reads': 'it keeps reading while idle',
    'client-close': 'it closes cleanly (FIN, not RST)',
  } satisfies Record<CheckId, string>,
  status: { pass: 'pass', fail: 'FAIL', skip: 'skip', 'not-run': 'not run', running: '…' },
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
      `The server closed ${d.closed === 1 ? 'a connection' : `${d.closed} connections`} right after accepting. Keep each client's socket open until that client leaves: do not close conn at the end of the accept loop, hand it to a thread.`,
    'broadcast-none': () =>
      'No other client got the line, not even the sender. The server may not read lines yet, or send to nobody: after recv(), loop over every client in your list and send to each one except the sender.',
    'broadcast-sender-only': () =>
      'The line came back only to its sender: the server answers on conn, the socket of the one who wrote. Keep a list of every connected socket and send to each of the others.',
    'broadcast-partial': (d: Details) =>
      `Only ${d.reached} of the ${d.of} other clients got the line. The server sends to one client, not to all: loop over the whole list (and add each client to it when accept() returns).`,
    'broadcast-no-newline': () =>
      'The line reached the others without a "\\n" after it. A chat client reads up to the line end, so it waits for ever: send each message with its "\\n" (conn.sendall((text + "\\n").encode("utf-8"))).',
    'broadcast-late': (d: Details) =>
      `The line reached the others, but only after ${d.ms} ms (a working server takes a few). Something waits before each send: a sleep(), or one slow send under the lock that every client's thread must wait for.`,
    'broadcast-one-at-a-time': (d: Details) =>
      `No other client got the line, and ${d.waiting === 1 ? 'a connection was' : `${d.waiting} connections were`} still waiting for accept(): the server talks with one client at a time and accepts the next only when it leaves. Serve each client in its own thread (threading.Thread(target=handle, args=(conn, addr)).start()), or with selectors or asyncio, so accept() keeps running.`,
    'broadcast-protocol': () =>
      'The others got the line wrapped in JSON, not as the line itself. If your course asks for JSON, run the check with a profile that says so (--profile, see the README); otherwise send the text as it came, with "\\n".',
    'concurrent-blocked': () =>
      'While one client stayed silent, the others could not talk: the server is stuck in recv() on the silent one. Serve each client in its own thread (threading.Thread(target=handle, args=(conn, addr)).start()) so accept() keeps running.',
    'split-line-cut': () =>
      'A line written in two pieces arrived as two messages. TCP is a byte stream: one recv() is not one message. Keep a buffer per client, add what recv() returns, and only handle the text up to each \\n.',
    'split-line-none': () =>
      'A line written in two pieces never arrived. The server may wait for the whole line in one recv() and drop pieces: keep a buffer per client and split it at \\n.',
    'split-line-mixed': () =>
      'Two clients each sent half a line at the same moment, and their halves came out mixed into one line. Keep one buffer per client (a local variable in its thread, or a dict by socket), never one buffer for everybody.',
    'two-lines-merged': () =>
      'Two lines sent in one piece arrived as one message (the second without what the server puts before a line). One recv() may hold several lines: split the buffer at every \\n and handle each line.',
    'two-lines-none': () =>
      'Of two lines sent in one piece, at least one never arrived. One recv() may hold several lines: split the buffer at every \\n and handle each line.',
    'empty-line-stops': () =>
      'After an empty line the server closed that client. An empty line is just a line with nothing in it: skip it (if not line: continue); only recv() returning b"" means the client left.',
    'utf8-decode-error': () =>
      'After a line with ñ, that client was never heard again, while the others still were: decoding the line raised UnicodeDecodeError and ended its thread. Decode with "utf-8" (not "ascii"), and catch the error so one bad line cannot end a client.',
    'utf8-none': () =>
      'The line with ñandú € never arrived. The cut fell inside ñ (2 bytes), so decoding each recv() chunk raised UnicodeDecodeError and killed that client thread. Decode whole lines only: split the bytes buffer at b"\\n", then line.decode("utf-8").',
    'utf8-mojibake': () =>
      'ñ arrived as Ã±: the server read UTF-8 bytes as Latin-1. Decode with "utf-8" (data.decode("utf-8"), not "latin-1"), and encode with "utf-8" when sending.',
    'utf8-latin1': () =>
      'ñ arrived as the single byte \\xf1: the server encoded the text as Latin-1 (and € may have broken it). Use .encode("utf-8") when sending.',
    'utf8-changed': () =>
      'The line arrived with different bytes than were sent (maybe replaced characters). Forward the bytes of a whole line, or decode and encode it with "utf-8", without errors="replace".',
    'long-line-cut': () =>
      'A 64 KiB line arrived in pieces: the server took what one recv(1024) returned as a whole message. Keep reading into a buffer until it holds a \\n.',
    'long-line-truncated': (d: Details) =>
      `Only the first ${d.bytes} bytes of a 64 KiB line arrived: the server cuts long lines short. If that limit is on purpose, you may ignore this check; if not, keep reading into a buffer until it holds a \\n.`,
    'long-line-none': () =>
      'A 64 KiB line never arrived. The server may cut or drop long data: keep reading into a buffer until it holds a \\n.',
    'clean-leave-flood': (d: Details) =>
      `After one client closed, the others got ${d.lines} lines of nothing. recv() returns b"" when the other side has closed: check "if not data: break", then remove that client from the list and close its socket.`,
    'clean-leave-stuck': () =>
      'After one client closed, the others could not talk any more. recv() returns b"" when a client closes: leave that client\'s loop, remove it from the list and close its socket, and keep the others running.',
    'abrupt-leave-first': () =>
      'After one client left with a reset (RST: it closed with data it had not read), the others could not talk. send() and recv() raise ConnectionResetError or BrokenPipeError on a dead socket: wrap them in try/except OSError, and remove that client.',
    'abrupt-leave-second': () =>
      "After one client left with a reset (RST), one more line got through and then nothing: the sender's thread died on the dead client's socket. Put send() to each client in try/except OSError and remove the ones that fail.",
    'churn-missing': (d: Details) =>
      `While 30 clients came and went, ${d.missing} of ${d.of} lines never reached a steady listener. The client list changed while the server walked it ("changed size during iteration"): guard every use of the list with one threading.Lock, or walk a copy (list(clients)).`,
    'sender-closed': () =>
      "The server closed a client right after it sent a line, so its lines went nowhere. Most often a client that left is still in the server's list, and sending to it fails inside the sender's handler: remove each client from the list when it leaves, and catch a failed send per recipient, so it never ends the sender.",
    'churn-order': () =>
      'While clients came and went, lines arrived out of order. Send each line to everyone before handling the next, under one threading.Lock.',
    'slow-reader-blocked': (d: Details) =>
      `With one client that never reads, the room stopped: the listener got ${d.bytes} of ${d.of} bytes, and a new line did not arrive within 3 s. sendall() to a client whose buffer is full waits forever, and with it the sender's thread (and the lock). Give each client its own queue and sending thread, or drop a client that cannot keep up.`,
    'slow-reader-lost': (d: Details) =>
      `The client that stopped reading missed ${d.lost} of the ${d.of} lines while it stayed connected. A non-blocking send() may take only part of the bytes: keep what it did not take in that client's own buffer and send it when the socket is writable again (or use sendall() in a thread of its own).`,
    'users-missing': (d: Details) =>
      `/users named ${d.named} of the ${d.of} connected clients. List every socket in the list, with its address tuple, e.g. ('127.0.0.1', 54321).`,
    'users-none': () =>
      "The server did not answer /users with the clients' addresses, so this check was skipped. It is optional.",
    'not-run': (d: Details) =>
      d.halted
        ? `Not run: the fault above showed during ${d.needs}, and every check after it would only repeat it.`
        : `Not run: it needs ${d.needs}, which did not pass.`,
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
      'Your client ended with a reset (RST), not a clean close. That happens when a socket closes with data still unread, whether the program closed it or ended (a program killed with nothing unread closes with a clean FIN). Read until you leave, then s.close() (or s.shutdown(socket.SHUT_WR) first).',
    'client-close-none': () =>
      'Your client did not close within the time given. Make /quit or Ctrl+D end it with s.close().',
  } satisfies Record<CheckReason, (d: Details) => string>,
  plain: {
    checking: (p: { where: string; count: number }) =>
      `Checking the chat server at ${p.where}: ${p.count} ${p.count === 1 ? 'check' : 'checks'}`,
    line: (p: { status: string; id: string; name: string; ms: number }) =>
      `${p.status}  ${p.id}  ${p.name}  (${p.ms} ms)`,
    sent: 'sent',
    received: 'received',
    lesson: (p: { id: string }) => `lesson: netlearn lesson ${p.id}`,
    summary: (p: { passed: number; failed: number; skipped: number; notRun?: number }) =>
      `${p.passed} passed, ${p.failed} failed, ${p.skipped} skipped` + (p.notRun ? `, ${p.notRun} not run` : ''),
    allGood: 'Every basic check passed.',
    unreachable: (p: { where: string }) =>
      `nothing is listening on ${p.where}: is your server running? Python would say ConnectionRefusedError.`,
    unreachableOther: (p: { where: string; code: string }) =>
      `cannot reach ${p.where} (${p.code}): check the host and port, and that your server is running.`,
  },
  /** The one judgement of a run, said before the list of checks. */
  judgement: {
    verdict: { pass: 'Verdict: pass', fail: 'Verdict: fail' },
    process: (p: { pid: number; command: string }) => `Your server is \`${p.command}\`, pid ${p.pid}.`,
    name: (p: { name: string }) =>
      `It asks each client for a name first; netlearn answered with names such as "${p.name}".`,
    /** A failed check whose failure is the fault the judgement names. */
    explained: 'The fault above again, not a bug of its own.',
    causes: {
      ok: () => 'Every check that counts passed: this server does what a chat server should.',
      'asks-name': () => 'Every check that counts passed, with a name given first as the server asked.',
      unreachable: (d: Judged) =>
        d.otherFamily
          ? `Nothing listens on the address you gave, but something does on ${d.otherFamily}: your server is bound to the other address family. Check ${d.otherFamily} (netlearn check ${d.otherFamily} --port …), or bind "::" with IPV6_V6ONLY off (or "0.0.0.0") to answer on both.`
          : `Nothing accepted a connection (${d.code}). Is your server running, on this host and port? Start it first, then check again.`,
      'closes-clients': (d: Judged) =>
        `Once ${d.opened} clients had connected in this run, the server closed new ones right away${d.sample ? ` (it said: ${d.sample})` : ''}. Every later failure is this. Count only the clients connected now: remove each one from your list (and the count) when it leaves.`,
      'server-died': (d: Judged) =>
        `Your server stopped answering during "${d.during}": it crashed or exited. ${byRuntime(d.runtime, 'In Python, an exception nobody catches (ConnectionResetError, BrokenPipeError) ends the thread, or with selectors the whole program: wrap recv() and send() in try/except OSError.', "In Node, a socket's 'error' event with no handler crashes the process: add socket.on('error', ...) to every client.", 'Catch errors of recv() and send() on one client, and ignore SIGPIPE (signal(SIGPIPE, SIG_IGN) or MSG_NOSIGNAL).')} Every later check was not run.`,
      'port-shared': (d: Judged) =>
        `${d.listeners} programs listen on this port at once (SO_REUSEPORT), and each gets only some of the clients, so a line reaches only some others. Stop the other copy (netlearn sockets --port shows them), and run one server.`,
      protocol: (d: Judged) =>
        d.json
          ? `Your server answers in JSON (${d.sample}), not in plain lines. If that is your course's protocol, say so with --profile; otherwise send each message as its text and "\\n".`
          : `Your server answers${d.sample ? ` (${d.sample})` : ''}, but nothing it sends holds what another client wrote. It may expect another protocol (a length before each message, a command): give netlearn a --profile that describes it.`,
      encoding: (d: Judged) =>
        d.encoding === 'latin-1'
          ? 'Your server sends text as Latin-1, not UTF-8: ñ arrives as one byte another program cannot read. Encode with "utf-8".'
          : `Your server sends text as ${String(d.encoding).toUpperCase()}${d.bom ? ' with a byte order mark' : ''}, not UTF-8: every character takes two bytes and no UTF-8 client can read it. ${byRuntime(d.runtime, 'Use .encode("utf-8"), not "utf-16".', "Use Buffer.from(text, 'utf8') (or socket.write(text, 'utf8')), not 'utf16le'.", 'Send the UTF-8 bytes of the text.')} Every later failure is this.`,
      'decode-error': () =>
        'A line with ñ ended that client on the server: decoding raised UnicodeDecodeError and its thread died, while the others went on. Decode with "utf-8", and catch UnicodeDecodeError around the decode so one line cannot end a client.',
      'no-newline': () =>
        'Your server sends messages without a "\\n" at the end, so no client can tell where one ends and waits for ever. Add "\\n" to each message you send. Every later failure is this.',
      lost: (d: Judged) =>
        `A client that stopped reading for a while got ${d.received} of ${d.sent} lines once it read again, while it stayed connected: ${d.lost} were dropped. A non-blocking send() may take only part of the bytes: keep the rest for that client and send it when it can take more.`,
      late: (d: Judged) =>
        `Lines reach the others, but late: ${d.medianMs} ms in the middle of ${d.count} (a working server on this machine takes a few). Something waits before each send: a sleep(), or a slow send under a lock every client shares.`,
      leak: (d: Judged) =>
        d.kind === 'close-wait'
          ? `After the clients left, ${d.after} sockets stayed in CLOSE_WAIT (there were ${d.before}): your server never closes the socket of a client that left. When recv() returns b"" (or 'end' fires), close it.`
          : d.kind === 'threads'
            ? `Your server had ${d.before} threads before and ${d.after} after every client left: each client's thread never ends. Leave the loop when recv() returns b"" and let the thread return.`
            : `Your server had ${d.before} open files before and ${d.after} after every client left: it keeps each client's socket. Close it when the client leaves.`,
      broadcast: (d: Judged) =>
        `A line does not reach the other clients (check "${d.check}"); its paragraph below says why.`,
      concurrency: (d: Judged) =>
        `One client can hold up the others (check "${d.check}"); its paragraph below says how.`,
      framing: (d: Judged) =>
        `Lines do not arrive as they were sent (check "${d.check}"); its paragraph below says how.`,
      leave: (d: Judged) =>
        `A client leaving breaks the chat for the others (check "${d.check}"); its paragraph below says how.`,
      users: (d: Judged) => `/users does not list every client (check "${d.check}").`,
      stuck: (d: Judged) =>
        `The server stopped responding during "${d.check}" without closing: something waits for ever.`,
    } satisfies Record<CheckCause, (d: Judged) => string>,
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
