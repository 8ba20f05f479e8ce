package org.leakaid.documents;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A written document, ready for any renderer.
 *
 * @param kind the kind, or null for a group's joint documents (which have no case of their own)
 * @param fileName the base of the file name, without extension
 * @param compact set in a smaller body size, for what must fit on a page (the lawyer's brief)
 */
public record Draft(
    DocumentKind kind, String title, String fileName, List<Block> blocks, boolean compact) {
  public Draft {
    blocks = List.copyOf(blocks);
  }

  /** The body without its title, one block a line: what a chat message or a copy button takes. */
  public String message() {
    return blocks.stream()
        .filter(b -> !(b instanceof Block.Title) && !(b instanceof Block.PageBreak))
        .map(Block::text)
        .collect(Collectors.joining("\n"));
  }
}
