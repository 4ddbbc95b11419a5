/** What each command does, for `--help`; option keys match the registry's. */
const commands = {
  lessons: {
    summary: 'List the lessons with their done marks',
    options: {},
    examples: ['netlearn lessons', 'netlearn lessons --json'],
  },
  lesson: {
    summary: 'Print one lesson as plain text',
    options: {},
    examples: ['netlearn lesson ipv4', 'netlearn lesson socket --lang es'],
  },
  host: {
    summary: 'This machine: hostname, what localhost means, interfaces and masks',
    options: {},
    examples: ['netlearn host', 'netlearn host --json'],
  },
  threads: {
    summary: 'Worker threads racing on a shared counter, without and with a lock',
    options: { workers: 'How many threads (default 4)', increments: 'How many additions per thread (default 100000)' },
    examples: ['netlearn threads', 'netlearn threads --workers 8 --increments 50000'],
  },
  families: {
    summary: 'One listener per address family (IPv4, IPv6, Unix) and the peer address each reports',
    options: {},
    examples: ['netlearn families'],
  },
  demo: {
    summary: "The live demo: a server, clients, and each connection's address tuple",
    options: {
      clients: 'How many clients the scripted scene connects (piped runs)',
      family: 'inet (default), inet6 or unix',
      port: 'Listen on this port instead of a free one',
    },
    examples: ['netlearn demo', 'netlearn demo --clients 3 --json'],
  },
  serve: {
    summary: 'A line chat server for other terminals, nc and your own code',
    options: {
      host: 'Address to listen on (default 127.0.0.1; 0.0.0.0 for a classroom LAN)',
      port: 'Port to listen on (default 5050)',
      'max-clients': 'Refuse newcomers past this many (default 1000)',
      'max-per-address': 'Connections one address may hold (default 4)',
      'idle-timeout': 'Seconds a started line may stay unfinished (default 30)',
    },
    examples: ['netlearn serve', 'netlearn serve --host 0.0.0.0 --port 5050'],
  },
  connect: {
    summary: 'A chat client for netlearn serve, nc -l or your own server',
    options: { port: 'Port to connect to (default 5050)' },
    examples: ['netlearn connect', 'netlearn connect 127.0.0.1 --port 5050'],
  },
  quiz: {
    summary: 'Practice with generated questions; answers from stdin when piped',
    details: 'Topics: binary, decimal, mask, subnet, port, utf8, tuple, lessons. Without a topic: a mix.',
    options: { count: 'How many questions', seed: 'Same seed, same questions (for classrooms)' },
    examples: ['netlearn quiz binary', 'netlearn quiz port --count 5 --seed 42'],
  },
};

export default commands;
