package org.leakaid.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout ({@code templates/fragments/layout.html}) needs: navigation, the
 * signed-in user's name, the language, and the current path for the language switch.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

  private final List<NavLink> links;

  LayoutModel(List<NavLink> links) {
    this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
  }

  @ModelAttribute("nav")
  List<NavLink> nav() {
    boolean signedIn = signedInName() != null;
    return links.stream().filter(link -> signedIn || !link.signedInOnly()).toList();
  }

  @ModelAttribute("signedInAs")
  String signedInAs() {
    return signedInName();
  }

  @ModelAttribute("lang")
  String lang(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static String signedInName() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return auth.getName();
  }
}
