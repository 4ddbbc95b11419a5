/**
 * Where `netlearn serve` listens and `netlearn connect` goes when told nothing, where `netlearn
 * check` looks for the learner's server (the port the lessons' Python examples use), and the port
 * the sockets screen always watches. Messages that name it are handed it, formatted where shown.
 */
export const defaultChat = { host: '127.0.0.1', port: 5050 } as const;
