package org.leakaid.app.protect;

import org.leakaid.app.web.HttpProblem;
import org.leakaid.protect.RefusedInput;
import org.springframework.http.HttpStatus;

/** How a refused input is answered: status, API code and the message key for pages. */
final class RefusedInputs {

  private RefusedInputs() {}

  static HttpStatus status(RefusedInput.Reason reason) {
    return switch (reason) {
      case UNSUPPORTED_TYPE, HEIC -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
      case CORRUPT, ENCRYPTED -> HttpStatus.UNPROCESSABLE_CONTENT;
      case TEXT_MISSING, TEXT_TOO_LONG, TEXT_NOT_DRAWABLE, BAD_AREAS -> HttpStatus.BAD_REQUEST;
    };
  }

  static String code(RefusedInput.Reason reason) {
    return switch (reason) {
      case UNSUPPORTED_TYPE -> "UNSUPPORTED_FILE_TYPE";
      case HEIC -> "HEIC_NOT_SUPPORTED";
      case CORRUPT -> "CORRUPT_FILE";
      case TOO_LARGE -> "FILE_TOO_LARGE";
      case ENCRYPTED -> "ENCRYPTED_PDF";
      case TEXT_MISSING, TEXT_TOO_LONG, TEXT_NOT_DRAWABLE, BAD_AREAS -> "INVALID_INPUT";
    };
  }

  /** {@code protect.refused.REASON} in the messages files. */
  static String messageKey(RefusedInput.Reason reason) {
    return "protect.refused." + reason.name();
  }

  static HttpProblem problem(RefusedInput refused) {
    return new HttpProblem(status(refused.reason()), code(refused.reason()), refused.getMessage());
  }
}
