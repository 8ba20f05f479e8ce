package org.leakaid.app.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;
import org.leakaid.app.web.ApiError;
import org.leakaid.app.web.HttpProblem;
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

  record Registered(UUID id, String username, Instant createdAt, String recoveryCode) {}

  record RecoverRequest(String username, String recoveryCode, String newPassword) {}

  record Recovered(String recoveryCode) {}

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

  @Operation(
      summary = "Create an account (user name: 2 to 32 characters, Chinese too)",
      description =
          "The password needs at least 10 characters, must not be the user name, and must not be"
              + " easy to guess: a strength score of at least 3 of 4 and not in a breach list"
              + " (400 WEAK_PASSWORD naming the reasons). The answer carries a one-time recoveryCode"
              + " (shown only here; POST /api/auth/recover sets a new password with it). At most 20"
              + " registrations per client address and hour (429 TOO_MANY_REGISTRATIONS with"
              + " Retry-After; leakaid.registration.*).")
  @PostMapping("/register")
  ResponseEntity<Registered> register(
      @RequestBody RegisterRequest request, HttpServletRequest http) {
    AccountService.NewAccount created =
        accounts.register(request.username(), request.password(), http.getRemoteAddr());
    AccountService.AccountInfo account = created.account();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new Registered(
                account.id(), account.username(), account.createdAt(), created.recoveryCode()));
  }

  @Operation(
      summary = "Set a new password with the one-time recovery code",
      description =
          "Answers the next recovery code (the one used is gone) and revokes the account's API"
              + " tokens. 400 INVALID_RECOVERY_CODE when the user name or code is wrong (throttled"
              + " like sign-in: 429 TOO_MANY_ATTEMPTS), 400 WEAK_PASSWORD as at registration (the"
              + " code is then not used up).")
  @PostMapping("/recover")
  ResponseEntity<Recovered> recover(@RequestBody RecoverRequest request, HttpServletRequest http) {
    if (request.username() == null
        || request.recoveryCode() == null
        || request.newPassword() == null) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "username, recoveryCode and newPassword are required");
    }
    String next =
        accounts.recover(
            request.username(),
            request.recoveryCode(),
            request.newPassword(),
            http.getRemoteAddr());
    return ResponseEntity.ok(new Recovered(next));
  }

  @Operation(
      summary = "Exchange username and password for a bearer token",
      description =
          "After 5 failed attempts for a username from one address, that address waits before"
              + " each further attempt (1 s doubling to 15 minutes; 429 TOO_MANY_ATTEMPTS with"
              + " Retry-After). 30 failures from one address, or 100 for one username from"
              + " anywhere, lock for 15 minutes. 503 BUSY when every password check is taken.")
  @PostMapping("/token")
  ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
    if (request.username() == null || request.password() == null) {
      return new ApiError("INVALID_INPUT", "username and password are required")
          .withStatus(HttpStatus.BAD_REQUEST);
    }
    UsernamePasswordAuthenticationToken attempt =
        UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
    attempt.setDetails(new WebAuthenticationDetails(http));
    Authentication result;
    try {
      result = authentication.authenticate(attempt);
    } catch (LoginThrottledException locked) {
      HttpProblem refused = AccountService.tooManyAttempts(locked.retryAfter());
      return refused.toApiError().withStatus(refused.getStatusCode(), refused.getHeaders());
    } catch (PasswordHashingBusyException busy) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(
          HttpHeaders.RETRY_AFTER,
          String.valueOf(HttpProblem.retrySeconds(PasswordHashingBusyException.RETRY_AFTER)));
      return new ApiError("BUSY", busy.getMessage())
          .withStatus(HttpStatus.SERVICE_UNAVAILABLE, headers);
    } catch (BadCredentialsException wrong) {
      return new ApiError("BAD_CREDENTIALS", "wrong username or password")
          .withStatus(HttpStatus.UNAUTHORIZED);
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
