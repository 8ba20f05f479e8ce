package org.leakaid.evidence.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of a case's hash-chained log.
 *
 * <p>Hash: lower-case hex of SHA-256 over the {@link CanonicalJson canonical JSON} (UTF-8) of the
 * object
 *
 * <pre>
 * {"action": ACTION, "case": CASE_ID, "item": ITEM_ID or null, "payload": PAYLOAD_OBJECT,
 *  "prev": PREVIOUS_ENTRY_HASH, "seq": SEQ, "time": TIME}
 * </pre>
 *
 * where SEQ counts from 1 without gaps, PREVIOUS_ENTRY_HASH of entry 1 is 64 zeros, and TIME is UTC
 * with exactly three fraction digits ({@code 2026-11-29T08:15:30.250Z}). That object plus {@code
 * "hash"} is how an entry is written in a package manifest, so removing the {@code hash} member and
 * hashing the canonical form of the rest recomputes it.
 *
 * @param payload the payload object as canonical JSON text
 */
public record ChainEntry(
    long seq,
    Instant time,
    String caseId,
    ChainAction action,
    String itemId,
    String payload,
    String prevHash,
    String hash) {

  public static final String GENESIS = "0".repeat(64);

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public ChainEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** Builds the entry that follows {@code prevHash}, computing its hash. */
  static ChainEntry create(
      long seq,
      Instant time,
      String caseId,
      ChainAction action,
      String itemId,
      ObjectNode payload,
      String prevHash) {
    Instant millis = time.truncatedTo(ChronoUnit.MILLIS);
    String canonicalPayload = CanonicalJson.string(payload);
    ChainEntry unhashed =
        new ChainEntry(seq, millis, caseId, action, itemId, canonicalPayload, prevHash, "");
    return new ChainEntry(
        seq, millis, caseId, action, itemId, canonicalPayload, prevHash, unhashed.computeHash());
  }

  /** The payload as a JSON object. */
  public ObjectNode payloadJson() {
    return (ObjectNode) JSON.readTree(payload);
  }

  /** The hash this entry should have, from its content: compare with {@link #hash()}. */
  public String computeHash() {
    ObjectNode hashed = toJson();
    hashed.remove("hash");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(CanonicalJson.bytes(hashed));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The entry as it appears in a manifest. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("seq", seq);
    node.put("time", TIME.format(time));
    node.put("case", caseId);
    node.put("action", action.name());
    node.put("item", itemId);
    node.set("payload", payloadJson());
    node.put("prev", prevHash);
    node.put("hash", hash);
    return node;
  }

  /**
   * Reads an entry as {@link #toJson()} writes it.
   *
   * @throws IllegalArgumentException naming what is missing or malformed
   */
  public static ChainEntry fromJson(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("is not a JSON object");
    }
    try {
      JsonNode payload = require(node, "payload");
      if (!payload.isObject()) {
        throw new IllegalArgumentException("payload is not an object");
      }
      JsonNode seq = require(node, "seq");
      if (!seq.isIntegralNumber() || !seq.canConvertToLong()) {
        throw new IllegalArgumentException("seq is not an integer");
      }
      JsonNode item = require(node, "item");
      return new ChainEntry(
          seq.longValue(),
          Instant.from(TIME.parse(text(node, "time"))),
          text(node, "case"),
          action(text(node, "action")),
          item.isNull() ? null : item.stringValue(),
          CanonicalJson.string(payload),
          text(node, "prev"),
          text(node, "hash"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("time is not like 2026-11-29T08:15:30.250Z");
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage());
    }
  }

  private static ChainAction action(String name) {
    try {
      return ChainAction.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("action \"" + name + "\" is unknown");
    }
  }

  private static JsonNode require(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new IllegalArgumentException("has no \"" + name + "\"");
    }
    return value;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = require(node, name);
    if (!value.isString()) {
      throw new IllegalArgumentException("\"" + name + "\" is not a string");
    }
    return value.stringValue();
  }
}
