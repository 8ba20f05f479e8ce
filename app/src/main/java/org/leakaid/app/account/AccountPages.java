package org.leakaid.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.app.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Register, sign in, and the account page (export, delete). */
@Controller
class AccountPages {

  private final AccountService accounts;
  private final AuthenticationManager authentication;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  AccountPages(AccountService accounts, AuthenticationManager authentication) {
    this.accounts = accounts;
    this.authentication = authentication;
  }

  @Bean
  static NavLink accountNav() {
    return new NavLink("nav.account", "/account", 90, true);
  }

  @GetMapping("/login")
  String login() {
    return "account/login";
  }

  @GetMapping("/register")
  String registerForm() {
    return "account/register";
  }

  @GetMapping("/recover")
  String recoverForm() {
    return "account/recover";
  }

  /** Sets a new password with the recovery code and shows the next code. */
  @PostMapping("/recover")
  String recover(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String recoveryCode,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String passwordRepeat,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("username", username);
    if (!password.equals(passwordRepeat)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("field", "passwordRepeat");
      model.addAttribute("problem", "account.password.mismatch");
      return "account/recover";
    }
    try {
      String next = accounts.recover(username, recoveryCode, password, request.getRemoteAddr());
      model.addAttribute("newRecoveryCode", next);
      return "account/recovered";
    } catch (AccountService.RegistrationRefused refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("field", refused.field);
      model.addAttribute("problem", refused.messageKey);
      model.addAttribute("reasons", refused.reasonKeys);
      return "account/recover";
    } catch (HttpProblem refused) {
      response.setStatus(refused.getStatusCode().value());
      refused
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
      model.addAttribute("field", "recoveryCode");
      model.addAttribute(
          "problem",
          switch (refused.code()) {
            case "TOO_MANY_ATTEMPTS" -> "login.locked";
            case "BUSY" -> "account.busy";
            default -> "account.recover.wrongCode";
          });
      return "account/recover";
    }
  }

  /** Creates the account and signs the new user in, so they go straight to the intake. */
  @PostMapping("/register")
  String register(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String passwordRepeat,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("username", username);
    if (!password.equals(passwordRepeat)) {
      model.addAttribute("field", "passwordRepeat");
      model.addAttribute("problem", "account.password.mismatch");
      return "account/register";
    }
    AccountService.NewAccount created;
    try {
      created = accounts.register(username, password, request.getRemoteAddr());
    } catch (AccountService.RegistrationRefused refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("field", refused.field);
      model.addAttribute("problem", refused.messageKey);
      model.addAttribute("reasons", refused.reasonKeys);
      return "account/register";
    }
    // Shown once, at the top of the next page (the layout shows a flash "recoveryCode").
    redirect.addFlashAttribute("recoveryCode", created.recoveryCode());
    UsernamePasswordAuthenticationToken attempt =
        UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    attempt.setDetails(new WebAuthenticationDetails(request));
    Authentication signedIn;
    try {
      signedIn = authentication.authenticate(attempt);
    } catch (AuthenticationException busyOrThrottled) {
      // The account exists; signing in can be done on the login page once the server has time.
      return "redirect:/login?"
          + (busyOrThrottled instanceof PasswordHashingBusyException ? "busy" : "locked");
    }
    request.getSession(true);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(signedIn);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return "redirect:/cases/new";
  }

  @GetMapping("/account")
  String account(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("username", user.getUsername());
    return "account/account";
  }

  /**
   * A new recovery code for a signed-in user who lost theirs, after the password is entered again
   * (throttled like sign-in). The old code stops working; the new one is shown once.
   */
  @PostMapping("/account/recovery-code")
  String newRecoveryCode(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(defaultValue = "") String password,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    try {
      accounts.confirmPassword(user, password, request.getRemoteAddr());
    } catch (HttpProblem refused) {
      response.setStatus(
          refused.getStatusCode().value() == HttpServletResponse.SC_FORBIDDEN
              ? HttpServletResponse.SC_BAD_REQUEST
              : refused.getStatusCode().value());
      refused
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
      model.addAttribute("username", user.getUsername());
      model.addAttribute(
          "recoveryProblem",
          switch (refused.code()) {
            case "TOO_MANY_ATTEMPTS" -> "login.locked";
            case "BUSY" -> "account.busy";
            default -> "account.recovery.wrongPassword";
          });
      return "account/account";
    }
    redirect.addFlashAttribute("recoveryCode", accounts.newRecoveryCode(user.id()));
    return "redirect:/account";
  }

  @GetMapping(value = "/account/export", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal SignedInUser user) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("leakaid-export.json").build().toString())
        .body(accounts.export(user.id()));
  }

  @GetMapping("/account/delete")
  String confirmDelete() {
    return "account/delete";
  }

  /** Deletes after the password is re-entered, then signs out. */
  @PostMapping("/account/delete")
  String delete(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(defaultValue = "") String password,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication auth) {
    try {
      accounts.confirmPassword(user, password, request.getRemoteAddr());
    } catch (HttpProblem refused) {
      response.setStatus(
          refused.getStatusCode().value() == HttpServletResponse.SC_FORBIDDEN
              ? HttpServletResponse.SC_BAD_REQUEST
              : refused.getStatusCode().value());
      refused
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
      model.addAttribute(
          "problem",
          switch (refused.code()) {
            case "TOO_MANY_ATTEMPTS" -> "login.locked";
            case "BUSY" -> "account.busy";
            default -> "account.delete.wrongPassword";
          });
      return "account/delete";
    }
    accounts.delete(user.id());
    new SecurityContextLogoutHandler().logout(request, response, auth);
    return "redirect:/?deleted";
  }
}
