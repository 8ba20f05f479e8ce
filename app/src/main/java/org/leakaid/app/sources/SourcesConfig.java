package org.leakaid.app.sources;

import org.leakaid.app.cases.CasePageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where source tracing hangs in the site: a button on every case (谁泄露的), whose page links to the
 * ledger. No menu entry: the phone header has no room left for one (a third row of menu in English
 * pushes the plan's first card below the first screen).
 */
@Configuration
class SourcesConfig {

  @Bean
  static CasePageLink sourcesLink() {
    return new CasePageLink("case.sources", "sources", 30);
  }
}
