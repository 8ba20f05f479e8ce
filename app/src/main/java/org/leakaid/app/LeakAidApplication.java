package org.leakaid.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LeakAidApplication {

  public static void main(String[] args) {
    SpringApplication.run(LeakAidApplication.class, args);
  }
}
