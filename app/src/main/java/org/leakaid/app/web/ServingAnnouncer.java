package org.leakaid.app.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the URL once the app accepts requests, so the launcher's user knows where to go. */
@Component
class ServingAnnouncer {

  private final String address;

  ServingAnnouncer(@Value("${server.address:127.0.0.1}") String address) {
    this.address = address;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web
        && web.getWebServer() != null) {
      String host = address.contains(":") ? "[" + address + "]" : address;
      System.out.println(
          "LeakAid is serving on http://" + host + ":" + web.getWebServer().getPort());
    }
  }
}
