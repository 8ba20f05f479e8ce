package org.leakaid.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class LeakAidApplication {

  public static void main(String[] args) {
    SpringApplication.run(LeakAidApplication.class, args);
  }
}
