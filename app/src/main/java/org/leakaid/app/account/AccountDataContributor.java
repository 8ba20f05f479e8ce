package org.leakaid.app.account;

import java.util.UUID;

/**
 * Implemented (as a Spring bean) by every feature that stores data belonging to a user, so that
 * "export my data" includes it and "delete my account" removes it. Rows that reference {@code
 * account(id)} with {@code ON DELETE CASCADE} would go anyway; implementing {@link #deleteData}
 * makes the deletion explicit and lets a feature remove what the database cannot cascade (files:
 * delete them after commit with {@code TransactionSynchronizationManager.registerSynchronization}).
 *
 * <p>Contributors run in {@code @Order}. {@code Cases} runs last, since other features' rows hang
 * on a case: a feature that must read its rows while deleting them (to find its files, say) takes a
 * lower order, such as {@code @Order(0)}.
 */
public interface AccountDataContributor {

  /** The key of this feature's section in the export JSON, e.g. {@code "cases"}. */
  String exportKey();

  /**
   * Everything this feature holds for the account, as JSON-serialisable values (records, lists).
   */
  Object exportData(UUID accountId);

  /**
   * Deletes everything this feature holds for the account; runs inside the deletion transaction.
   */
  void deleteData(UUID accountId);
}
