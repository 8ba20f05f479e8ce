package org.leakaid.knowledge.law;

import org.leakaid.knowledge.Text;

/**
 * A statute or judicial interpretation in the library.
 *
 * @param code short code used in article refs, e.g. {@code PIPL}, {@code CPL}
 * @param name the official title in Chinese and an English rendering
 * @param edition which text is quoted, e.g. "2021-08-20 通过，2021-11-01 施行"
 * @param source the official publication the text was taken from
 */
public record Law(String code, Text name, String edition, String source) {}
