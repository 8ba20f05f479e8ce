package org.leakaid.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.leakaid.app.account.AccountDataContributor;
import org.leakaid.app.cases.CaseForDocuments;
import org.leakaid.app.cases.CaseViews.CaseView;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.cases.StepStatus;
import org.leakaid.app.evidence.EvidenceForDocuments;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.documents.CaseFacts;
import org.leakaid.documents.DocumentKind;
import org.leakaid.documents.Documents;
import org.leakaid.documents.Draft;
import org.leakaid.documents.Readiness;
import org.leakaid.evidence.EvidenceItem;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case: gathers the case, its numbered evidence and the stored fields into the
 * documents module's {@link CaseFacts}, keeps what the user types, and writes the files.
 */
@Service
@Order(10)
class CaseDocuments implements AccountDataContributor {
  static final int MAX_FIELDS_PER_REQUEST = 40;

  private final Documents documents;
  private final CaseForDocuments cases;
  private final EvidenceForDocuments evidence;
  private final DocumentRepository repository;
  private final Clock clock;

  CaseDocuments(
      Documents documents,
      CaseForDocuments cases,
      EvidenceForDocuments evidence,
      DocumentRepository repository,
      Clock clock) {
    this.documents = documents;
    this.cases = cases;
    this.evidence = evidence;
    this.repository = repository;
    this.clock = clock;
  }

  Documents documents() {
    return documents;
  }

  LocalDate today() {
    return cases.today();
  }

