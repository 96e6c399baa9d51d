/**
 * Text from a file's bytes. A byte-order mark names the encoding (UTF-8, UTF-16 LE or BE) and is not part of the
 * text: offsets are UTF-16 indices into the text after the mark, as in VS Code, which hides the mark too. Without a
 * mark the bytes must be UTF-8.
 */

interface Encoding {
  label: 'utf-8' | 'utf-16le' | 'utf-16be';
  markLength: number;
}

const UTF32_MARKS = [[0xff, 0xfe, 0x00, 0x00], [0x00, 0x00, 0xfe, 0xff]];

function startsWith(bytes: Uint8Array, mark: number[]): boolean {
  return bytes.length >= mark.length && mark.every((byte, i) => bytes[i] === byte);
}

/** The encoding its byte-order mark declares; UTF-32 (whose LE mark begins like UTF-16's) is named and refused. */
function markedEncoding(bytes: Uint8Array, file: string): Encoding {
  if (UTF32_MARKS.some((mark) => startsWith(bytes, mark))) {
    throw new Error(`${file}: UTF-32 text, which Source Lens does not read; convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { label: 'utf-8', markLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { label: 'utf-16le', markLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { label: 'utf-16be', markLength: 2 };
  return { label: 'utf-8', markLength: 0 };
}

/** UTF-16 without a mark: English text in it has a zero byte beside most characters. */
function looksLikeUnmarkedUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 4;
}

function unreadable(file: string, encoding: Encoding): Error {
  if (encoding.label !== 'utf-8') return new Error(`${file}: not valid ${encoding.label.toUpperCase()} text (it begins with a UTF-16 byte-order mark)`);
  return new Error(`${file}: not valid UTF-8 text (Source Lens reads UTF-8, or UTF-16 with a byte-order mark)`);
}

/**
 * The encoding its byte-order mark declares, and without one UTF-8 unless it looks like unmarked UTF-16 (which for
 * ASCII text is valid UTF-8 too, with a NUL beside each letter: no article has those).
 */
export function encodingOf(bytes: Uint8Array, file: string): Encoding {
  const encoding = markedEncoding(bytes, file);
  if (encoding.markLength === 0 && looksLikeUnmarkedUtf16(bytes)) {
    throw new Error(`${file}: looks like UTF-16 without a byte-order mark; convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8)`);
  }
  return encoding;
}

/** The text of `bytes`, without its byte-order mark; strict, so a wrong encoding is an error, not mojibake. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const encoding = encodingOf(bytes, file);
  try {
    return new TextDecoder(encoding.label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(encoding.markLength));
  } catch {
    throw unreadable(file, encoding);
  }
}
