package org.leakaid.app.web;

import org.leakaid.app.account.ApiTokens;
import org.leakaid.app.account.LoginThrottledException;
import org.leakaid.app.account.PasswordHashingBusyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. {@code /api/**} is stateless: bearer tokens, no session, no CSRF (a token in a
 * header cannot be sent by another site), JSON 401/403. Everything else is pages: form login with a
 * session cookie (HttpOnly, SameSite=Lax, Secure behind https; see application.properties) and CSRF
 * tokens on every form. Both send a strict Content-Security-Policy: no inline scripts or styles, no
 * framing. In both, a multipart body is read only once the user is known ({@link MultipartGate}).
 */
@Configuration
class SecurityConfig {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      AuthenticationManager authenticationManager,
      ApiTokens tokens,
      ApiErrorWriter errors,
      ObjectProvider<UploadFormPages> uploadForms)
      throws Exception {
    http.securityMatcher("/api/**")
        .authenticationManager(authenticationManager)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(new BearerTokenFilter(tokens, errors), AnonymousAuthenticationFilter.class)
        .addFilterAfter(
            new MultipartGate(
                MultipartGate.Chain.API, errors, uploadForms.orderedStream().toList()),
            AuthorizationFilter.class)
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/auth/register",
                        "/api/auth/token",
                        "/api/auth/recover")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                          errors.write(
                              response,
                              HttpStatus.UNAUTHORIZED,
                              ErrorPages.apiErrorFor(HttpStatus.UNAUTHORIZED));
                        })
                    .accessDeniedHandler(
                        (request, response, e) ->
                            errors.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                ErrorPages.apiErrorFor(HttpStatus.FORBIDDEN))))
        .headers(SecurityConfig::strictHeaders);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http,
      AuthenticationManager authenticationManager,
      ApiErrorWriter errors,
      ObjectProvider<UploadFormPages> uploadForms)
      throws Exception {
    http.authenticationManager(authenticationManager)
        .addFilterBefore(
            new MultipartGate(
                MultipartGate.Chain.PAGES, errors, uploadForms.orderedStream().toList()),
            CsrfFilter.class)
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers(
                        "/",
                        "/register",
                        "/login",
                        "/recover",
                        "/law",
                        "/law/**",
                        "/numbers",
                        "/numbers/*",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/cases")
                    .failureHandler(
                        (request, response, e) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (e instanceof LoginThrottledException
                                        ? "/login?locked"
                                        : e instanceof PasswordHashingBusyException
                                            ? "/login?busy"
                                            : "/login?error"))))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
        .headers(SecurityConfig::strictHeaders);
    return http.build();
  }

  private static void strictHeaders(
      org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
          headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(
            permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
  }
}
