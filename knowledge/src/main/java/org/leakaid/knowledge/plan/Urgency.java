package org.leakaid.knowledge.plan;

/** When a step must be done; the declaration order is the order of the plan. */
public enum Urgency {
  IMMEDIATE,
  WITHIN_24H,
  WITHIN_7D,
  ONGOING
}
