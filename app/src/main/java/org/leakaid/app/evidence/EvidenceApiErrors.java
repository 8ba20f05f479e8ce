package org.leakaid.app.evidence;

import org.leakaid.app.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Multipart mistakes specific to the evidence upload, answered as 400 with the part named; ahead of
 * the API's catch-all handler, which would call them internal errors.
 */
@RestControllerAdvice(assignableTypes = {EvidenceApi.class, EvidenceCaptureApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceApiErrors {

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
    return ResponseEntity.badRequest()
        .body(
            new ApiError(
                "INVALID_INPUT",
                "multipart part '"
                    + e.getRequestPartName()
                    + "' is missing; send part 'item' (JSON) and any number of parts 'files'"));
  }

  private static ResponseEntity<ApiError> tooLarge() {
    return ResponseEntity.status(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE)
        .body(
            new ApiError(
                "PAYLOAD_TOO_LARGE",
                "the upload is larger than the server accepts for one file or one request"));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> malformedMultipart(MultipartException e) {
    if (e instanceof MaxUploadSizeExceededException) {
      return tooLarge();
    }
    return ResponseEntity.badRequest()
        .body(new ApiError("INVALID_INPUT", "the request is not well-formed multipart/form-data"));
  }
}
