package org.leakaid.app.web;

/**
 * The body of every error response under {@code /api}: a stable machine-readable code and a
 * human-readable English message. Messages never contain stack traces or other users' data.
 */
public record ApiError(String error, String message) {}
