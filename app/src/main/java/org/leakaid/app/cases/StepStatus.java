package org.leakaid.app.cases;

/** Where the user is with one plan step. */
public enum StepStatus {
  TODO,
  DONE,
  SKIPPED
}
