package org.leakaid.evidence.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Streaming authenticated encryption of one file with AES-256-GCM in fixed-size chunks.
 *
 * <p>Why chunks: GCM authenticates a message only at its end, and the JDK's GCM decryption buffers
 * the whole ciphertext until then, so one GCM message per file would put a 200 MB recording in
 * memory. Each chunk is therefore its own GCM message, and what a single message would have
 * guaranteed for the whole file comes from the nonces, in the manner of the STREAM construction
 * (Hoang, Reyhanitabar, Rogaway, Vizár 2015) that Tink's streaming AEAD also uses:
 *
 * <pre>
 * file   = header || chunk_0 || chunk_1 || ... || chunk_n
 * header = "LAEF" || version 0x01 || chunk size (4 bytes, big-endian) || salt (16) || prefix (7)
 * key_f  = HKDF-SHA256(ikm = master key, salt = salt, info = "leakaid evidence file v1"), 32 bytes
 * chunk_i = AES-256-GCM(key_f, nonce_i, aad = header, plaintext chunk i) (ciphertext + 16-byte tag)
 * nonce_i = prefix (7) || i (4 bytes, big-endian) || 0x01 if chunk i is the last, else 0x00
 * </pre>
 *
 * Every chunk holds exactly "chunk size" plaintext bytes except the last, which holds 0 to chunk
 * size bytes (0 only for an empty file). Changing a byte fails that chunk's tag; swapping or
 * dropping chunks changes i; cutting the file after a whole chunk leaves a last chunk that was
 * sealed as "not last"; editing the header changes the key and the AAD. A fresh salt per file gives
 * each file its own key, so the 7-byte random prefix never has to be unique across files.
 */
final class ChunkedAead {
  static final int CHUNK_SIZE = 64 * 1024;
  private static final byte[] MAGIC = {'L', 'A', 'E', 'F'};
  private static final byte VERSION = 1;
  private static final int SALT_BYTES = 16;
  private static final int PREFIX_BYTES = 7;
  static final int HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + PREFIX_BYTES;
  private static final int TAG_BYTES = 16;
  private static final byte[] HKDF_INFO =
      "leakaid evidence file v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final SecureRandom RANDOM = new SecureRandom();

  private ChunkedAead() {}

  /** An output stream that encrypts what is written to it into {@code out}; close() seals it. */
  static OutputStream encrypting(OutputStream out, SecretKey masterKey) throws IOException {
    byte[] salt = new byte[SALT_BYTES];
    byte[] prefix = new byte[PREFIX_BYTES];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(prefix);
    byte[] header =
        ByteBuffer.allocate(HEADER_BYTES)
            .put(MAGIC)
            .put(VERSION)
            .putInt(CHUNK_SIZE)
            .put(salt)
            .put(prefix)
            .array();
    out.write(header);
    return new EncryptingStream(out, fileKey(masterKey, salt), header, prefix);
  }

  /**
   * An input stream of the plaintext of {@code in}, checked chunk by chunk.
   *
   * @throws TamperedFileException (from any read) when a chunk fails authentication or the file was
   *     cut short
   */
  static InputStream decrypting(InputStream in, SecretKey masterKey, String label)
      throws IOException {
    byte[] header = in.readNBytes(HEADER_BYTES);
    if (header.length < HEADER_BYTES
        || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || header[MAGIC.length] != VERSION) {
      throw new TamperedFileException(label + ": not an encrypted evidence file (bad header)");
    }
    ByteBuffer h = ByteBuffer.wrap(header, MAGIC.length + 1, HEADER_BYTES - MAGIC.length - 1);
    int chunkSize = h.getInt();
    if (chunkSize != CHUNK_SIZE) {
      throw new TamperedFileException(label + ": unexpected chunk size " + chunkSize);
    }
    byte[] salt = new byte[SALT_BYTES];
    byte[] prefix = new byte[PREFIX_BYTES];
    h.get(salt).get(prefix);
    return new DecryptingStream(in, fileKey(masterKey, salt), header, prefix, label);
  }

