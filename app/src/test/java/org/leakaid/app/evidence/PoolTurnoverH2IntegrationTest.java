package org.leakaid.app.evidence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pool turnover on the embedded H2 file database, with the app's own default URL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoolTurnoverH2IntegrationTest extends PoolTurnoverContract {
  @DynamicPropertySource
  static void emptyDataDir(DynamicPropertyRegistry registry) {
    String dir = EvidenceContract.newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
  }

  @Override
  String openSessionIdsSql() {
    return "SELECT SESSION_ID || '@' || SESSION_START FROM INFORMATION_SCHEMA.SESSIONS";
  }
}
