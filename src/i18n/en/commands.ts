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
  ip: {
    summary: 'An IPv4 or IPv6 address in every form: binary, hex, integer, reverse name, its kind',
    options: {},
    examples: [
      'netlearn ip 192.168.1.10',
      'netlearn ip 11000000.10101000.00000001.00001010',
      'netlearn ip 10.0.0.1 --json',
      'netlearn ip 2001:DB8:0:0:0:0:0:1',
      'printf "::1\\n3232235786\\n" | netlearn ip - --json',
    ],
  },
  subnet: {
    summary: 'Split an address into network and host parts; list subnets',
    options: {
      split: 'List subnets: /P for every /P subnet, N for the smallest equal split into N',
      hosts: 'Allocate subnets for these host counts, largest first (e.g. 100,50,20)',
      contains: 'Is this address or network inside? yes or no, with the bits that decide it',
    },
    examples: [
      'netlearn subnet 192.168.1.10/24',
      'netlearn subnet 192.168.1.10 255.255.255.0',
      'netlearn subnet 10.0.0.0/8 --split /16 | head',
      'netlearn subnet 192.168.0.0/24 --hosts 100,50,20',
      'netlearn subnet 2001:db8::/32 --split /48 | head',
      'netlearn subnet 10.0.0.0/8 --contains 10.20.30.40',
    ],
  },
  utf8: {
    summary: 'The UTF-8 bytes of each character, and what wrong decoding shows',
    options: { hex: 'Decode these hex bytes instead, e.g. "c3 b1"' },
    examples: ['netlearn utf8 "ñandú"', 'echo hola | netlearn utf8', 'netlearn utf8 --hex "c3 a9"'],
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
