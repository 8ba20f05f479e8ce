package org.leakaid.app.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakaid.app.ApiClient;
import org.leakaid.app.protect.ProtectHttp.Part;
import org.leakaid.app.protect.ProtectHttp.Response;
import org.leakaid.scanner.ResidentIds;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The protection API and the registration rules of issue 15 over real HTTP, against the app and a
 * real database; subclasses choose H2 or PostgreSQL.
 */
public abstract class ProtectContract {

  static final Charset GBK = Charset.forName("GB18030");

  @LocalServerPort int port;

  ProtectHttp http;
  ApiClient api;

  @BeforeEach
  void clients() {
    http = new ProtectHttp(port);
    api = new ApiClient(port);
  }

  static String chineseName() {
    // 李娜 plus two characters from a run of common ones: unique per test, still a Chinese name.
    String pool = "一二三四五六七八九十明华强伟芳娜敏静丽军杰涛超";
    UUID u = UUID.randomUUID();
    return "李娜"
        + pool.charAt((int) Math.floorMod(u.getMostSignificantBits(), pool.length()))
        + pool.charAt((int) Math.floorMod(u.getLeastSignificantBits(), pool.length()))
        + pool.charAt((int) Math.floorMod(u.getMostSignificantBits() >>> 20, pool.length()));
  }

  private Response register(String username, String password) {
    return http.json(
        "POST",
        "/api/auth/register",
        null,
        ProtectHttp.JSON.writeValueAsString(Map.of("username", username, "password", password)),
        null);
  }

  // --- issue 15: registration -----------------------------------------------------------------

