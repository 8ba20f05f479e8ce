package org.leakaid.scanner.dump;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leakaid.scanner.PiiType;

/**
 * The result of a scan: the {@code --format summary} object of the CLI contract.
 *
 * @param distinctEstimated types whose distinct count passed {@value DistinctCounter#EXACT_LIMIT}
 *     values and is a HyperLogLog estimate (about 0.8% error)
 * @param records null unless {@code --records}
 * @param severity null unless {@code --records}
 * @param unreadable inputs that could not be read (each was named on stderr)
 */
public record DumpReport(
    long files,
    long bytes,
    long lines,
    double seconds,
    Map<PiiType, Long> counts,
    Map<PiiType, Long> distinct,
    Set<PiiType> distinctEstimated,
    List<WatchHit> watchHits,
    RecordCounts records,
    Severity severity,
    int unreadable) {

  /**
   * A watched identifier found in the input.
   *
   * @param firstOffset byte offset of its first occurrence, in the input named by {@code firstPath}
   */
  public record WatchHit(
      PiiType type, String masked, long count, long firstOffset, String firstPath) {}

  /** The summary as one JSON object; {@code pretty} puts each top-level field on its own line. */
  public JsonBytes toJson(boolean pretty) {
    String nl = pretty ? "\n  " : "";
    String sp = pretty ? " " : "";
    JsonBytes j = new JsonBytes(1024);
    j.ascii("{" + nl + "\"files\":" + sp).number(files);
    j.ascii("," + nl + "\"bytes\":" + sp).number(bytes);
    j.ascii("," + nl + "\"lines\":" + sp).number(lines);
    j.ascii("," + nl + "\"seconds\":" + sp).decimal(seconds, 3);
    j.ascii("," + nl + "\"counts\":" + sp);
    typeMap(j, counts, sp);
    j.ascii("," + nl + "\"distinct\":" + sp);
    typeMap(j, distinct, sp);
    if (!distinctEstimated.isEmpty()) {
      j.ascii("," + nl + "\"distinct_estimated\":" + sp + "[");
      String sep = "";
      for (PiiType t : distinctEstimated) {
        j.ascii(sep + "\"" + t.name() + "\"");
        sep = "," + sp;
      }
      j.ascii("]");
    }
    j.ascii("," + nl + "\"watch_hits\":" + sp + "[");
    String sep = "";
    for (WatchHit h : watchHits) {
      j.ascii(sep + "{\"type\":" + sp + "\"" + h.type().name() + "\",");
      j.ascii(sp + "\"masked\":" + sp).string(h.masked());
      j.ascii("," + sp + "\"count\":" + sp).number(h.count());
      j.ascii("," + sp + "\"first_offset\":" + sp).number(h.firstOffset());
      j.ascii("," + sp + "\"first_path\":" + sp).string(h.firstPath()).ascii("}");
      sep = "," + sp;
    }
    j.ascii("]");
    j.ascii("," + nl + "\"records\":" + sp);
    if (records == null) {
      j.ascii("null");
    } else {
      RecordCounts r = records;
      j.ascii("{\"total\":" + sp).number(r.total());
      j.ascii("," + sp + "\"with_personal_info\":" + sp).number(r.withPersonalInfo());
      j.ascii("," + sp + "\"distinct_persons\":" + sp).number(r.distinctPersons());
      j.ascii("," + sp + "\"invalid_excluded\":" + sp).number(r.invalidExcluded());
      j.ascii("," + sp + "\"duplicates_excluded\":" + sp).number(r.duplicatesExcluded());
      j.ascii("," + sp + "\"by_tier\":" + sp + "{\"TIER_50\":" + sp).number(r.tier50());
      j.ascii("," + sp + "\"TIER_500\":" + sp).number(r.tier500());
      j.ascii("," + sp + "\"TIER_5000\":" + sp).number(r.tier5000()).ascii("}}");
    }
    j.ascii("," + nl + "\"severity\":" + sp);
    if (severity == null) {
      j.ascii("null");
    } else {
      j.ascii("{\"level\":" + sp + "\"" + severity.level().name() + "\",");
      j.ascii(sp + "\"standard_ratio\":" + sp).decimal(severity.standardRatio(), 4);
      j.ascii("," + sp + "\"basis\":" + sp).string(severity.basis()).ascii("}");
    }
    j.ascii((pretty ? "\n" : "") + "}\n");
    return j;
  }

  private static void typeMap(JsonBytes j, Map<PiiType, Long> map, String sp) {
    j.ascii("{");
    String sep = "";
    for (Map.Entry<PiiType, Long> e : map.entrySet()) {
      j.ascii(sep + "\"" + e.getKey().name() + "\":" + sp).number(e.getValue());
      sep = "," + sp;
    }
    j.ascii("}");
  }
}
