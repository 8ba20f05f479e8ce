package org.leakaid.app.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.ui.Model;

/**
 * What a feature adds to the home page of a signed-in user, such as "continue my plan": declare a
 * bean and it fills the model attributes its part of {@code home.html} reads.
 */
public interface HomeSection {

  void addTo(Model model, UUID accountId, Locale locale);
}
