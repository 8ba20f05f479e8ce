package org.leakaid.knowledge.plan;

import org.leakaid.knowledge.Text;

/**
 * An official service's website that a step sends the user to, e.g. the 12321 reporting centre.
 *
 * @param label what the link says, e.g. "12321举报中心网站"
 * @param url the address, always {@code https://}
 */
public record OfficialLink(Text label, String url) {}
