package org.leakaid.app.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} the app believes: only the proxies
 * listed in {@code leakaid.trusted-proxies} (addresses or CIDR blocks, comma-separated; none by
 * default). Tomcat's own default trusts every loopback and private address, so anyone on the same
 * machine or network could pick the address that the login throttle and the registration limit
 * count, and make a plain-HTTP request look like HTTPS. Behind a TLS proxy, list the proxy's
 * address: {@code LEAKAID_TRUSTED_PROXIES=127.0.0.1}.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(/\\d{1,3})?");

  private final List<String> blocks;

  TrustedProxies(@Value("${leakaid.trusted-proxies:}") String proxies) {
    this.blocks =
        Arrays.stream(proxies.split("[,\\s]+"))
            .filter(p -> !p.isEmpty())
            .map(TrustedProxies::asBlock)
            .toList();
  }

  /** An address or CIDR block as a block; a host name is refused (no lookups at start-up). */
  static String asBlock(String proxy) {
    boolean v4 = IPV4.matcher(proxy).matches();
    if (!v4 && !IPV6.matcher(proxy).matches()) {
      throw new IllegalArgumentException(
          "leakaid.trusted-proxies: '"
              + proxy
              + "' is not an IP address or CIDR block (e.g. 127.0.0.1, 10.0.0.0/8, ::1)");
    }
    String block = proxy.contains("/") ? proxy : proxy + (v4 ? "/32" : "/128");
    try {
      new NetMask(block);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "leakaid.trusted-proxies: '" + proxy + "' is not valid: " + e.getMessage(), e);
    }
    return block;
  }

  List<String> blocks() {
    return blocks;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    // Every entry has a '/', so Tomcat reads the list as CIDR blocks, never as a regex.
    String internal = blocks.isEmpty() ? null : blocks.stream().collect(Collectors.joining(","));
    for (Valve valve : factory.getEngineValves()) {
      if (valve instanceof RemoteIpValve remoteIp) {
        remoteIp.setInternalProxies(internal);
        remoteIp.setTrustedProxies(null);
      }
    }
  }

  /** After Spring Boot's customizer, which adds the valve with Tomcat's defaults. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
