/** What each command does, for `--help`; option keys match the registry's. */
const commands = {
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
};

export default commands;
