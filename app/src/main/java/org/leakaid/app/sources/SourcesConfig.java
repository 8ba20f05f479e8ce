package org.leakaid.app.sources;

import org.leakaid.app.cases.CasePageLink;
import org.leakaid.app.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where source tracing hangs in the site: a menu entry and a button on every case. */
@Configuration
class SourcesConfig {

  @Bean
  static NavLink sourcesNav() {
    return new NavLink("nav.sources", "/sources", 35, true);
  }

  @Bean
  static CasePageLink sourcesLink() {
    return new CasePageLink("case.sources", "sources", 30);
  }
}
