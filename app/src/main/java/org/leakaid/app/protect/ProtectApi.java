package org.leakaid.app.protect;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leakaid.app.account.PasswordCheck;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.protect.RefusedInput;
import org.leakaid.protect.image.BlackOut;
import org.leakaid.protect.password.Passphrases;
import org.leakaid.protect.watermark.WatermarkText;
import org.leakaid.protect.watermark.Watermarker;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The protection tools over the API. Nothing sent here is stored or logged. */
@RestController
@RequestMapping("/api/protect")
@Tag(name = "protect", description = "Watermarks, file check and masking, waybills, passwords")
class ProtectApi {

  /**
   * @param password the candidate (used for the estimate and the look-up, then dropped)
   * @param allowNetwork also ask the range API, if the server has one (5 hex digits of the SHA-1
   *     are sent); false by default
   * @param userInputs what an attacker may know about you (user name, e-mail): found in the
   *     password, they count as guessable
   */
  record PasswordCheckRequest(String password, Boolean allowNetwork, List<String> userInputs) {}

  record PasswordCheckResponse(
      int score,
      double crackTimeSeconds,
      double crackTimeSecondsFastHash,
      List<String> warnings,
      List<String> weaknesses,
      Boolean breached,
      List<String> checkedAgainst,
      String networkFailure) {}

  record PassphraseResponse(String password, double bits, String style, int words) {}

  private final PasswordCheck passwords;
  private final Passphrases passphrases;
  private final ImageTools images;
  private final FileCheck files;

  ProtectApi(PasswordCheck passwords, Passphrases passphrases, ImageTools images, FileCheck files) {
    this.passwords = passwords;
    this.passphrases = passphrases;
    this.images = images;
    this.files = files;
  }

