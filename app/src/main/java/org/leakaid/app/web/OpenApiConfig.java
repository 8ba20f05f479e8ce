package org.leakaid.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /v3/api-docs: every /api call except register/token needs a bearer token.
 */
@Configuration
class OpenApiConfig {

  @Bean
  OpenAPI leakAidOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("LeakAid API")
                .version("1")
                .description(
                    "Errors are {\"error\": CODE, \"message\": text}. Texts follow Accept-Language"
                        + " or ?lang=en (Simplified Chinese by default)."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("POST /api/auth/token gives one")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
