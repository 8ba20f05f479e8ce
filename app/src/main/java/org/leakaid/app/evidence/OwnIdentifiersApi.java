package org.leakaid.app.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.evidence.OwnIdentifiers.OwnIdentifier;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "My identifiers": stored as keyed hashes, shown masked, never returned in full. */
@RestController
@RequestMapping("/api/account/identifiers")
@Tag(
    name = "identifiers",
    description =
        "The user's own phone, ID number, e-mail, bank card and name, so that quick capture can"
            + " flag messages that contain them; only a keyed hash and the masked form are kept")
class OwnIdentifiersApi {

  /** {@code type}: leave out to detect, or {@code NAME} to store the value as a name. */
  record AddIdentifier(String value, String type) {}

  private final OwnIdentifiers identifiers;

  OwnIdentifiersApi(OwnIdentifiers identifiers) {
    this.identifiers = identifiers;
  }

  @Operation(summary = "The stored identifiers, masked")
  @GetMapping
  List<OwnIdentifier> list(@AuthenticationPrincipal SignedInUser user) {
    return identifiers.list(user.id());
  }

  @Operation(
      summary = "Store one of my identifiers",
      description =
          "{\"value\": \"138 1234 5678\"} (phone, ID number, e-mail, bank card, or a name; type"
              + " NAME forces a name). 201 with the masked form; 409 IDENTIFIER_EXISTS.")
  @PostMapping
  ResponseEntity<OwnIdentifier> add(
      @AuthenticationPrincipal SignedInUser user, @RequestBody AddIdentifier request) {
    OwnIdentifier added = identifiers.add(user.id(), request.value(), request.type());
    return ResponseEntity.created(URI.create("/api/account/identifiers/" + added.id())).body(added);
  }

  @Operation(summary = "Forget one of my identifiers")
  @DeleteMapping("/{identifierId}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("identifierId") String identifierId) {
    identifiers.delete(user.id(), identifierId);
    return ResponseEntity.noContent().build();
  }
}
