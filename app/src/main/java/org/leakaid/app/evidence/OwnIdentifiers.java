package org.leakaid.app.evidence;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.leakaid.app.account.AccountDataContributor;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.scanner.Finding;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.dump.WatchList;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The user's own identifiers ("my identifiers"), kept so that quick capture can tell whether a
 * message proves that its sender holds the user's leaked data.
 *
 * <p>The identifiers themselves are never stored: only HMAC-SHA256 of the normalised value, keyed
 * with a secret in the data directory ({@code keys/identifiers.key}, next to the evidence key and
 * outside the database), plus the masked form for display. A plain SHA-256 would not do: an ID
 * number or a phone number has so few possible values that anyone with a copy of the table could
 * hash them all. Normalisation is the scanner's own ({@link WatchList}): {@code +86 138-1234-5678},
 * full-width digits, a lower-case x and an upper-case e-mail all meet one canonical form, so the
 * user's entry and a finding in a message hash alike.
 *
 * <p>Names are rarely tagged as names by the scanner inside a message ("张三您好"), so when the user
 * has stored a name every run of 2 to 4 Chinese characters in the message is hashed and compared as
 * well; messages are capped at {@link QuickCapture#MAX_TEXT_CHARS}, which bounds that.
 */
public class OwnIdentifiers implements AccountDataContributor {
  static final int MAX_PER_ACCOUNT = 50;

  /** What the user sees of a stored identifier. */
  record OwnIdentifier(String id, String type, String masked, String addedAt) {}

  /** A stored identifier that occurs in a text. */
  record OwnMatch(String type, String masked) {}

  private final JdbcClient jdbc;
  private final SecretKey key;
  private final Clock clock;

  OwnIdentifiers(JdbcClient jdbc, SecretKey key, Clock clock) {
    this.jdbc = jdbc;
    this.key = new SecretKeySpec(key.getEncoded(), "HmacSHA256");
    this.clock = clock;
  }

  List<OwnIdentifier> list(UUID accountId) {
    return jdbc.sql(
            "SELECT id, kind, masked, added_at FROM own_identifier WHERE account_id = ?"
                + " ORDER BY added_at, id")
        .param(accountId)
        .query(
            (rs, n) ->
                new OwnIdentifier(
                    rs.getObject("id", UUID.class).toString(),
                    rs.getString("kind"),
                    rs.getString("masked"),
                    rs.getObject("added_at", OffsetDateTime.class).toString()))
        .list();
  }

  /**
   * Stores one identifier.
   *
   * @param type {@code NAME} to store a value as a name whatever it looks like; null to classify it
   */
  OwnIdentifier add(UUID accountId, String value, String type) {
    Canonical canonical = canonical(value, type);
    if (count(accountId) >= MAX_PER_ACCOUNT) {
      throw HttpProblem.badRequest(
          "TOO_MANY_IDENTIFIERS", "at most " + MAX_PER_ACCOUNT + " identifiers per account");
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String masked = canonical.masked();
    try {
      jdbc.sql(
              "INSERT INTO own_identifier (id, account_id, kind, masked, value_hmac, added_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")
          .params(id, accountId, canonical.kind(), masked, hmac(canonical.value()), now)
          .update();
    } catch (DuplicateKeyException e) {
      throw HttpProblem.conflict("IDENTIFIER_EXISTS", "this identifier is already stored");
    }
    return new OwnIdentifier(id.toString(), canonical.kind(), masked, now.toString());
  }

  void delete(UUID accountId, String id) {
    UUID uuid = parseId(id);
    int deleted =
        jdbc.sql("DELETE FROM own_identifier WHERE id = ? AND account_id = ?")
            .params(uuid, accountId)
            .update();
    if (deleted == 0) {
      throw HttpProblem.notFound("IDENTIFIER_NOT_FOUND", "no such identifier");
    }
  }

  /** The user's own identifiers that occur in {@code text}, found by {@code findings}. */
  List<OwnMatch> in(UUID accountId, String text, List<Finding> findings) {
    Map<String, OwnMatch> stored = new LinkedHashMap<>();
    boolean hasName = false;
    for (Map<String, Object> row :
        jdbc.sql("SELECT kind, masked, value_hmac FROM own_identifier WHERE account_id = ?")
            .param(accountId)
            .query()
            .listOfRows()) {
      String kind = (String) row.get("kind");
      stored.put(
          ((String) row.get("value_hmac")).strip(), new OwnMatch(kind, (String) row.get("masked")));
      hasName |= "PERSON_NAME".equals(kind);
    }
    if (stored.isEmpty()) {
      return List.of();
    }
    Map<String, OwnMatch> hits = new LinkedHashMap<>();
    Mac mac = newMac();
    for (Finding f : findings) {
      List<WatchList.Entry> entry = WatchList.of(List.of(f.text())).entries();
      if (entry.isEmpty()) {
        continue;
      }
      String h = hex(mac, entry.get(0).canonical());
      if (stored.containsKey(h)) {
        hits.putIfAbsent(h, stored.get(h));
      }
    }
    if (hasName) {
      for (String candidate : chineseRuns(text)) {
        String h = hex(mac, candidate);
        if (stored.containsKey(h)) {
          hits.putIfAbsent(h, stored.get(h));
        }
      }
    }
    return new ArrayList<>(hits.values());
  }

  @Override
  public String exportKey() {
    return "ownIdentifiers";
  }

  /** Masked forms only: the export is a file the user may mail around. */
  @Override
  public List<OwnIdentifier> exportData(UUID accountId) {
    return list(accountId);
  }

  @Override
  public void deleteData(UUID accountId) {
    jdbc.sql("DELETE FROM own_identifier WHERE account_id = ?").param(accountId).update();
  }

  private int count(UUID accountId) {
    return jdbc.sql("SELECT COUNT(*) FROM own_identifier WHERE account_id = ?")
        .param(accountId)
        .query(Integer.class)
        .single();
  }

  record Canonical(String kind, String value) {
    String masked() {
      return org.leakaid.scanner.Masker.mask(PiiType.valueOf(kind), value);
    }
  }

  private static final Set<PiiType> STORABLE =
      Set.of(
          PiiType.CN_MOBILE,
          PiiType.CN_RESIDENT_ID,
          PiiType.EMAIL,
          PiiType.BANK_CARD,
          PiiType.CN_LANDLINE,
          PiiType.PERSON_NAME);

  static Canonical canonical(String value, String type) {
    if (value == null || value.isBlank()) {
      throw HttpProblem.badRequest("INVALID_INPUT", "value: required");
    }
    String v = value.strip();
    if (v.length() > 254 || v.codePoints().anyMatch(Character::isISOControl)) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "value: at most 254 characters, no control characters");
    }
    boolean asName = type != null && type.strip().toUpperCase(Locale.ROOT).equals("NAME");
    if (type != null && !type.isBlank() && !asName) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "type: leave it out (detected) or send NAME to store a name");
    }
    WatchList.Entry entry = asName ? null : WatchList.of(List.of(v)).entries().get(0);
    if (entry == null || entry.type() == PiiType.PERSON_NAME) {
      String name = v.replaceAll("[\\s\\u3000]+", "");
      if (!name.matches("[\\p{IsHan}·•]{2,10}|[\\p{IsLatin}·.'\\-]{2,60}")) {
        throw HttpProblem.badRequest(
            "INVALID_INPUT",
            "value: not a mobile or landline number, ID number, bank card, e-mail or name");
      }
      return new Canonical(PiiType.PERSON_NAME.name(), name);
    }
    if (!STORABLE.contains(entry.type())) {
      throw new HttpProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "value: not supported");
    }
    if (entry.type() == PiiType.EMAIL
        && !entry.canonical().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw HttpProblem.badRequest("INVALID_INPUT", "value: not a valid e-mail address");
    }
    return new Canonical(entry.type().name(), entry.canonical());
  }

  /** Every run of 2 to 4 consecutive Chinese characters: the candidates for a name. */
  private static Set<String> chineseRuns(String text) {
    Set<String> out = new java.util.HashSet<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      for (int len = 2; len <= 4 && i + len <= n; len++) {
        char last = text.charAt(i + len - 1);
        if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN
            || Character.UnicodeScript.of(last) != Character.UnicodeScript.HAN) {
          break;
        }
        out.add(text.substring(i, i + len));
      }
    }
    return out;
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw HttpProblem.notFound("IDENTIFIER_NOT_FOUND", "no such identifier");
    }
  }

  private String hmac(String canonical) {
    return hex(newMac(), canonical);
  }

  private static String hex(Mac mac, String canonical) {
    return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
