package org.leakaid.app.evidence;

import org.leakaid.app.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Multipart mistakes specific to the evidence upload, answered as 400 with the part named; ahead of
 * the API's catch-all handler, which would call them internal errors. A body that cannot be parsed
 * at all never gets here: {@code MultipartGate} answers it before any controller.
 */
@RestControllerAdvice(assignableTypes = {EvidenceApi.class, EvidenceCaptureApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceApiErrors {

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
    return new ApiError(
            "INVALID_INPUT",
            "multipart part '"
                + e.getRequestPartName()
                + "' is missing; send part 'item' (JSON) and any number of parts 'files'")
        .withStatus(HttpStatus.BAD_REQUEST);
  }

  private static ResponseEntity<ApiError> tooLarge() {
    return new ApiError(
            "PAYLOAD_TOO_LARGE",
            "the upload is larger than the server accepts for one file or one request")
        .withStatus(HttpStatus.CONTENT_TOO_LARGE);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> malformedMultipart(MultipartException e) {
    if (e instanceof MaxUploadSizeExceededException) {
      return tooLarge();
    }
    return new ApiError("INVALID_INPUT", "the request is not well-formed multipart/form-data")
        .withStatus(HttpStatus.BAD_REQUEST);
  }
}
