import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/utf8.js';

const utf8: typeof en = {
  inputErrors: {
    'utf8-hex-empty': () => 'no hay bytes; escribí pares hexadecimales, por ejemplo --hex "c3 b1".',
    'utf8-hex-digit': (d: InputErrorDetails) =>
      `"${d.part}" tiene "${d.char}", que no es un dígito hexadecimal (0-9, a-f); escribí bytes como "c3 b1".`,
    'utf8-hex-odd': (d: InputErrorDetails) =>
      `"${d.part}" tiene una cantidad impar de dígitos; cada byte lleva dos, como "0a".`,
  },
};

export default utf8;
