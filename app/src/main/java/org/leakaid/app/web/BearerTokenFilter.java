package org.leakaid.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.leakaid.app.account.ApiTokens;
import org.leakaid.app.account.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer TOKEN} on the API. A request without the header
 * continues anonymously (and gets 401 where a user is needed); a request with a bad token is
 * answered 401 at once, so a typo never silently acts as "not signed in".
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final ApiErrorWriter errors;

  BearerTokenFilter(ApiTokens tokens, ApiErrorWriter errors) {
    this.tokens = tokens;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      unauthorized(response, "use Authorization: Bearer TOKEN");
      return;
    }
    var user = tokens.authenticate(header.substring(7).strip());
    if (user.isEmpty()) {
      unauthorized(response, "the token is unknown or expired; POST /api/auth/token for a new one");
      return;
    }
    SignedInUser principal = user.get();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void unauthorized(HttpServletResponse response, String message) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    errors.write(response, HttpStatus.UNAUTHORIZED, new ApiError("UNAUTHORIZED", message));
  }
}
