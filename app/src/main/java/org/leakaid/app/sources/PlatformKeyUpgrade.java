package org.leakaid.app.sources;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings stored platform keys in line with the alias list at start-up: rows written before an alias
 * was listed (a ledger line "JD.com" keyed jdcom) get their platform's key (京东). Done here rather
 * than in a migration because the list is curated and grows; each run is a few dozen indexed
 * updates that change nothing once the rows are current.
 */
@Component
class PlatformKeyUpgrade {

  private final SourcesRepository repository;

  PlatformKeyUpgrade(SourcesRepository repository) {
    this.repository = repository;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void rekey() {
    for (Map.Entry<String, String> alias : PlatformAliases.renamings()) {
      repository.rekey(alias.getKey(), alias.getValue());
    }
  }
}
