package org.leakaid.app.cases;

import java.time.LocalDate;
import java.util.Locale;
import org.leakaid.app.cases.CaseViews.CaseView;
import org.springframework.stereotype.Component;

/**
 * What the documents feature reads of a case: the intake and the plan with its progress, in the
 * request's language, and "today" in mainland China (the date documents carry).
 */
@Component
public class CaseForDocuments {
  private final Cases cases;

  CaseForDocuments(Cases cases) {
    this.cases = cases;
  }

  /** The case as its page shows it; the case must be one {@link Cases#requireOwned} returned. */
  public CaseView read(OwnedCase owned, Locale locale) {
    return cases.view(owned.id().toString(), owned.accountId(), locale);
  }

  /** Today's date in mainland China. */
  public LocalDate today() {
    return cases.today();
  }
}
