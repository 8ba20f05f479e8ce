package org.leakaid.app.account;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, as the principal of both page sessions and API tokens. Controllers get it
 * with {@code @AuthenticationPrincipal SignedInUser user} and use {@link #id()} to scope every
 * query to that user's data.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

  private static final List<GrantedAuthority> USER =
      List.of(new SimpleGrantedAuthority("ROLE_USER"));

  private final UUID id;
  private final String username;
  private String passwordHash;

  SignedInUser(UUID id, String username, String passwordHash) {
    this.id = id;
    this.username = username;
    this.passwordHash = passwordHash;
  }

  /** The account id that owns this user's cases and other data. */
  public UUID id() {
    return id;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return USER;
  }

  /** Drops the hash once authenticated, so sessions never carry it. */
  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedInUser that && that.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "SignedInUser[" + id + "]";
  }
}
