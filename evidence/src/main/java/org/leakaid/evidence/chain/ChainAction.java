package org.leakaid.evidence.chain;

/** What an entry of the case log records. Entries are only ever appended. */
public enum ChainAction {
  /** A new evidence item, with its fields and files. */
  ITEM_ADDED,
  /** A correction to an item: the fields it names replace the earlier values. */
  ITEM_AMENDED,
  /** A file attached to an existing item. */
  FILE_ADDED,
  /** The item no longer counts (recorded by mistake); it stays in the log. */
  ITEM_WITHDRAWN
}
