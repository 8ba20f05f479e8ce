package org.leakaid.app.web;

import java.util.List;
import java.util.Locale;
import org.leakaid.app.account.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what LeakAid does and where to start; for a signed-in user also what the features'
 * {@link HomeSection}s add (the plan to continue).
 */
@Controller
class HomePage {

  private final List<HomeSection> sections;

  HomePage(List<HomeSection> sections) {
    this.sections = sections;
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
    if (user != null) {
      sections.forEach(section -> section.addTo(model, user.id(), locale));
    }
    return "home";
  }

  @Bean
  static NavLink homeNav() {
    return new NavLink("nav.home", "/", 0, false);
  }
}
