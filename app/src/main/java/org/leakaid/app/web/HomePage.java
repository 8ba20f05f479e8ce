package org.leakaid.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what LeakAid does and where to start. */
@Controller
class HomePage {

  @GetMapping("/")
  String home() {
    return "home";
  }

  @Bean
  static NavLink homeNav() {
    return new NavLink("nav.home", "/", 0, false);
  }
}
