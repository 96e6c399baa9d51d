import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { exceedsUtf8Bytes } from '../../../src/extension/workspace/fileSize';

describe('the file-size limit counts bytes of UTF-8, like the file on disk', () => {
  it('counts a text of accented letters and typographic quotes by its bytes, not its UTF-16 length', () => {
    const text = '“Déjà vu,” she said — again.';
    assert.equal(text.length, 28);
    assert.ok(exceedsUtf8Bytes(text, 28), 'a 36-byte text passed a 28-byte limit');
    assert.ok(!exceedsUtf8Bytes(text, 36));
  });

  it('counts a character outside the BMP as four bytes and a lone surrogate as the three of U+FFFD', () => {
    assert.ok(!exceedsUtf8Bytes('🙂', 4) && exceedsUtf8Bytes('🙂', 3));
    assert.ok(!exceedsUtf8Bytes('\ud800', 3) && exceedsUtf8Bytes('\ud800', 2));
  });

  it('agrees with Node on any text and limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(240), (text, limit) => {
        assert.equal(exceedsUtf8Bytes(text, limit), Buffer.byteLength(text, 'utf8') > limit);
      }),
      { numRuns: 500 },
    );
  });
});