  private static byte[] nonce(byte[] prefix, int index, boolean last) {
    return ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
  }

  // RFC 5869 with one output block: T(1) = HMAC(PRK, info || 0x01).
  private static SecretKey fileKey(SecretKey masterKey, byte[] salt) throws IOException {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      byte[] prk = mac.doFinal(masterKey.getEncoded());
      mac.init(new SecretKeySpec(prk, "HmacSHA256"));
      mac.update(HKDF_INFO);
      mac.update((byte) 1);
      return new SecretKeySpec(mac.doFinal(), "AES");
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot derive the file key", e);
    }
  }

  private static final class EncryptingStream extends FilterOutputStream {
    private final SecretKey key;
    private final byte[] header;
    private final byte[] prefix;
    private final byte[] buffer = new byte[CHUNK_SIZE];
    private int buffered;
    private int index;
    private boolean closed;

    EncryptingStream(OutputStream out, SecretKey key, byte[] header, byte[] prefix) {
      super(out);
      this.key = key;
      this.header = header;
      this.prefix = prefix;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        // A full buffer is sealed as "not last" only once more data arrives.
        if (buffered == CHUNK_SIZE) {
          seal(false);
        }
        int n = Math.min(len, CHUNK_SIZE - buffered);
        System.arraycopy(b, off, buffer, buffered, n);
        buffered += n;
        off += n;
        len -= n;
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        seal(true);
        out.close();
      }
    }

    private void seal(boolean last) throws IOException {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
            Cipher.ENCRYPT_MODE,
            key,
            new GCMParameterSpec(TAG_BYTES * 8, nonce(prefix, index, last)));
        cipher.updateAAD(header);
        out.write(cipher.doFinal(buffer, 0, buffered));
      } catch (GeneralSecurityException e) {
        throw new IOException("cannot encrypt", e);
      }
      index++;
      buffered = 0;
    }
  }

  private static final class DecryptingStream extends InputStream {
    private final InputStream in;
    private final SecretKey key;
    private final byte[] header;
    private final byte[] prefix;
    private final String label;
    private final byte[] sealed = new byte[CHUNK_SIZE + TAG_BYTES];
    private int pendingByte = -1;
    private byte[] plain = new byte[0];
    private int position;
    private int index;
    private boolean done;

    DecryptingStream(InputStream in, SecretKey key, byte[] header, byte[] prefix, String label) {
      this.in = in;
      this.key = key;
      this.header = header;
      this.prefix = prefix;
      this.label = label;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (position == plain.length) {
        if (done) {
          return -1;
        }
        openNextChunk();
      }
      int n = Math.min(len, plain.length - position);
      System.arraycopy(plain, position, b, off, n);
      position += n;
      return n;
    }

    private void openNextChunk() throws IOException {
      int filled = 0;
      if (pendingByte >= 0) {
        sealed[filled++] = (byte) pendingByte;
        pendingByte = -1;
      }
      filled += in.readNBytes(sealed, filled, sealed.length - filled);
      boolean last;
      if (filled < sealed.length) {
        last = true;
      } else {
        pendingByte = in.read();
        last = pendingByte < 0;
      }
      if (filled < TAG_BYTES) {
        throw new TamperedFileException(
            label + ": cut short before chunk " + index + " (the file was truncated)");
      }
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
            Cipher.DECRYPT_MODE,
            key,
            new GCMParameterSpec(TAG_BYTES * 8, nonce(prefix, index, last)));
        cipher.updateAAD(header);
        plain = cipher.doFinal(sealed, 0, filled);
      } catch (AEADBadTagException e) {
        throw new TamperedFileException(
            label
                + ": chunk "
                + index
                + " failed authentication (the stored file was changed, reordered or truncated)");
      } catch (GeneralSecurityException e) {
        throw new IOException("cannot decrypt " + label, e);
      }
      position = 0;
      index++;
      done = last;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
