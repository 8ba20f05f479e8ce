package org.leakaid.app.cases;

import java.time.Instant;
import java.util.UUID;

/** A case known to belong to the signed-in user; what other features get from {@link Cases}. */
public record OwnedCase(UUID id, UUID accountId, Instant createdAt) {}
