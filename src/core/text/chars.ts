/** Character classes by UTF-16 code unit, without regular expressions on the hot path. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

export function isWordChar(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 0xc0) return false;
  // Surrogate halves count as word characters so astral letters stay inside one token and spans never split a pair.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

export function isUpperStart(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