  /** Everything a document of this case is written from. */
  @Transactional(readOnly = true)
  CaseFacts facts(OwnedCase owned) {
    // Documents are in Chinese whatever the page's language: step titles in Chinese too.
    CaseView view = cases.read(owned, Locale.SIMPLIFIED_CHINESE);
    List<CaseFacts.DoneStep> done =
        view.plan().stream()
            .filter(s -> s.status() == StepStatus.DONE)
            .map(s -> new CaseFacts.DoneStep(s.key(), s.title(), s.note()))
            .toList();
    List<EvidenceItem> items = evidence.numbered(owned);
    List<CaseFacts.EvidenceEntry> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      EvidenceItem item = items.get(i);
      entries.add(
          new CaseFacts.EvidenceEntry(
              i + 1,
              item.kind(),
              item.category(),
              item.occurredAt(),
              item.counterpart(),
              item.content(),
              item.notes(),
              item.sourceOrDefault(),
              item.provesOrDefault(),
              item.files().stream().map(f -> f.name()).toList()));
    }
    return new CaseFacts(
        owned.id().toString(),
        cases.today(),
        view.intake().noticedOn(),
        view.intake().leaked(),
        view.intake().symptoms(),
        view.intake().moneyLostYuan(),
        view.intake().suspectedSource(),
        done,
        entries,
        repository.fields(owned.id()),
        repository.sent(owned.id()));
  }

  List<Readiness> readiness(OwnedCase owned) {
    return documents.readiness(facts(owned));
  }

  Readiness readiness(OwnedCase owned, DocumentKind kind) {
    return documents.readiness(kind, facts(owned));
  }

  /**
   * Checks and keeps typed values; an empty value removes a stored one. Nothing is kept when any
   * value is bad (400 naming each).
   */
  @Transactional
  void saveFields(OwnedCase owned, Map<String, String> typed) {
    if (typed == null || typed.isEmpty()) {
      throw HttpProblem.badRequest("INVALID_INPUT", "fields: give at least one field");
    }
    if (typed.size() > MAX_FIELDS_PER_REQUEST) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "fields: at most " + MAX_FIELDS_PER_REQUEST + " at a time");
    }
    Map<String, String> clean = new LinkedHashMap<>();
    typed.forEach((name, value) -> clean.put(name, value == null ? "" : value));
    List<Documents.FieldProblem> problems = documents.check(clean, cases.today());
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    clean.forEach(
        (name, value) ->
            repository.saveField(
                owned.id(), name, documents.normalise(name, value), clock.instant()));
  }

  /** Records when a document was sent (not in the future, not before the leak was noticed). */
  @Transactional
  void markSent(OwnedCase owned, DocumentKind kind, LocalDate sentOn) {
    if (sentOn == null) {
      throw HttpProblem.badRequest("INVALID_INPUT", "sentOn: a date as YYYY-MM-DD is required");
    }
    if (sentOn.isAfter(cases.today())) {
      throw HttpProblem.badRequest("INVALID_INPUT", "sentOn: must not be in the future");
    }
    if (sentOn.isBefore(LocalDate.of(1990, 1, 1))) {
      throw HttpProblem.badRequest("INVALID_INPUT", "sentOn: must be 1990-01-01 or later");
    }
    repository.saveSent(owned.id(), kind, sentOn, clock.instant());
  }

  /** The document, or 422 naming what it still needs. */
  Draft draft(OwnedCase owned, DocumentKind kind) {
    CaseFacts facts = facts(owned);
    Readiness readiness = documents.readiness(kind, facts);
    if (!readiness.ready()) {
      throw new NotReady(readiness);
    }
    return documents.draft(kind, facts);
  }

  byte[] render(Draft draft, Format format) {
    return switch (format) {
      case DOCX -> documents.docx(draft);
      case PDF -> documents.pdf(draft);
      case TXT -> documents.text(draft).getBytes(StandardCharsets.UTF_8);
    };
  }

  /**
   * One ZIP: every ready document as DOCX and PDF under 文书/, the evidence package as 证据包.zip, and
   * 说明.txt listing what is in it and what the documents that are not ready still need.
   */
  void writeAll(OwnedCase owned, OutputStream out) throws IOException {
    CaseFacts facts = facts(owned);
    ZipOutputStream zip = new ZipOutputStream(nonClosing(out), StandardCharsets.UTF_8);
    StringBuilder readme = new StringBuilder("挽回（LeakAid）文书包\n\n");
    readme.append("生成日期：").append(facts.today()).append("\n\n已生成的文书（文书/ 目录，DOCX可编辑，PDF可打印）：\n");
    List<String> notReady = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      Readiness readiness = documents.readiness(kind, facts);
      String title = documents.template(kind).title().zh();
      if (!readiness.ready()) {
        notReady.add(
            "- "
                + title
                + "："
                + (readiness.missing().isEmpty()
                    ? readiness.blockers().get(0).zh()
                    : "还需要填写"
                        + readiness.missing().stream()
                            .map(n -> documents.field(n).orElseThrow().label().zh())
                            .collect(Collectors.joining("、"))));
        continue;
      }
      Draft draft = documents.draft(kind, facts);
      put(zip, "文书/" + draft.fileName() + ".docx", documents.docx(draft));
      put(zip, "文书/" + draft.fileName() + ".pdf", documents.pdf(draft));
      readme.append("- ").append(title).append('\n');
    }
    if (!notReady.isEmpty()) {
      readme.append("\n还不能生成的文书：\n").append(String.join("\n", notReady)).append('\n');
    }
    readme.append(
        "\n证据包.zip：证据的原始文件、证据目录（DOCX和PDF）和校验值清单，文书中的证据序号与证据目录一致。"
            + "可以用 ./leakaid verify 证据包.zip 离线核验。\n");
    zip.putNextEntry(entry("证据包.zip"));
    evidence.writePackage(owned, zip);
    zip.closeEntry();
    put(zip, "说明.txt", readme.toString().getBytes(StandardCharsets.UTF_8));
    zip.finish();
    zip.flush();
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(content);
    zip.closeEntry();
  }

  /**
   * An entry whose Chinese name every unzip shows: Java flags names as UTF-8, but Debian's Info-ZIP
   * unzip reads only the Unicode Path extra field (0x7075), as the evidence package also writes.
   */
  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(utf8);
    int length = 1 + 4 + utf8.length;
    entry.setExtra(
        java.nio.ByteBuffer.allocate(4 + length)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .putShort((short) 0x7075)
            .putShort((short) length)
            .put((byte) 1)
            .putInt((int) crc.getValue())
            .put(utf8)
            .array());
    return entry;
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  // ---- the account's data ---------------------------------------------------------------------

  /** The account export's part: per case, the typed fields and sent dates. */
  record CaseDocumentsExport(
      UUID caseId, List<DocumentRepository.FieldRow> fields, List<SentExport> sent) {}

  record SentExport(String kind, LocalDate sentOn) {}

  @Override
  public String exportKey() {
    return "documents";
  }

  @Override
  public List<CaseDocumentsExport> exportData(UUID accountId) {
    return repository.caseIdsOf(accountId).stream()
        .map(
            caseId ->
                new CaseDocumentsExport(
                    caseId,
                    repository.fieldRows(caseId),
                    repository.sentRows(caseId).stream()
                        .map(s -> new SentExport(s.kind().slug(), s.sentOn()))
                        .toList()))
        .toList();
  }

  @Override
  public void deleteData(UUID accountId) {
    repository.deleteAllOf(accountId);
  }

  /** The output formats. */
  enum Format {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    TXT("txt", "text/plain;charset=UTF-8");

    final String extension;
    final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    static Format parse(String value) {
      for (Format f : values()) {
        if (f.extension.equalsIgnoreCase(value == null ? "" : value.strip())) {
          return f;
        }
      }
      throw HttpProblem.badRequest("INVALID_INPUT", "format: one of docx, pdf, txt");
    }
  }

  /** The kind in a URL, or 404. */
  static DocumentKind kind(String slug) {
    return DocumentKind.fromSlug(slug)
        .orElseThrow(
            () ->
                HttpProblem.notFound(
                    "DOCUMENT_KIND_NOT_FOUND",
                    "no such document kind; kinds: "
                        + java.util.Arrays.stream(DocumentKind.values())
                            .map(DocumentKind::slug)
                            .collect(Collectors.joining(", "))));
  }

  /** Typed values that fail their checks; 400 naming each field. */
  static final class InvalidFields extends HttpProblem {
    final transient List<Documents.FieldProblem> problems;

    InvalidFields(List<Documents.FieldProblem> problems) {
      super(
          HttpStatus.BAD_REQUEST,
          "INVALID_INPUT",
          problems.stream()
              .map(p -> "fields." + p.field() + ": " + p.message().en())
              .collect(Collectors.joining("; ")));
      this.problems = problems;
    }
  }

  /** The document is not ready: 422 with what it needs. */
  static final class NotReady extends HttpProblem {
    final transient Readiness readiness;

    NotReady(Readiness readiness) {
      super(
          HttpStatus.UNPROCESSABLE_CONTENT,
          readiness.missing().isEmpty() ? "PREREQUISITE_NOT_MET" : "DOCUMENT_NOT_READY",
          readiness.missing().isEmpty()
              ? readiness.blockers().get(0).en()
              : readiness.kind().slug()
                  + " needs "
                  + String.join(", ", readiness.missing())
                  + " (POST them as {\"fields\": {...}})");
      this.readiness = readiness;
    }
  }
}
