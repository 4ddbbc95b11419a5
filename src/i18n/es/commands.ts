import type en from '../en/commands.js';

const commands: typeof en = {
  lessons: {
    summary: 'Lista las lecciones y cuáles terminaste',
    options: {},
    examples: ['netlearn lessons', 'netlearn lessons --json'],
  },
  lesson: {
    summary: 'Muestra una lección como texto',
    options: {},
    examples: ['netlearn lesson ipv4', 'netlearn lesson socket --lang en'],
  },
  host: {
    summary: 'Esta máquina: nombre, qué es localhost, interfaces y máscaras',
    options: {},
    examples: ['netlearn host', 'netlearn host --json'],
  },
  threads: {
    summary: 'Hilos compitiendo por un contador compartido, sin y con lock',
    options: {
      workers: 'Cuántos hilos (por defecto 4)',
      increments: 'Cuántas sumas hace cada hilo (por defecto 100000)',
    },
    examples: ['netlearn threads', 'netlearn threads --workers 8 --increments 50000'],
  },
  families: {
    summary: 'Un servidor por familia de direcciones (IPv4, IPv6, Unix) y la dirección que ve de su par',
    options: {},
    examples: ['netlearn families'],
  },
  demo: {
    summary: 'La demo en vivo: un servidor, clientes y la tupla de dirección de cada conexión',
    options: {
      clients: 'Cuántos clientes conecta la escena guionada (sin terminal)',
      family: 'inet (por defecto), inet6 o unix',
      port: 'Escuchar en este puerto en vez de uno libre',
    },
    examples: ['netlearn demo', 'netlearn demo --clients 3 --json'],
  },
  serve: {
    summary: 'Un servidor de chat por líneas para otras terminales, nc y tu propio código',
    options: {
      host: 'Dirección donde escuchar (por defecto 127.0.0.1; 0.0.0.0 para la red del aula)',
      port: 'Puerto donde escuchar (por defecto 5050)',
      'max-clients': 'Rechaza a los que lleguen después de esta cantidad (por defecto 1000)',
      'max-per-address': 'Conexiones que puede tener una misma dirección (por defecto 4)',
      'idle-timeout': 'Segundos que una línea empezada puede quedar sin terminar (por defecto 30)',
    },
    examples: ['netlearn serve', 'netlearn serve --host 0.0.0.0 --port 5050'],
  },
  connect: {
    summary: 'Un cliente de chat para netlearn serve, nc -l o tu propio servidor',
    options: { port: 'Puerto al que conectarse (por defecto 5050)' },
    examples: ['netlearn connect', 'netlearn connect 127.0.0.1 --port 5050'],
  },
  quiz: {
    summary: 'Práctica con preguntas generadas; lee las respuestas de stdin si no hay terminal',
    details: 'Temas: binary, decimal, mask, subnet, port, utf8, tuple, lessons. Sin tema: una mezcla.',
    options: { count: 'Cuántas preguntas', seed: 'Misma semilla, mismas preguntas (para el aula)' },
    examples: ['netlearn quiz binary', 'netlearn quiz port --count 5 --seed 42'],
  },
};

export default commands;
