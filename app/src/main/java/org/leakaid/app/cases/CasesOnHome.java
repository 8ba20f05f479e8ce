package org.leakaid.app.cases;

import java.util.Locale;
import java.util.UUID;
import org.leakaid.app.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** On the signed-in home page: the latest case to continue, and the others by what happened. */
@Component
class CasesOnHome implements HomeSection {

  private final Cases cases;

  CasesOnHome(Cases cases) {
    this.cases = cases;
  }

  @Override
  public void addTo(Model model, UUID accountId, Locale locale) {
    model.addAttribute("cases", cases.list(accountId, locale));
  }
}
