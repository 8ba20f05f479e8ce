package org.leakaid.app.protect;

import java.util.Optional;
import java.util.Set;
import org.leakaid.app.web.UploadFormPages;
import org.springframework.stereotype.Component;

/** An upload too large for the server goes back to its form, which then says what the limit is. */
@Component
class ProtectUploadForms implements UploadFormPages {

  private static final Set<String> FORMS =
      Set.of("/protect/watermark", "/protect/check", "/protect/waybill");

  @Override
  public Optional<String> backToFormWhenTooLarge(String path) {
    return FORMS.contains(path) ? Optional.of(path + "?tooLarge") : Optional.empty();
  }
}
