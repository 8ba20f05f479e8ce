package org.leakaid.app.web;

import java.util.Optional;

/**
 * Implemented (as a Spring bean) by a feature whose pages have upload forms: where to send the
 * browser when its upload is larger than the server accepts, so the user sees the form again with
 * the reason instead of an error page. {@link MultipartGate} asks before any controller runs.
 */
public interface UploadFormPages {

  /**
   * The path (with a query that names the reason) to redirect to when an upload posted to {@code
   * path} is too large; empty when the form at {@code path} is not this feature's.
   */
  Optional<String> backToFormWhenTooLarge(String path);
}
