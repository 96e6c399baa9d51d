/**
 * Whether `text` saved as UTF-8 takes more than `limit` bytes: the size setting is in kilobytes of file, and a
 * UTF-16 length undercounts every character past ASCII. Counts only as far as it must, since an open document is
 * judged again after each edit.
 */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  // Each UTF-16 unit takes one to three bytes (a surrogate pair, two units, takes four).
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD)
    if (bytes > limit) return true;
  }
  return false;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
