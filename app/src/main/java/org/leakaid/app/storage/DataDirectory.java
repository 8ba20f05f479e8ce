package org.leakaid.app.storage;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.leakaid.evidence.store.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.util.FileSystemUtils;

/**
 * The data directory ({@code leakaid.data-dir}): owner-only, with everything in it.
 *
 * <p>Uploads are spooled by the servlet container before the app reads them, in plaintext. They go
 * to {@code tmp/uploads} here, not to the system's temporary directory, where a crash left them
 * readable for ever: this directory is emptied at every start. Where several app nodes share one
 * data directory, each node needs a spool of its own ({@code leakaid.upload-dir}, on the node's own
 * disk): a node starting must not empty the spool of another node's uploads in progress.
 */
@Configuration
public class DataDirectory {
  private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

  private final Path root;
  private final Path uploads;

  DataDirectory(
      @Value("${leakaid.data-dir}") Path root, @Value("${leakaid.upload-dir:}") String uploadDir)
      throws IOException {
    this.root = root;
    this.uploads =
        uploadDir.isBlank() ? root.resolve("tmp").resolve("uploads") : Path.of(uploadDir);
    OwnerOnly.createDirectories(root);
    OwnerOnly.createDirectories(uploads.toAbsolutePath().getParent());
    int leftovers = emptyUploads();
    if (leftovers > 0) {
      log.info("Removed {} upload files left by an earlier run", leftovers);
    }
    OwnerOnly.createDirectories(uploads);
  }

  public Path root() {
    return root;
  }

  /** The container's multipart settings, spooling to {@code tmp/uploads}. */
  @Bean
  MultipartConfigElement multipartConfigElement(MultipartProperties properties) {
    properties.setLocation(uploads.toAbsolutePath().toString());
    return properties.createMultipartConfig();
  }

  /**
   * Once the database has created its files, makes them owner-only too: the embedded database holds
   * the text of the evidence (what a caller said, an SMS) in plaintext. The launcher also runs the
   * app with umask 077, so files created later are owner-only from the start.
   */
  @EventListener(ApplicationReadyEvent.class)
  void restrictFiles() throws IOException {
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        OwnerOnly.restrict(file);
      }
    }
  }

  private int emptyUploads() throws IOException {
    if (!Files.isDirectory(uploads)) {
      return 0;
    }
    int n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(uploads)) {
      for (Path file : files) {
        FileSystemUtils.deleteRecursively(file);
        n++;
      }
    }
    return n;
  }
}
