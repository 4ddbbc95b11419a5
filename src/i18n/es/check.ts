import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/check.js';

/** Lo que dice core/check/options.ts de un destino, --only o --timeout mal dados a `netlearn check`. */
const check: typeof en = {
  inputErrors: {
    'check-two-ports': (d: InputErrorDetails) =>
      `dos puertos distintos: uno en "${d.part}" y --port ${d.port}. Dá el puerto una sola vez, p. ej. netlearn check ${d.part}.`,
    'check-only-empty': (d: InputErrorDetails) =>
      `--only necesita ids de pruebas separados por comas, p. ej. --only broadcast,utf8. Los ids: ${(d.choices as string[]).join(', ')}.`,
    'check-id-unknown': (d: InputErrorDetails) =>
      `no hay ninguna prueba "${d.part}"${d.closest ? ` (¿quisiste decir ${d.closest}?)` : ''}. Los ids: ${(d.choices as string[]).join(', ')}.`,
    'check-timeout-invalid': (d: InputErrorDetails) =>
      `--timeout tiene que ser una cantidad de segundos de ${d.min} a ${d.max}, p. ej. --timeout 5, no "${d.part}".`,
  },
};

export default check;
