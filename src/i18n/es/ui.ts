import type en from '../en/ui.js';

const ui: typeof en = {
  appName: 'netlearn',
  /** Beside a list that shows only part of itself. */
  moreAbove: (p) => `↑ ${p.count} más`,
  moreBelow: (p) => `↓ ${p.count} más`,
  home: {
    title: '¿Qué querés aprender hoy?',
    sections: { learn: 'Aprender', tools: 'Herramientas', live: 'En vivo', practice: 'Práctica' },
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
    keyList: 'teclas',
    close: 'cerrar',
    theme: 'otro tema',
  },
  keyList: {
    title: 'Todas las teclas, de la misma tabla que el pie',
    screen: (p) => `En ${p.title}`,
    app: 'En toda la app',
  },
  tooSmall: (p) => `Agrandá un poco la terminal (ahora mide ${p.columns}x${p.rows}).`,
};

export default ui;
