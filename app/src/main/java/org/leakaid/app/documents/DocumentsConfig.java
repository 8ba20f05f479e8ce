package org.leakaid.app.documents;

import org.leakaid.app.cases.CasePageLink;
import org.leakaid.documents.Documents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bundled templates, and "Documents" under "more for this case" on the case page. */
@Configuration
class DocumentsConfig {

  @Bean
  Documents documents() {
    return Documents.standard();
  }

  @Bean
  CasePageLink documentsCasePageLink() {
    return new CasePageLink("case.documents", "documents", 20);
  }
}
