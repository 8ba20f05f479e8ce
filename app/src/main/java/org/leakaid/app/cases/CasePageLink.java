package org.leakaid.app.cases;

/**
 * A link shown on every case page as a button in the top card, one tap from the first screen (the
 * evidence locker is one), so later features (evidence, documents, sources) can hang their pages
 * off a case without editing the case page. Declare a bean: {@code @Bean CasePageLink
 * evidenceLink() { return new CasePageLink("case.link.evidence", "evidence", 10); }} and the page
 * links to {@code /cases/{id}/evidence}.
 *
 * @param labelKey message key of the link text (in both message files)
 * @param subPath path below {@code /cases/{id}/}, without a leading slash
 * @param order position, smaller first
 */
public record CasePageLink(String labelKey, String subPath, int order) {}
