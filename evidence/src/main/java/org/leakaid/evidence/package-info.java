/**
 * Tamper-evident evidence: file hashes, the hash-chained case log, export packages, verification.
 */
package org.leakaid.evidence;