  @Test
  void registersAChineseNameAndGivesARecoveryCode() {
    String name = chineseName();
    Response created = register(name, ApiClient.PASSWORD);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().get("username").asString()).isEqualTo(name);
    assertThat(created.json().get("recoveryCode").asString())
        .matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
    assertThat(api.tokenResponse(name, ApiClient.PASSWORD).status()).isEqualTo(200);
    assertThat(register("李娜", ApiClient.PASSWORD).status()).isIn(201, 409);
  }

  @Test
  void refusesCommonAndGuessablePasswordsWithReasons() {
    for (String weak :
        List.of("1234567890", "woaini1314520", "zhangwei19900101", "qwertyuiop", "13812345678")) {
      Response refused = register(ApiClient.uniqueUsername(), weak);
      assertThat(refused.status()).as(weak).isEqualTo(400);
      assertThat(refused.json().get("error").asString()).isEqualTo("WEAK_PASSWORD");
      assertThat(refused.json().get("message").asString())
          .as(weak)
          .startsWith("password: too easy to guess: ");
    }
    Response common = register(ApiClient.uniqueUsername(), "1234567890");
    assertThat(common.json().get("message").asString()).contains("most common passwords");
    Response phone = register(ApiClient.uniqueUsername(), "13812345678");
    assertThat(phone.json().get("message").asString()).contains("mobile number");
  }

  @Test
  void aRecoveryCodeResetsThePasswordOnce() {
    String name = chineseName();
    Response created = register(name, ApiClient.PASSWORD);
    String code = created.json().get("recoveryCode").asString();
    String token = api.token(name, ApiClient.PASSWORD);
    String newPassword = "qinqin-shanfeng-7731-beizi";

    Response weak = recover(name, code, "woaini1314");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().get("error").asString()).isEqualTo("WEAK_PASSWORD");

    // Typed by hand: lower case, no hyphens; the weak attempt did not use the code up.
    Response reset = recover(name, code.toLowerCase().replace("-", ""), newPassword);
    assertThat(reset.status()).as(reset.text()).isEqualTo(200);
    String next = reset.json().get("recoveryCode").asString();
    assertThat(next).isNotEqualTo(code);

    assertThat(api.tokenResponse(name, ApiClient.PASSWORD).status()).isEqualTo(401);
    assertThat(api.tokenResponse(name, newPassword).status()).isEqualTo(200);
    assertThat(http.get("/api/cases", token).status()).as("old tokens revoked").isEqualTo(401);

    Response again = recover(name, code, "another-shanfeng-4410-laohu");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("error").asString()).isEqualTo("INVALID_RECOVERY_CODE");
    assertThat(api.tokenResponse(name, newPassword).status()).isEqualTo(200);

    Response wrongUser = recover(ApiClient.uniqueUsername(), next, "another-shanfeng-4410-laohu");
    assertThat(wrongUser.json().get("error").asString()).isEqualTo("INVALID_RECOVERY_CODE");
    assertThat(recover(name, next, "another-shanfeng-4410-laohu").status()).isEqualTo(200);
  }

  private Response recover(String username, String code, String password) {
    return http.json(
        "POST",
        "/api/auth/recover",
        null,
        ProtectHttp.JSON.writeValueAsString(
            Map.of("username", username, "recoveryCode", code, "newPassword", password)),
        null);
  }

  // --- passwords --------------------------------------------------------------------------------

  @Test
  void passwordCheckAsDesignMdSaysInThePagesLanguage() {
    String token = api.newUserToken();
    Response weak =
        http.json(
            "POST", "/api/protect/password-check", token, "{\"password\":\"woaini1314\"}", null);
    assertThat(weak.status()).isEqualTo(200);
    JsonNode body = weak.json();
    assertThat(body.get("score").asInt()).isBetween(0, 1);
    assertThat(body.get("crackTimeSeconds").isNumber()).isTrue();
    assertThat(body.get("breached").asBoolean()).isTrue();
    assertThat(body.get("warnings").get(0).asString()).contains("泄露");
    assertThat(body.get("checkedAgainst").get(0).asString()).isEqualTo("COMMON_PASSWORDS");

    Response english =
        http.json(
            "POST",
            "/api/protect/password-check",
            token,
            "{\"password\":\"zhangwei19900101\"}",
            "en");
    List<String> warnings = new ArrayList<>();
    english.json().get("warnings").forEach(w -> warnings.add(w.asString()));
    assertThat(warnings).anyMatch(w -> w.contains("pinyin")).anyMatch(w -> w.contains("date"));

    Response strong =
        http.json(
            "POST",
            "/api/protect/password-check",
            token,
            "{\"password\":\"qinqin-shanfeng-7731-beizi\"}",
            null);
    assertThat(strong.json().get("score").asInt()).isEqualTo(4);
    assertThat(strong.json().get("breached").asBoolean()).isFalse();
    assertThat(strong.json().get("warnings")).isEmpty();

    assertThat(
            http.json("POST", "/api/protect/password-check", null, "{\"password\":\"x\"}", null)
                .status())
        .isEqualTo(401);
    Response missing = http.json("POST", "/api/protect/password-check", token, "{}", null);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("error").asString()).isEqualTo("INVALID_INPUT");

    Response phrase = http.get("/api/protect/passphrase?style=pinyin", token);
    assertThat(phrase.json().get("bits").asDouble()).isGreaterThanOrEqualTo(60);
    assertThat(http.get("/api/protect/passphrase?style=klingon", token).status()).isEqualTo(400);
  }

  // --- watermark and waybill ------------------------------------------------------------------

  @Test
  void watermarkStripsMetadataAndRefusesWhatItCannotRead() {
    String token = api.newUserToken();
    byte[] photo = TestImages.photoWithExif(600, 400);
    assertThat(TestImages.contains(photo, TestImages.CAMERA)).isTrue();

    Response marked =
        http.multipart(
            "/api/protect/watermark",
            token,
            ProtectHttp.parts(
                Part.file("身份证.jpg", photo),
                Part.field("recipient", "某某银行"),
                Part.field("purpose", "办理开户")));
    assertThat(marked.status()).as(marked.text()).isEqualTo(200);
    assertThat(marked.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(marked.header("Content-Disposition")).contains("attachment");
    assertThat(TestImages.contains(marked.body(), TestImages.CAMERA)).isFalse();
    assertThat(TestImages.contains(marked.body(), "Exif")).isFalse();
    BufferedImage image = TestImages.decode(marked.body());
    assertThat(image.getWidth()).isEqualTo(600);

    byte[] heic = new byte[64];
    System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
    Response refused =
        http.multipart(
            "/api/protect/watermark",
            token,
            ProtectHttp.parts(Part.file("IMG_0001.HEIC", heic), Part.field("text", "仅供测试")));
    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.json().get("error").asString()).isEqualTo("HEIC_NOT_SUPPORTED");

    byte[] cut = java.util.Arrays.copyOf(photo, 300);
    Response corrupt =
        http.multipart(
            "/api/protect/watermark",
            token,
            ProtectHttp.parts(Part.file("cut.jpg", cut), Part.field("text", "仅供测试")));
    assertThat(corrupt.status()).isEqualTo(422);
    assertThat(corrupt.json().get("error").asString()).isEqualTo("CORRUPT_FILE");

    Response noText =
        http.multipart(
            "/api/protect/watermark", token, ProtectHttp.parts(Part.file("a.jpg", photo)));
    assertThat(noText.status()).isEqualTo(400);
    Response noFile =
        http.multipart(
            "/api/protect/watermark", token, ProtectHttp.parts(Part.field("text", "仅供测试")));
    assertThat(noFile.status()).isEqualTo(400);
  }

  @Test
  void waybillAreasComeBackBlack() {
    String token = api.newUserToken();
    Response redacted =
        http.multipart(
            "/api/protect/waybill",
            token,
            ProtectHttp.parts(
                Part.file("label.jpg", TestImages.photoWithExif(400, 300)),
                Part.field("areas", "0.25,0.25,0.5,0.5")));
    assertThat(redacted.status()).as(redacted.text()).isEqualTo(200);
    assertThat(TestImages.contains(redacted.body(), TestImages.CAMERA)).isFalse();
    BufferedImage image = TestImages.decode(redacted.body());
    assertThat(image.getRGB(200, 150) & 0xFFFFFF).isLessThan(0x101010);
    assertThat(image.getRGB(20, 20) & 0xFF).isGreaterThan(240);

    Response bad =
        http.multipart(
            "/api/protect/waybill",
            token,
            ProtectHttp.parts(
                Part.file("label.jpg", TestImages.photoWithExif(40, 30)),
                Part.field("areas", "0.5,0.5,0.9,0.9")));
    assertThat(bad.status()).isEqualTo(400);
  }

  // --- file check -----------------------------------------------------------------------------

  static String validId(String first17) {
    return first17 + ResidentIds.checkChar(first17);
  }

  static final String OTHER_ID = "11010519491231002X";
  static final String OWN_ID = validId("32010219850615123");

  static String plantedCsv() {
    return "姓名,手机,身份证,地址\n"
        + "张伟,13812345678,"
        + OTHER_ID
        + ",北京市海淀区中关村大街27号\n"
        + "李娜,13912345678,"
        + OWN_ID
        + ",上海市浦东新区世纪大道100号\n"
        + "王芳,13700001111,"
        + validId("44030519900101002")
        + ",广东省深圳市南山区科技园路1号\n";
  }

  private String userWithOwnIdentifiers() {
    String token = api.newUserToken();
    for (String value : List.of("139 1234 5678", OWN_ID)) {
      Response added =
          http.json(
              "POST",
              "/api/account/identifiers",
              token,
              ProtectHttp.JSON.writeValueAsString(Map.of("value", value)),
              null);
      assertThat(added.status()).as(added.text()).isEqualTo(201);
    }
    Response name =
        http.json(
            "POST",
            "/api/account/identifiers",
            token,
            "{\"value\":\"李娜\",\"type\":\"NAME\"}",
            null);
    assertThat(name.status()).as(name.text()).isEqualTo(201);
    return token;
  }

  @Test
  void fileCheckFindsPlantedIdentifiersIncludingTheUsersOwnAndTheMaskedCopyHoldsNone() {
    String token = userWithOwnIdentifiers();
    for (Charset charset : List.of(StandardCharsets.UTF_8, GBK)) {
      byte[] csv = plantedCsv().getBytes(charset);
      Response checked =
          http.multipart(
              "/api/protect/file-check", token, ProtectHttp.parts(Part.file("名单.csv", csv)));
      assertThat(checked.status()).as(checked.text()).isEqualTo(200);
      JsonNode report = checked.json();
      assertThat(report.at("/counts/CN_MOBILE").asLong()).isEqualTo(3);
      assertThat(report.at("/counts/CN_RESIDENT_ID").asLong()).isEqualTo(3);
      assertThat(report.at("/counts/PERSON_NAME").asLong()).isEqualTo(3);
      assertThat(report.at("/records/with_personal_info").asLong()).isEqualTo(3);
      assertThat(report.at("/severity/level").asString()).isEqualTo("NONE");
      List<String> own = new ArrayList<>();
      report
          .get("own_hits")
          .forEach(
              h -> {
                own.add(h.get("type").asString() + " " + h.get("masked").asString());
                assertThat(h.get("places").get(0).get("line").asLong())
                    .as(h.toString())
                    .isEqualTo(3);
              });
      assertThat(own)
          .as(charset.name())
          .containsExactlyInAnyOrder(
              "CN_MOBILE 139****5678",
              "CN_RESIDENT_ID 320102********123" + OWN_ID.charAt(17),
              "PERSON_NAME 李*");
      assertThat(checked.text()).doesNotContain("13912345678", OWN_ID, "13812345678");

      for (String style : List.of("PARTIAL", "FULL")) {
        Response masked =
            http.multipart(
                "/api/protect/file-check/masked",
                token,
                ProtectHttp.parts(Part.file("名单.csv", csv), Part.field("style", style)));
        assertThat(masked.status()).as(masked.text()).isEqualTo(200);
        String text = new String(masked.body(), charset);
        assertThat(text).as(style + " " + charset).startsWith("姓名,手机,身份证,地址");
        assertThat(text)
            .doesNotContain(
                "13912345678", "13812345678", "13700001111", OWN_ID, OTHER_ID, "李娜", "张伟", "王芳");
        assertThat(masked.header("Content-Disposition")).contains("masked");
      }
    }
  }

  @Test
  void fileCheckOfPastedTextAndRefusals() {
    String token = userWithOwnIdentifiers();
    Response pasted =
        http.multipart(
            "/api/protect/file-check",
            token,
            ProtectHttp.parts(Part.field("text", "李娜您好，您的快递到了，电话 139-1234-5678。")));
    assertThat(pasted.status()).as(pasted.text()).isEqualTo(200);
    List<String> own = new ArrayList<>();
    pasted.json().get("own_hits").forEach(h -> own.add(h.get("type").asString()));
    assertThat(own).contains("CN_MOBILE", "PERSON_NAME");

    Response picture =
        http.multipart(
            "/api/protect/file-check",
            token,
            ProtectHttp.parts(
                Part.file("a.png", TestImages.encode(TestImages.white(10, 10), "png"))));
    assertThat(picture.status()).isEqualTo(415);
    assertThat(picture.json().get("error").asString()).isEqualTo("UNSUPPORTED_FILE_TYPE");

    Response binary =
        http.multipart(
            "/api/protect/file-check",
            token,
            ProtectHttp.parts(Part.file("x.bin", new byte[] {1, 2, 0, 0, 5, 6, 0, 7})));
    assertThat(binary.status()).isEqualTo(415);

    Response tooLong =
        http.multipart(
            "/api/protect/file-check",
            token,
            ProtectHttp.parts(Part.field("text", "字".repeat(FileCheck.MAX_TEXT_CHARS + 1))));
    assertThat(tooLong.status()).isEqualTo(413);

    Response nothing =
        http.multipart("/api/protect/file-check", token, ProtectHttp.parts(Part.field("x", "y")));
    assertThat(nothing.status()).isEqualTo(400);

    Response workbookMasked =
        http.multipart(
            "/api/protect/file-check/masked",
            token,
            ProtectHttp.parts(Part.file("a.zip", new byte[] {'P', 'K', 3, 4, 0, 0})));
    assertThat(workbookMasked.status()).isEqualTo(415);
  }
}
