package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.InputStream;

/** Bytes read into an array, as {@link InputStream#read(byte[], int, int)} reads them. */
interface ByteSource {
  int read(byte[] b, int off, int len) throws IOException;

  /** These bytes as an InputStream. */
  default InputStream asStream() {
    return new BlockStream() {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return len == 0 ? 0 : ByteSource.this.read(b, off, len);
      }
    };
  }

  /**
   * An InputStream whose single-byte read goes through the array read, which subclasses implement:
   * the streams here make their bytes a block at a time.
   */
  abstract class BlockStream extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;
  }

  /** A stream that makes a block of bytes whenever the last one has been read. */
  abstract class Refilling extends BlockStream {
    private byte[] block = new byte[0];
    private int from;
    private int to;

    /**
     * Makes the next block, with {@link #hand}; false at the end. A block may be empty.
     *
     * @throws IOException naming what is wrong with the input
     */
    protected abstract boolean refill() throws IOException;

    /** The next bytes to read: {@code b[from, to)}, not copied (read before the next refill). */
    protected final void hand(byte[] b, int from, int to) {
      this.block = b;
      this.from = from;
      this.to = to;
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (from == to) {
        if (!refill()) {
          return -1;
        }
      }
      int n = Math.min(len, to - from);
      System.arraycopy(block, from, b, off, n);
      from += n;
      return n;
    }
  }
}
