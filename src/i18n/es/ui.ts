import type en from '../en/ui.js';

const ui: typeof en = {
  appName: 'netlearn',
  /** Beside a list that shows only part of itself. */
  moreAbove: (p) => `↑ ${p.count} más`,
  moreBelow: (p) => `↓ ${p.count} más`,
  home: {
    title: '¿Qué querés aprender hoy?',
    sections: { learn: 'Aprender', tools: 'Herramientas', live: 'En vivo', practice: 'Práctica' },
    items: {
      lessons: 'Lecciones',
      host: 'Este host',
      threads: 'Hilos y locks',
      families: 'Familias de direcciones',
      demo: 'Demo en vivo',
      serve: 'Servidor de chat',
      chat: 'Cliente de chat',
      practice: 'Práctica',
    },
    hints: {
      lessons: 'Lecciones cortas, de servidores a AF_INET',
      host: 'Tu nombre de host, interfaces y máscaras',
      threads: 'Sumas perdidas sin un lock',
      families: 'AF_INET, AF_INET6 y AF_UNIX lado a lado',
      demo: 'Un servidor de verdad: mirá aparecer la tupla de cada cliente',
      serve: 'Un chat de líneas en 127.0.0.1:5050 al que se suman nc y tu Python',
      chat: 'Sumate al chat en 127.0.0.1:5050 (primero iniciá el servidor)',
      practice: 'Ejercicios generados con repaso espaciado',
    },
  },
  keys: {
    /** Keys that move through text taller than the screen. */
    scroll: 'mover',
    page: 'página',
    ends: 'inicio/fin',
    move: 'mover',
    open: 'abrir',
    back: 'volver',
    quit: 'salir',
    language: 'English',
    shortcut: 'ir',
    space: 'Espacio',
    loading: 'Cargando…',
  },
  tooSmall: (p) => `Agrandá un poco la terminal (ahora mide ${p.columns}x${p.rows}).`,
};

export default ui;
