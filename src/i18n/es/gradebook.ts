import type en from '../en/gradebook.js';

/** Lo que dice un comando cuando no puede usar la libreta (src/store), o no tiene esa clase o ese estudiante. */
const gradebook: typeof en = {
  problems: {
    corrupt: (p) =>
      `la libreta ${p.path} está dañada o no es una libreta. Movela a otro lado, o usá otra con --db RUTA.`,
    locked: (p) =>
      `la libreta ${p.path} está ocupada: otro netlearn está escribiendo en ella. Esperá a que termine, o usá otra con --db RUTA.`,
    unwritable: (p) =>
      `no puedo abrir ni escribir la libreta ${p.path}. Revisá que su carpeta exista y sea tuya, o usá otra con --db RUTA.`,
    newer: (p) => `la libreta ${p.path} la hizo un netlearn más nuevo. Actualizá netlearn, o usá otra con --db RUTA.`,
    'class-exists': (p) =>
      `ya hay una clase ${p.subject}. Elegí otro nombre, o barrela: netlearn class sweep ${p.subject}`,
    'class-unknown': (p) =>
      `no hay ninguna clase ${p.subject}${p.known ? `; las clases: ${p.known}` : ''}. Creala con netlearn class init ${p.subject} --roster ARCHIVO.`,
    'student-unknown': (p) => `no hay ningún estudiante ${p.subject} en esa clase. Revisá el id en la lista.`,
  },
};

export default gradebook;
