package org.leakaid.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void usernamesAreComparedInNormalForm() {
    assertThat(Credentials.normalizeUsername("  Zhang.Wei ")).isEqualTo("zhang.wei");
    assertThat(Credentials.normalizeUsername("ｚｈａｎｇ")).isEqualTo("zhang");
    assertThat(Credentials.normalizeUsername(null)).isEmpty();
  }

  @Test
  void usernameRules() {
    assertThat(Credentials.usernameProblem("张伟")).as("most Chinese names have two").isEmpty();
    assertThat(Credentials.usernameProblem("李")).as("one character is too short").isPresent();
    assertThat(Credentials.usernameProblem("张伟2026")).isEmpty();
    assertThat(Credentials.usernameProblem("li_na-1.x")).isEmpty();
    assertThat(Credentials.usernameProblem("a")).isPresent();
    assertThat(Credentials.usernameProblem("a".repeat(33))).isPresent();
    assertThat(Credentials.usernameProblem("a b c")).isPresent();
    assertThat(Credentials.usernameProblem("<script>")).isPresent();
  }

  @Test
  void passwordPolicy() {
    assertThat(Credentials.passwordProblem("nine-char", "alice"))
        .contains("account.password.tooShort");
    assertThat(Credentials.passwordProblem("十个汉字的密码也可以用", "alice")).isEmpty();
    assertThat(Credentials.passwordProblem("x".repeat(129), "alice"))
        .contains("account.password.tooLong");
    assertThat(Credentials.passwordProblem("Alice.Wonder", "alice.wonder"))
        .contains("account.password.isUsername");
    assertThat(Credentials.passwordProblem("aaaaaaaaaaaa", "bob"))
        .contains("account.password.tooSimple");
    assertThat(Credentials.passwordProblem(null, "bob")).isPresent();
    assertThat(Credentials.passwordProblem("correct horse battery", "bob")).isEmpty();
  }
}
