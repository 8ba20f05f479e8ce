package org.leakaid.app.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own data: export all of it, or delete the account with all of it. */
@RestController
@RequestMapping("/api/account")
@Tag(name = "account", description = "Export and delete your data")
class AccountApi {

  private final AccountService accounts;

  AccountApi(AccountService accounts) {
    this.accounts = accounts;
  }

  @Operation(summary = "Everything stored for this account, as JSON")
  @GetMapping("/export")
  Map<String, Object> export(@AuthenticationPrincipal SignedInUser user) {
    return accounts.export(user.id());
  }

  /** The body of a deletion: the account's password, as the page asks for it too. */
  record DeleteRequest(String password) {}

  @Operation(
      summary = "Delete this account and everything in it; its tokens stop working",
      description =
          "Body {\"password\": \"...\"}: the token alone is not enough. 400 PASSWORD_REQUIRED"
              + " without it, 403 WRONG_PASSWORD (nothing deleted), 429 TOO_MANY_ATTEMPTS after"
              + " repeated wrong passwords, as for sign-in.")
  @DeleteMapping
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser user,
      @RequestBody(required = false) DeleteRequest request,
      HttpServletRequest http) {
    accounts.confirmPassword(
        user, request == null ? null : request.password(), http.getRemoteAddr());
    accounts.delete(user.id());
    return ResponseEntity.noContent().build();
  }
}
