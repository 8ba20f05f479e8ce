package org.leakaid.evidence.store;

/**
 * A file safely in the store.
 *
 * @param sha256 lower-case hex SHA-256 of the plaintext: the file's address in the store
 * @param size plaintext size in bytes
 */
public record StoredFile(String sha256, long size, FileType type) {}
