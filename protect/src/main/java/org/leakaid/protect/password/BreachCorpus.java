package org.leakaid.protect.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A list of breached passwords that can say whether it holds one. Corpora are asked with the
 * password's SHA-1 (the form in which breach lists are published and the public range API is
 * keyed); none of them sends anything anywhere unless it says so ({@link RangeApi}).
 */
public interface BreachCorpus {

  /** What this corpus is, for the user: "12,345 passwords in range files under /srv/pwned". */
  String description();

  /** Whether the password with this SHA-1 (40 upper-case hex digits) is in the corpus. */
  boolean contains(String sha1Hex);

  /** The SHA-1 of a password's UTF-8 bytes, as 40 upper-case hex digits. */
  static String sha1(String password) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }
}
