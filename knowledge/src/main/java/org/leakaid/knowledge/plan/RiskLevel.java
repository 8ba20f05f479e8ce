package org.leakaid.knowledge.plan;

/** How much harm the leak can still do; the declaration order is ascending. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
