package org.leakaid.app.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON bodies are read as written: a value of the wrong JSON type is a 400 naming the field, never
 * converted. Jackson by default turns {@code 123} and {@code true} into the strings "123" and
 * "true", {@code "12"} into a number, and takes {@code []}, {@code [2026,11,20]}, a day number or
 * {@code 2026-11-20T10:00} as a date; here a string field takes only a JSON string, a number field
 * only a JSON number, a boolean only true or false, and a date only a string {@code YYYY-MM-DD}.
 * (application.properties sets the rest: unknown fields, nulls for primitives, numbers for enums,
 * trailing tokens, floats for integers.)
 */
@Configuration
class StrictJson {

  @Bean
  JsonMapperBuilderCustomizer strictJsonInput() {
    return builder -> {
      builder
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(
              LogicalType.Textual,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Integer,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Float,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Boolean,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Enum,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
          .withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false))
          .addModule(
              new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new Dates()));
    };
  }

  /** A date is a JSON string of exactly {@code YYYY-MM-DD}, a real day of the calendar. */
  static final class Dates extends StdDeserializer<LocalDate> {

    Dates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getString();
      if (text.length() == 10) {
        try {
          return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException notADay) {
          // reported below, like any other string that is no date
        }
      }
      return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date");
    }
  }
}
