package org.leakaid.app.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How users prove who they are. One {@link AuthenticationManager} serves both the login form and
 * {@code POST /api/auth/token}, so throttling and password checking are the same for both.
 * Passwords are hashed with Argon2id (Spring Security 5.8 parameters: 16 MiB, 2 iterations); hashes
 * carry an {@code {argon2}} prefix so the algorithm can be upgraded later without a migration. At
 * most {@code leakaid.passwords.max-concurrent-hashes} hashes run at once (by default one per
 * core), which bounds their memory.
 */
@Configuration
class AccountSecurity {

  @Bean
  PasswordEncoder passwordEncoder(
      @Value("${leakaid.passwords.max-concurrent-hashes:0}") int concurrent,
      @Value("${leakaid.passwords.max-wait:10s}") Duration maxWait) {
    PasswordEncoder argon2 =
        new DelegatingPasswordEncoder(
            "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    return new BoundedPasswordEncoder(
        argon2, concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), maxWait);
  }

  @Bean
  LoginThrottle loginThrottle(
      @Value("${leakaid.login.free-failures:5}") int freeFailures,
      @Value("${leakaid.login.first-delay:1s}") Duration firstDelay,
      @Value("${leakaid.login.max-delay:15m}") Duration maxDelay,
      @Value("${leakaid.login.max-failures-per-address:30}") int perAddress,
      @Value("${leakaid.login.max-failures-per-username:100}") int perUsername,
      @Value("${leakaid.login.lock-duration:15m}") Duration lock,
      ThrottleCounters counters,
      Clock clock) {
    return new LoginThrottle(
        new LoginThrottle.Limits(
            freeFailures, firstDelay, maxDelay, perAddress, perUsername, lock, lock),
        counters,
        clock);
  }

  @Bean
  RegistrationLimit registrationLimit(
      @Value("${leakaid.registration.max-per-address:20}") int perAddress,
      @Value("${leakaid.registration.window:1h}") Duration window,
      ThrottleCounters counters,
      Clock clock) {
    return new RegistrationLimit(perAddress, window, counters, clock);
  }

  /** The throttle's and the registration limit's counts, shared by all nodes on the database. */
  @Bean
  ThrottleCounters throttleCounters(
      JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    return new ThrottleCounters(jdbc, transactions, clock);
  }

  @Bean
  AuthenticationManager authenticationManager(
      AccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
    UserDetailsService users =
        username ->
            accounts
                .findByUsername(Credentials.normalizeUsername(username))
                .map(row -> new SignedInUser(row.id(), row.username(), row.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(passwordEncoder);
    return new ProviderManager(new ThrottledProvider(passwords, throttle));
  }

  /** Checks the throttle before the password and records the outcome after. */
  private record ThrottledProvider(AuthenticationProvider passwords, LoginThrottle throttle)
      implements AuthenticationProvider {

    @Override
    public Authentication authenticate(Authentication attempt) {
      String username = Credentials.normalizeUsername(attempt.getName());
      String address =
          attempt.getDetails() instanceof WebAuthenticationDetails details
              ? details.getRemoteAddress()
              : null;
      var locked = throttle.lockedFor(username, address);
      if (locked.isPresent()) {
        throw new LoginThrottledException(locked.get());
      }
      try {
        Authentication result = passwords.authenticate(attempt);
        throttle.succeeded(username, address);
        return result;
      } catch (BadCredentialsException e) {
        throttle.failed(username, address);
        throw e;
      }
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }
}
