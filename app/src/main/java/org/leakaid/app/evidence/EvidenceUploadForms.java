package org.leakaid.app.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakaid.app.web.UploadFormPages;
import org.springframework.stereotype.Component;

/**
 * The evidence pages' upload forms: an upload over the size limits goes back to its form with
 * {@code ?tooLarge}, which the form shows as the reason, rather than to an error page.
 */
@Component
class EvidenceUploadForms implements UploadFormPages {

  private static final Pattern EVIDENCE_FORM = Pattern.compile("/cases/[0-9a-fA-F-]{36}/evidence");

  private static final Pattern IMPORT_FORM =
      Pattern.compile("(/cases/[0-9a-fA-F-]{36}/evidence)/import/(eml|calls)");

  @Override
  public Optional<String> backToFormWhenTooLarge(String path) {
    if (EVIDENCE_FORM.matcher(path).matches()) {
      return Optional.of(path + "/new?tooLarge");
    }
    Matcher imports = IMPORT_FORM.matcher(path);
    if (imports.matches()) {
      return Optional.of(imports.group(1) + "/capture?tooLarge");
    }
    return Optional.empty();
  }
}
