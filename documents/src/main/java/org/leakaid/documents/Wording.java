package org.leakaid.documents;

import java.util.Map;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;

/** How the intake's answers read inside a document ({@code wording.yaml}). */
record Wording(Map<Leaked, String> leakedWords, Map<Symptom, String> symptomWords) {

  Wording {
    for (Leaked l : Leaked.values()) {
      if (!leakedWords.containsKey(l)) {
        throw new IllegalStateException("wording.yaml has no words for leaked " + l);
      }
    }
    for (Symptom s : Symptom.values()) {
      if (!symptomWords.containsKey(s)) {
        throw new IllegalStateException("wording.yaml has no words for symptom " + s);
      }
    }
    leakedWords = Map.copyOf(leakedWords);
    symptomWords = Map.copyOf(symptomWords);
  }

  String leaked(Leaked l) {
    return leakedWords.get(l);
  }

  String symptom(Symptom s) {
    return symptomWords.get(s);
  }
}
