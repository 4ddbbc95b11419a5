import { defineWords } from '../tool.js';

/** The address families lab's words: its command, its screen, its help. */
const words = defineWords({
  title: 'Address families',
  hint: 'AF_INET, AF_INET6 and AF_UNIX side by side',
  help: {
    summary: 'One listener per address family (IPv4, IPv6, Unix) and the peer address each reports',
    options: {},
    examples: ['netlearn families'],
  },
  intro: 'One listener per address family, one client each, and the address each side reports.',
  names: { inet: 'IPv4 on 127.0.0.1', inet6: 'IPv6 on ::1', unix: 'a Unix socket (a file path)' },
  listening: 'listening on',
  peer: 'client seen as',
  unnamed: '(no name: the client never called bind())',
  pythonAccept: 'Python accept() ->',
  pythonServer: 'Python getsockname() ->',
  skipped: (p: { code: string }) =>
    p.code === 'WIN32_NAMED_PIPE'
      ? 'Skipped: on Windows Node turns a path into a named pipe, not an AF_UNIX socket'
      : `Skipped: this machine refused the address (${p.code}); IPv6 is probably turned off`,
  failed: (p: { code: string }) => `Failed: ${p.code}`,
  tempRemoved: 'The temporary folder for the Unix socket was removed; every socket is closed.',
  lesson:
    'The family decides what an address looks like: a pair for AF_INET, four values for AF_INET6 (flow info and scope id), ' +
    'a path for AF_UNIX, which never touches the network.',
  screen: { running: 'Opening listeners…', runAgain: 'run again' },
});

export type FamiliesWords = typeof words;
export default words;
