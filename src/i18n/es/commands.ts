import type en from '../en/commands.js';

const commands: typeof en = {
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
};

export default commands;
