package org.leakaid.app.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;
import org.leakaid.app.web.ApiError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration and bearer tokens: the only API calls that need no token. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth", description = "Accounts and bearer tokens")
class AuthApi {

  record RegisterRequest(String username, String password) {}

  record Registered(UUID id, String username, Instant createdAt) {}

  record TokenRequest(String username, String password) {}

  record TokenResponse(String token, Instant expiresAt) {}

  private final AccountService accounts;
  private final ApiTokens tokens;
  private final AuthenticationManager authentication;

  AuthApi(AccountService accounts, ApiTokens tokens, AuthenticationManager authentication) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.authentication = authentication;
  }

  @Operation(summary = "Create an account (password: at least 10 characters, not the username)")
  @PostMapping("/register")
  ResponseEntity<Registered> register(@RequestBody RegisterRequest request) {
    AccountService.AccountInfo account = accounts.register(request.username(), request.password());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Registered(account.id(), account.username(), account.createdAt()));
  }

  @Operation(
      summary = "Exchange username and password for a bearer token",
      description = "5 failed attempts for a username lock it for 15 minutes (429).")
  @PostMapping("/token")
  ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
    if (request.username() == null || request.password() == null) {
      return ResponseEntity.badRequest()
          .body(new ApiError("INVALID_INPUT", "username and password are required"));
    }
    UsernamePasswordAuthenticationToken attempt =
        UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
    attempt.setDetails(new WebAuthenticationDetails(http));
    Authentication result;
    try {
      result = authentication.authenticate(attempt);
    } catch (LoginThrottledException locked) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfter().toSeconds() + 1))
          .body(
              new ApiError(
                  "TOO_MANY_ATTEMPTS",
                  "too many failed attempts; try again in "
                      + (locked.retryAfter().toMinutes() + 1)
                      + " minutes"));
    } catch (BadCredentialsException wrong) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(new ApiError("BAD_CREDENTIALS", "wrong username or password"));
    }
    SignedInUser user = (SignedInUser) result.getPrincipal();
    ApiTokens.IssuedToken issued = tokens.issue(user.id());
    return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
  }

  @Operation(summary = "Revoke the token used for this call")
  @DeleteMapping("/token")
  ResponseEntity<Void> revoke(
      @AuthenticationPrincipal SignedInUser user,
      @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
    tokens.revoke(authorization.substring("Bearer ".length()).strip(), user.id());
    return ResponseEntity.noContent().build();
  }
}
