package org.leakaid.app.web;

/**
 * An entry in the site navigation. A feature adds its pages to the header by declaring a bean:
 * {@code @Bean NavLink evidenceNav() { return new NavLink("nav.evidence", "/evidence", 40, true);
 * }} with the label in messages_zh_CN.properties and messages_en.properties.
 *
 * @param labelKey message key of the label
 * @param path absolute path of the page
 * @param order position, smaller first (home 0, cases 10, law 20, account 90)
 * @param signedInOnly shown only to signed-in users
 */
public record NavLink(String labelKey, String path, int order, boolean signedInOnly) {}
