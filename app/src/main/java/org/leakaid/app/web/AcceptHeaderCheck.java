package org.leakaid.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Checks an API call's {@code Accept} header before its handler acts. Spring reads the header only
 * when it writes the answer, after the handler has saved a case or an item; a header it cannot
 * parse ({@code foo}, {@code *}{@code /*;q=abc}) or one that refuses JSON then failed a request
 * whose work was already done. Here a malformed header is a 400 and a header that admits no JSON is
 * a 406, and the handler never runs.
 */
@Configuration
class AcceptHeaderCheck implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws HttpMediaTypeNotAcceptableException {
    List<String> headers = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
    if (headers.isEmpty()) {
      return true;
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(headers);
    } catch (InvalidMediaTypeException e) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT",
          "the Accept header "
              + quote(String.join(", ", headers))
              + " is malformed; send Accept: application/json or leave it out");
    }
    if (handler instanceof HandlerMethod method
        && answersJson(method)
        && accepted.stream()
            .noneMatch(
                t -> t.getQualityValue() > 0 && t.isCompatibleWith(MediaType.APPLICATION_JSON))) {
      throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
    }
    return true;
  }

  /**
   * Whether the handler's answer is negotiated as JSON after it ran: not when its mapping names
   * what it produces (Spring checks those before), not when it writes the response itself or
   * answers with bytes whose type it sets.
   */
  static boolean answersJson(HandlerMethod method) {
    for (RequestMapping mapping :
        new RequestMapping[] {
          AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class),
          AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestMapping.class)
        }) {
      if (mapping != null && mapping.produces().length > 0) {
        return false;
      }
    }
    ResolvableType returned = ResolvableType.forMethodParameter(method.getReturnType());
    Class<?> body =
        HttpEntity.class.isAssignableFrom(returned.toClass())
            ? returned.as(HttpEntity.class).getGeneric(0).resolve(Object.class)
            : returned.toClass();
    return body != void.class
        && body != Void.class
        && body != byte[].class
        && !Resource.class.isAssignableFrom(body)
        && !StreamingResponseBody.class.isAssignableFrom(body);
  }

  private static String quote(String value) {
    String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
    return "'" + (printable.length() > 40 ? printable.substring(0, 40) + "…" : printable) + "'";
  }
}
