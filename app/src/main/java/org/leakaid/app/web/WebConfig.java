package org.leakaid.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: Simplified Chinese by default, English on request. Pages take the choice from {@code
 * ?lang=en|zh-CN} (remembered in a cookie), then the cookie, else zh-CN: a browser set to English
 * still opens in Chinese, since our users are in mainland China and many borrow a device. The API
 * also honours Accept-Language, so {@code ?lang=en} or {@code Accept-Language: en} gives English
 * step texts.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(
        "messages",
        "evidence-messages",
        "documents-messages",
        "numbers-messages",
        "sources-messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    return messages;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("LEAKAID_LANG");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setCookieHttpOnly(true);
    resolver.setDefaultLocaleFunction(WebConfig::fromAcceptLanguage);
    return resolver;
  }

  private static Locale fromAcceptLanguage(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    String header = request.getHeader("Accept-Language");
    if (header != null && !header.isBlank()) {
      try {
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
        for (Locale.LanguageRange range : ranges) {
          String tag = range.getRange();
          if (tag.startsWith("en")) {
            return Locale.ENGLISH;
          }
          if (tag.startsWith("zh")) {
            return Locale.SIMPLIFIED_CHINESE;
          }
        }
      } catch (IllegalArgumentException malformedHeader) {
        return Locale.SIMPLIFIED_CHINESE;
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change =
        new LocaleChangeInterceptor() {
          @Override
          protected Locale parseLocaleValue(String value) {
            // Only the two languages we have; anything else is ignored rather than echoed back.
            return value != null && value.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
          }
        };
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
