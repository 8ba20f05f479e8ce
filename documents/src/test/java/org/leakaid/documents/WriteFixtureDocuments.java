package org.leakaid.documents;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every kind of the fixture case as text, PDF and DOCX under target/fixture-documents, to
 * look at the layout ({@code pdftoppm -png} turns the PDFs into pictures). Not a test: run its
 * main.
 */
public final class WriteFixtureDocuments {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of("target/fixture-documents");
    Files.createDirectories(dir);
    Documents documents = Documents.standard();
    long t0 = System.nanoTime();
    for (DocumentKind kind : DocumentKind.values()) {
      Draft draft = documents.draft(kind, FixtureCase.facts());
      Files.writeString(dir.resolve(kind.slug() + ".txt"), documents.text(draft));
      Files.write(dir.resolve(kind.slug() + ".pdf"), documents.pdf(draft));
      Files.write(dir.resolve(kind.slug() + ".docx"), documents.docx(draft));
      System.out.println(kind.slug() + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
  }
}
