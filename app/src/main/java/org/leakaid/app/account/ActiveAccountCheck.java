package org.leakaid.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Ends page sessions whose account was deleted elsewhere (another browser, the API), so no page
 * acts for an account that no longer exists. API tokens need no such check: they die with the
 * account row.
 */
@Configuration
class ActiveAccountCheck implements WebMvcConfigurer, HandlerInterceptor {

  private final AccountService accounts;

  ActiveAccountCheck(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/error");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof SignedInUser user
        && !accounts.exists(user.id())) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      response.sendRedirect(request.getContextPath() + "/login");
      return false;
    }
    return true;
  }
}
