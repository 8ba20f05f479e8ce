package org.leakaid.app.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceViews.ItemView;
import org.leakaid.app.evidence.EvidenceViews.LogSummary;
import org.leakaid.app.web.ApiError;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.app.web.JsonInputErrors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The evidence locker of a case over JSON; files come as multipart, the export as a ZIP. */
@RestController
@RequestMapping("/api/cases/{id}/evidence")
@Tag(
    name = "evidence",
    description =
        "Evidence items with files, kept in a hash-chained log; export as a verifiable package")
class EvidenceApi {
  private static final int MAX_ITEM_JSON_BYTES = 512 * 1024;

  private final Cases cases;
  private final EvidenceLocker locker;
  private final JsonMapper json;
  private final Clock clock;

  EvidenceApi(Cases cases, EvidenceLocker locker, JsonMapper json, Clock clock) {
    this.cases = cases;
    this.locker = locker;
    this.json = json;
    this.clock = clock;
  }

  @Operation(
      summary = "Record an evidence item with its files",
      description =
          "multipart/form-data: part `item` = JSON {kind, occurredAt, counterpart, content, notes,"
              + " category?, source?, proves?}; parts `files` = any number of files (JPEG, PNG,"
              + " GIF, WebP, PDF, MP3, M4A, AMR, WAV, MP4, .eml, .txt, .csv). 413 FILE_TOO_LARGE,"
              + " 415 UNSUPPORTED_FILE_TYPE, 400 for an empty file, a file name over 255"
              + " characters or an occurredAt before 1990 or more than a day ahead; nothing is"
              + " kept when any file is refused.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ItemView> record(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestPart(name = "item") byte[] item,
      @RequestPart(name = "files", required = false) List<MultipartFile> files) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    ItemRequest request = parseItem(item);
    ItemView created = locker.record(owned, request.toNewItem(clock), uploads(files));
    return ResponseEntity.created(
            URI.create("/api/cases/" + owned.id() + "/evidence/" + created.id()))
        .body(created);
  }

  @Operation(
      summary = "Every evidence item of the case, withdrawn ones flagged, in the order recorded")
  @GetMapping
  List<ItemView> list(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    return locker.items(cases.requireOwned(id, user.id()));
  }

  @Operation(
      summary = "The case log: number of entries, its head (SHA-256) and whether it verifies")
  @GetMapping("/log")
  LogSummary log(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    return locker.summary(cases.requireOwned(id, user.id()));
  }

  @Operation(
      summary = "Correct an item",
      description =
          "JSON with the fields to change (same names as `item`); an empty string clears a text"
              + " field. Appended to the log: the earlier version stays in it.")
  @PatchMapping("/{itemId}")
  ItemView amend(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("itemId") String itemId,
      @RequestBody ItemRequest change) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    return locker.amend(owned, itemId, change.toAmendment(clock));
  }

  @Operation(summary = "Attach more files to an item (multipart parts `files`)")
  @PostMapping(path = "/{itemId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ItemView addFiles(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("itemId") String itemId,
      @RequestPart(name = "files", required = false) List<MultipartFile> files) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    return locker.addFiles(owned, itemId, uploads(files));
  }

  @Operation(
      summary = "Withdraw an item recorded by mistake",
      description = "Appends a withdrawal to the log; the item leaves exports but not the log.")
  @DeleteMapping("/{itemId}")
  ItemView withdraw(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("itemId") String itemId,
      @Parameter(description = "why it is withdrawn")
          @RequestParam(name = "reason", required = false)
          String reason) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    if (reason != null && reason.length() > 1000) {
      throw ItemRequest.invalid("reason: at most 1000 characters");
    }
    return locker.withdraw(owned, itemId, reason);
  }

  @Operation(summary = "Download one of the case's original files by its SHA-256")
  @GetMapping("/files/{sha256}")
  void file(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("sha256") String sha256,
      HttpServletResponse response)
      throws IOException {
    OwnedCase owned = cases.requireOwned(id, user.id());
    EvidenceDownloads.sendFile(locker, owned, sha256, response);
  }

  @Operation(
      summary =
          "The evidence package: a ZIP with the original files, 证据目录 (DOCX and PDF),"
              + " manifest.json with every SHA-256 and the hash chain, and how to verify it"
              + " (./leakaid verify PACKAGE.zip)")
  @GetMapping(path = "/export", produces = "application/zip")
  void export(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      HttpServletResponse response)
      throws IOException {
    EvidenceDownloads.sendPackage(locker, cases.requireOwned(id, user.id()), clock, response);
  }

  private ItemRequest parseItem(byte[] bytes) {
    if (bytes.length > MAX_ITEM_JSON_BYTES) {
      throw ItemRequest.invalid("item: larger than " + MAX_ITEM_JSON_BYTES / 1024 + " KB");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw ItemRequest.invalid("item: must be UTF-8 JSON");
    }
    try {
      ItemRequest request = json.readValue(text, ItemRequest.class);
      if (request == null) {
        throw ItemRequest.invalid("item: must be a JSON object");
      }
      return request;
    } catch (UnrecognizedPropertyException e) {
      throw new HttpProblem(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "INVALID_INPUT",
          "item: unknown field "
              + ItemRequest.quote(e.getPropertyName())
              + "; known fields: category, content, counterpart, kind, notes, occurredAt, proves,"
              + " source");
    } catch (JacksonException e) {
      ApiError error = JsonInputErrors.describe(e);
      if (error.error().equals("MALFORMED_JSON")) {
        throw new HttpProblem(
            org.springframework.http.HttpStatus.BAD_REQUEST,
            "MALFORMED_JSON",
            "item: not well-formed JSON; send a JSON object of strings");
      }
      // "kind: '5' is not a string" becomes "item.kind: ...", "body: ..." becomes "item: ...".
      String message = error.message();
      throw new HttpProblem(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          error.error(),
          message.startsWith("body") ? "item" + message.substring(4) : "item." + message);
    }
  }

  /** The longest file name kept with an item, in characters. */
  static final int MAX_FILE_NAME = 255;

  /**
   * The uploaded files as the locker takes them, checked first so that a mistake the user can fix
   * is a 400 naming the file: an empty file, a name too long to keep, a name with control
   * characters. A part with neither a name nor content (a file input left empty) is no file.
   */
  static List<EvidenceLocker.Upload> uploads(List<MultipartFile> files) {
    if (files == null) {
      return List.of();
    }
    List<MultipartFile> chosen =
        files.stream()
            .filter(
                f ->
                    !(f.isEmpty()
                        && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
            .toList();
    List<EvidenceLocker.Upload> uploads = new java.util.ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      MultipartFile f = chosen.get(i);
      String name = f.getOriginalFilename() == null ? "" : f.getOriginalFilename().strip();
      String field = "files[" + i + "]";
      int length = name.codePointCount(0, name.length());
      if (length > MAX_FILE_NAME) {
        throw ItemRequest.invalid(
            field
                + ": the file name has "
                + length
                + " characters, at most "
                + MAX_FILE_NAME
                + " are kept; rename the file");
      }
      if (name.codePoints().anyMatch(Character::isISOControl)) {
        throw ItemRequest.invalid(field + ": the file name contains a control character");
      }
      if (f.isEmpty()) {
        throw ItemRequest.invalid(
            field
                + " "
                + ItemRequest.quote(name)
                + ": the file is empty (0 bytes); choose it again, it may not have been saved"
                + " or copied whole");
      }
      uploads.add(new EvidenceLocker.Upload(f.getOriginalFilename(), f::getInputStream));
    }
    return uploads;
  }
}
