package org.leakaid.app.cases;

import org.leakaid.app.web.NavLink;
import org.leakaid.knowledge.plan.PlanEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlanEngineConfig {

  @Bean
  PlanEngine planEngine() {
    return PlanEngine.standard();
  }

  @Bean
  NavLink casesNav() {
    return new NavLink("nav.cases", "/cases", 10, true);
  }
}