  @Operation(
      summary = "Strength of a password and whether it is breached",
      description =
          "score 0-4 (zxcvbn's scale, nbvcxz with Chinese patterns); crackTimeSeconds for an"
              + " offline attack on a slow hash (bcrypt cost 12), crackTimeSecondsFastHash on MD5;"
              + " warnings in the request's language (Accept-Language); breached true/false, or"
              + " null when no breach source could be asked. The shipped list of common passwords"
              + " is always asked; the range API only with allowNetwork and when the server has"
              + " leakaid.protect.range-api.url.")
  @PostMapping("/password-check")
  PasswordCheckResponse passwordCheck(@RequestBody PasswordCheckRequest request, Locale locale) {
    String password = request.password();
    if (password == null || password.isEmpty()) {
      throw HttpProblem.badRequest("INVALID_INPUT", "password: required");
    }
    if (password.length() > 256) {
      throw HttpProblem.badRequest("INVALID_INPUT", "password: at most 256 characters");
    }
    List<String> inputs = request.userInputs() == null ? List.of() : request.userInputs();
    if (inputs.size() > 20 || inputs.stream().anyMatch(s -> s == null || s.length() > 256)) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "userInputs: at most 20 strings of at most 256 characters");
    }
    PasswordCheck.Verdict verdict =
        passwords.check(password, inputs, Boolean.TRUE.equals(request.allowNetwork()));
    return new PasswordCheckResponse(
        verdict.estimate().score(),
        verdict.estimate().crackSecondsSlowHash(),
        verdict.estimate().crackSecondsFastHash(),
        passwords.reasons(verdict, locale),
        verdict.estimate().weaknesses().stream().map(Enum::name).toList(),
        verdict.breached(),
        verdict.checkedAgainst(),
        verdict.networkFailure());
  }

  @Operation(
      summary = "A strong, memorable passphrase",
      description = "style pinyin (default) or english; bits counted from the word lists (>= 60)")
  @GetMapping("/passphrase")
  PassphraseResponse passphrase(
      @RequestParam(name = "style", defaultValue = "pinyin") String style) {
    Passphrases.Style s =
        switch (style.toLowerCase(Locale.ROOT)) {
          case "pinyin" -> Passphrases.Style.PINYIN;
          case "english" -> Passphrases.Style.ENGLISH;
          default -> throw HttpProblem.badRequest("INVALID_INPUT", "style: pinyin or english");
        };
    Passphrases.Passphrase p = passphrases.generate(s);
    return new PassphraseResponse(p.text(), p.bits(), p.style().name(), p.words());
  }

  @Operation(
      summary = "Watermark a photo, scan or PDF",
      description =
          "multipart: file (JPEG, PNG or PDF), and either text, or recipient and purpose (the text"
              + " becomes 仅供{recipient}{purpose}使用，他用无效 and today's date). Answers the file,"
              + " same kind, metadata stripped. 415 for other kinds (HEIC: HEIC_NOT_SUPPORTED),"
              + " 422 CORRUPT_FILE or ENCRYPTED_PDF, 413 FILE_TOO_LARGE over 200 megapixels or 30"
              + " pages.")
  @PostMapping("/watermark")
  void watermark(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "recipient", required = false) String recipient,
      @RequestParam(name = "purpose", required = false) String purpose,
      HttpServletResponse response)
      throws IOException {
    try {
      byte[] bytes = required(file);
      String words = text != null ? WatermarkText.checked(text) : images.text(recipient, purpose);
      Watermarker.Result result = images.watermark(bytes, words);
      ProtectDownloads.send(
          response,
          ProtectDownloads.name(
              file.getOriginalFilename(), "watermarked", result.kind().extension()),
          result.kind().mediaType(),
          result.bytes());
    } catch (RefusedInput refused) {
      throw RefusedInputs.problem(refused);
    }
  }

  @Operation(
      summary = "Black out areas of a photo (a parcel label) and strip its metadata",
      description =
          "multipart: file (JPEG or PNG), areas as x,y,width,height fractions of the upright"
              + " picture, separated by ';' (e.g. 0.1,0.2,0.5,0.1). Answers the picture.")
  @PostMapping("/waybill")
  void waybill(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "areas", defaultValue = "") String areas,
      HttpServletResponse response)
      throws IOException {
    try {
      byte[] bytes = required(file);
      BlackOut.Result result = images.blackOut(bytes, ImageTools.areas(areas));
      ProtectDownloads.send(
          response,
          ProtectDownloads.name(file.getOriginalFilename(), "redacted", result.kind().extension()),
          result.kind().mediaType(),
          result.bytes());
    } catch (RefusedInput refused) {
      throw RefusedInputs.problem(refused);
    }
  }

  @Operation(
      summary = "What personal information a file or text holds, and whether yours is in it",
      description =
          "multipart: file (text in UTF-8 or GBK, CSV, JSON, SQL, xlsx, docx, PDF with text, zip,"
              + " gz...) or text (at most 200,000 characters). Answers the scan summary (counts,"
              + " distinct, records, severity, as ./leakaid scan --format summary --records) and"
              + " own_hits: your identifiers (from /api/account/identifiers) that occur, with the"
              + " lines. Nothing is kept.")
  @PostMapping("/file-check")
  Map<String, Object> fileCheck(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text)
      throws IOException {
    try {
      boolean upload = file != null && !file.isEmpty();
      byte[] bytes = upload ? file.getBytes() : FileCheck.pasted(requiredText(text));
      FileCheck.Report report =
          files.check(user.id(), upload ? file.getOriginalFilename() : "text", bytes);
      return json(report);
    } catch (RefusedInput refused) {
      throw RefusedInputs.problem(refused);
    }
  }

  @Operation(
      summary = "A text file or text with its personal information masked",
      description =
          "multipart: file or text; types (repeatable, default all); style PARTIAL (138****5678)"
              + " or FULL (every letter and digit starred). Text files only (UTF-8 or GBK, written"
              + " back in their encoding); 415 for workbooks, documents and archives.")
  @PostMapping("/file-check/masked")
  void masked(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "types", required = false) List<String> types,
      @RequestParam(name = "style", defaultValue = "PARTIAL") String style,
      HttpServletResponse response)
      throws IOException {
    try {
      boolean upload = file != null && !file.isEmpty();
      byte[] bytes = upload ? file.getBytes() : FileCheck.pasted(requiredText(text));
      FileCheck.Masked masked =
          files.mask(
              upload ? file.getOriginalFilename() : "text.txt",
              bytes,
              ProtectPages.types(types),
              ProtectPages.style(style));
      ProtectDownloads.send(
          response,
          masked.fileName(),
          "text/plain; charset=" + FileCheck.charsetOf(masked.bytes()).name(),
          masked.bytes());
    } catch (RefusedInput refused) {
      throw RefusedInputs.problem(refused);
    }
  }

  private static String requiredText(String text) {
    if (text == null || text.isBlank()) {
      throw HttpProblem.badRequest("INVALID_INPUT", "send a file part or a text part");
    }
    return text;
  }

  private static byte[] required(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw HttpProblem.badRequest("INVALID_INPUT", "file: required (a non-empty file part)");
    }
    return file.getBytes();
  }

  /** The report as the CLI's summary names its fields, plus own_hits. */
  private static Map<String, Object> json(FileCheck.Report r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bytes", r.bytes());
    out.put("lines", r.lines());
    Map<String, Long> counts = new LinkedHashMap<>();
    r.counts().forEach((t, n) -> counts.put(t.name(), n));
    out.put("counts", counts);
    Map<String, Long> distinct = new LinkedHashMap<>();
    r.distinct().forEach((t, n) -> distinct.put(t.name(), n));
    out.put("distinct", distinct);
    if (r.records() != null) {
      Map<String, Object> rec = new LinkedHashMap<>();
      rec.put("total", r.records().total());
      rec.put("with_personal_info", r.records().withPersonalInfo());
      rec.put("distinct_persons", r.records().distinctPersons());
      rec.put("invalid_excluded", r.records().invalidExcluded());
      rec.put("duplicates_excluded", r.records().duplicatesExcluded());
      rec.put(
          "by_tier",
          Map.of(
              "TIER_50", r.records().tier50(),
              "TIER_500", r.records().tier500(),
              "TIER_5000", r.records().tier5000()));
      out.put("records", rec);
    }
    if (r.severity() != null) {
      Map<String, Object> sev = new LinkedHashMap<>();
      sev.put("level", r.severity().level().name());
      sev.put("standard_ratio", r.severity().standardRatio());
      sev.put("basis", r.severity().basis());
      out.put("severity", sev);
    }
    out.put("own_identifiers_stored", r.ownIdentifiersStored());
    List<Map<String, Object>> own = new ArrayList<>();
    for (FileCheck.OwnHit hit : r.own()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("type", hit.type());
      h.put("masked", hit.masked());
      List<Map<String, Object>> places = new ArrayList<>();
      for (FileCheck.Place p : hit.places()) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("part", p.part());
        place.put("line", p.line());
        places.add(place);
      }
      h.put("places", places);
      own.add(h);
    }
    out.put("own_hits", own);
    out.put("maskable", r.maskable());
    out.put("notes", r.notes());
    return out;
  }
}
