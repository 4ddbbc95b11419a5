import { visible } from '../visible-text.js';
import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/port.js';

const port: typeof en = {
  inputErrors: {
    'port-empty': () => 'el puerto está vacío; escribí un número de 0 a 65535, por ejemplo 5050.',
    'port-too-large': (d: InputErrorDetails) =>
      `el puerto "${visible(d.part)}" es demasiado grande: los puertos van de 0 a ${d.max}.`,
    'port-negative': (d: InputErrorDetails) =>
      `el puerto "${visible(d.part)}" es negativo: los puertos van de 0 a 65535.`,
    'port-fraction': (d: InputErrorDetails) =>
      `el puerto "${visible(d.part)}" tiene decimales: un puerto es un número entero.`,
    'port-exponent': (d: InputErrorDetails) =>
      `el puerto "${visible(d.part)}" está escrito con exponente; escribí los dígitos` +
      (d.suggestion ? `, por ejemplo ${d.suggestion}.` : '.'),
    'port-hex': (d: InputErrorDetails) =>
      `el puerto "${visible(d.part)}" está en hexadecimal; escribilo en decimal` +
      (d.suggestion ? ` (${d.suggestion}).` : '.'),
    'port-leading-zero': (d: InputErrorDetails) =>
      `el puerto "${visible(d.part)}" empieza con cero, y algunos programas lo leen como octal; escribí ${d.suggestion}.`,
    'port-non-ascii-digit': (d: InputErrorDetails) =>
      `el puerto "${visible(d.part)}" usa dígitos de otra escritura; escribilo con 0-9.`,
    'port-not-number': (d: InputErrorDetails) =>
      `"${visible(d.part)}" no es un puerto: escribí un número de 0 a 65535, por ejemplo 5050.`,
  },
};

export default port;
