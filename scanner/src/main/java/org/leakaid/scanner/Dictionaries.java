package org.leakaid.scanner;

/** Word lists the context detectors need (surnames, labels, place names), loaded once. */
final class Dictionaries {

  private static volatile Dictionaries instance;

  static Dictionaries load() {
    Dictionaries d = instance;
    if (d == null) {
      synchronized (Dictionaries.class) {
        if (instance == null) {
          instance = new Dictionaries();
        }
        d = instance;
      }
    }
    return d;
  }
}
