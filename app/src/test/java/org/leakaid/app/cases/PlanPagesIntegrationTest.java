package org.leakaid.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakaid.app.ApiClient;
import org.leakaid.app.PageBrowser;
import org.leakaid.knowledge.plan.PlanEngine;
import org.leakaid.knowledge.plan.Tool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The plan page, its print view and PDF, and intake editing, over real HTTP as a signed-in browser
 * without JavaScript sees them: every number in the plan is a tap to call, every cited article and
 * every LeakAid tool the plan links to exists, and edited answers keep the steps' progress.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:plan-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class PlanPagesIntegrationTest {

  /** Every answer: every step of the playbook is in the plan. */
  static final String EVERYTHING =
      "{\"leaked\":[\"NAME\",\"ID_NUMBER\",\"PHONE\",\"EMAIL\",\"ADDRESS\",\"ACCOUNT_CREDENTIALS\","
          + "\"BANK_CARD\",\"PROPERTY\",\"WHEREABOUTS\",\"BIOMETRIC\",\"ID_DOCUMENT_IMAGE\","
          + "\"COMMUNICATION_CONTENT\",\"HEALTH\",\"SOCIAL_ACCOUNT\",\"WORKPLACE\",\"FAMILY\"],"
          + "\"symptoms\":[\"HARASSING_CALLS\",\"SPAM_SMS\",\"SPAM_EMAIL\",\"FRAUD_ATTEMPT\","
          + "\"MONEY_LOST\",\"ACCOUNT_TAKEOVER\",\"UNKNOWN_LOANS\",\"DOXXED_ONLINE\","
          + "\"CONTACTS_TARGETED\",\"THREATS\"],\"moneyLostYuan\":2000,"
          + "\"suspectedSource\":\"某购物平台\",\"noticedOn\":\"2026-11-20\"}";

  @LocalServerPort int port;
  @Autowired PlanEngine engine;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  ApiClient api;
  PageBrowser browser;
  String token;

  @BeforeEach
  void signIn() {
    api = new ApiClient(port);
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    token = api.token(username, ApiClient.PASSWORD);
    browser = new PageBrowser(port);
    browser.login(username, ApiClient.PASSWORD);
  }

  /** Issue 15: a number in the plan is a tap to call, wherever it stands in a step's texts. */
  @Test
  void everyPhoneNumberInThePlanIsATelLink() {
    String caseId = newCase(EVERYTHING);
    for (String lang : List.of("zh-CN", "en")) {
      Document page = browser.page("/cases/" + caseId + "?lang=" + lang);
      List<Element> steps = page.select("ol.plan > li.step");
      assertThat(steps).hasSize(engine.stepKeys().size());
      int telLinks = 0;
      for (Element step : steps) {
        for (Element tel : step.select("a[href^=tel:]")) {
          String number = tel.attr("href").substring("tel:".length());
          assertThat(engine.phones()).as("%s dials %s", step.id(), number).contains(number);
          assertThat(tel.text()).contains(number);
          telLinks++;
        }
        assertThat(unlinkedPhones(step))
            .as("numbers in %s without a tel: link", step.id())
            .isEmpty();
        // A title is the label of the toggle it sits in; its number is the step's call button.
        for (String number : phonesIn(step.selectFirst(".step-title").text())) {
          assertThat(step.select("a.call[href='tel:" + number + "']"))
              .as(step.outerHtml())
              .hasSize(1);
        }
      }
      assertThat(telLinks).isGreaterThan(30);
      Element call110 = page.selectFirst("#step-call-police-110 summary .step-summary a.tel");
      assertThat(call110).isNotNull();
      assertThat(call110.attr("href")).isEqualTo("tel:110");
      // The top card and its rules link too.
      assertThat(unlinkedPhones(page.selectFirst("#now"))).isEmpty();
      assertThat(page.select("#now .never a[href='tel:96110']")).hasSize(1);
      // And the page texts around the plan: the footer's 110 and 12348.
      assertThat(page.select("footer a[href='tel:110']")).hasSize(1);
      assertThat(page.select("footer a[href='tel:12348']")).hasSize(1);
    }
  }

  @Test
  void everyCitedArticleAndEveryToolAndSiteTheStepsLinkToExists() {
    String caseId = newCase(EVERYTHING);
    Document page = browser.page("/cases/" + caseId);
    Set<String> lawLinks = new LinkedHashSet<>();
    page.select(".basis a[href^=/law/articles/]").forEach(a -> lawLinks.add(a.attr("href")));
    assertThat(lawLinks).hasSizeGreaterThan(40);
    for (String href : lawLinks) {
      HttpResponse<String> article = browser.get(href);
      assertThat(article.statusCode()).as(href).isEqualTo(200);
      assertThat(Jsoup.parse(article.body()).select("blockquote").text()).as(href).isNotBlank();
    }
    Set<String> toolLinks = new LinkedHashSet<>();
    page.select(".step-body a.tool").forEach(a -> toolLinks.add(a.attr("href")));
    assertThat(toolLinks).contains("/cases/" + caseId + "/evidence");
    for (String href : toolLinks) {
      assertThat(browser.get(href).statusCode()).as(href).isEqualTo(200);
    }
    List<String> sites = page.select(".step-body a.official").eachAttr("href");
    assertThat(sites)
        .contains(
            "https://www.12321.cn",
            "https://www.12377.cn",
            "https://www.12315.cn",
            "https://getsimnum.caict.ac.cn",
            "https://www.pbccrc.org.cn")
        .allSatisfy(href -> assertThat(href).startsWith("https://"));
  }

  /**
   * A tool the playbook names must be a page of the app: adding a tool to playbook.yaml before its
   * page exists fails here, and so does removing a page a step still sends people to.
   */
  @Test
  void everyToolOfThePlaybookIsAPageOfTheApp() {
    List<PathPattern> getPages = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      if ((methods.isEmpty() || methods.contains(RequestMethod.GET))
          && info.getPathPatternsCondition() != null) {
        getPages.addAll(info.getPathPatternsCondition().getPatterns());
      }
    }
    assertThat(engine.tools()).isNotEmpty();
    for (Tool tool : engine.tools()) {
      PathContainer path = PathContainer.parsePath(tool.pathFor(UUID.randomUUID().toString()));
      assertThat(getPages.stream().filter(p -> !p.getPatternString().startsWith("/api")))
          .as("a page for tool %s at %s", tool.key(), tool.path())
          .anyMatch(p -> p.matches(path));
    }
  }

  @Test
  void theTopCardListsTheFirstUrgentStepsWithOneButtonEachAndThePinnedRules() {
    String caseId =
        newCase(
            "{\"leaked\":[\"PHONE\",\"ID_NUMBER\",\"BANK_CARD\"],\"symptoms\":[\"HARASSING_CALLS\","
                + "\"MONEY_LOST\"],\"moneyLostYuan\":2000,\"noticedOn\":\"2026-11-20\"}");
    Document page = browser.page("/cases/" + caseId);
    List<Element> now = page.select("#now ol.now-steps > li");
    assertThat(now).hasSize(CasePages.FIRST_STEPS);
    assertThat(now.get(0).id()).isEqualTo("now-call-police-110");
    for (Element item : now) {
      assertThat(item.select("a.button")).as(item.id()).hasSize(1);
    }
    assertThat(now.get(0).selectFirst("a.button").attr("href")).isEqualTo("tel:110");
    // A step without a number to call: its button opens the step, where its tools are.
    assertThat(now.get(1).selectFirst("a.button").attr("href"))
        .isEqualTo(
            "/cases/"
                + caseId
                + "?open="
                + now.get(1).id().substring(4)
                + "#step-"
                + now.get(1).id().substring(4));
    assertThat(page.select("#now .never li").eachText())
        .anySatisfy(rule -> assertThat(rule).contains("验证码"))
        .anySatisfy(rule -> assertThat(rule).contains("96110"));
    assertThat(page.select("#now a[href$=/evidence]")).hasSize(1);
    // Steps are collapsed to title, urgency and one line; the first "how" opens its step.
    assertThat(page.select("ol.plan details[open]")).isEmpty();
    Document opened = browser.page("/cases/" + caseId + "?open=freeze-payment-accounts");
    assertThat(opened.select("ol.plan details[open]"))
        .extracting(e -> e.parent().id())
        .containsExactly("step-freeze-payment-accounts");
    // Marking a step done takes it off the card.
    browser.submit(
        "/cases/" + caseId,
        "/cases/" + caseId + "/steps/call-police-110",
        Map.of("status", "DONE", "note", ""));
    assertThat(browser.page("/cases/" + caseId).select("#now-call-police-110")).isEmpty();
  }

  @Test
  void whenTheUrgentStepsAreDoneTheCardSaysSo() {
    String caseId =
        newCase("{\"leaked\":[\"EMAIL\"],\"symptoms\":[],\"noticedOn\":\"2026-11-20\"}");
    Document before = browser.page("/cases/" + caseId);
    List<String> urgent =
        before.select("#now ol.now-steps > li").eachAttr("id").stream()
            .map(id -> id.substring("now-".length()))
            .toList();
    assertThat(urgent).containsExactly("change-passwords", "collect-evidence");
    for (String key : urgent) {
      api.patch("/api/cases/" + caseId + "/steps/" + key, token, "{\"status\":\"DONE\"}");
    }
    Document after = browser.page("/cases/" + caseId);
    assertThat(after.select("#now ol.now-steps")).isEmpty();
    assertThat(after.select("#now .all-urgent-done").text()).contains("最紧急的几步都做完了");
    assertThat(after.select("#now .never li")).hasSize(2);
    assertThat(after.selectFirst("#progress-text").text()).isEqualTo("已完成 2/4 步");
  }

  @Test
  void thePrintViewIsAChecklistWithoutMenusOrForms() throws IOException {
    String caseId = newCase(EVERYTHING);
    Document print = browser.page("/cases/" + caseId + "/print");
    assertThat(print.select("nav, form, header, footer, button, textarea")).isEmpty();
    assertThat(print.select("ol.checklist > li .box")).hasSize(engine.stepKeys().size());
    assertThat(print.select("ol.checklist a[href='tel:12321']")).isNotEmpty();
    assertThat(print.text()).contains("www.12321.cn", "验证码", "96110");

    HttpResponse<byte[]> pdf = browser.bytes("/cases/" + caseId + "/plan.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(doc.getNumberOfPages()).isBetween(1, 2);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("应对计划", "110", "12321", "www.12315.cn", "验证码");
    }
  }

  /** Edited answers: the plan follows them, the steps keep their status and note. */
  @Test
  void editingTheAnswersKeepsTheProgress() {
    String caseId =
        newCase("{\"leaked\":[\"PHONE\"],\"symptoms\":[],\"noticedOn\":\"2026-11-20\"}");
    browser.submit(
        "/cases/" + caseId,
        "/cases/" + caseId + "/steps/report-police",
        Map.of("status", "DONE", "note", "已报案"));
    Document form = browser.page("/cases/" + caseId + "/edit");
    assertThat(form.selectFirst("#leaked-PHONE").hasAttr("checked")).isTrue();
    assertThat(form.selectFirst("#noticedOn").val()).isEqualTo("2026-11-20");

    HttpResponse<String> saved =
        browser.submit(
            "/cases/" + caseId + "/edit",
            "/cases/" + caseId + "/intake",
            Map.of(
                "leaked", "PHONE",
                "symptoms", "DOXXED_ONLINE",
                "suspectedSource", "某论坛",
                "noticedOn", "2026-11-21"));
    assertThat(saved.statusCode()).isEqualTo(302);
    Document page = browser.page("/cases/" + caseId);
    assertThat(page.select("#step-request-deletion")).hasSize(1);
    assertThat(page.select("#step-report-police").hasClass("status-DONE")).isTrue();
    assertThat(page.selectFirst("#note-report-police").text()).isEqualTo("已报案");
    assertThat(page.select("dl.intake").text()).contains("某论坛", "2026-11-21");

    // A bad answer comes back with the field named by its label, in Chinese.
    HttpResponse<String> bad =
        browser.submit(
            "/cases/" + caseId + "/edit",
            "/cases/" + caseId + "/intake",
            Map.of("leaked", "PHONE", "moneyLostYuan", "abc"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(bad.body()).select("#form-errors li").text())
        .isEqualTo("损失的钱：请填数字，例如 2000 或 350.50。");
    // Another user's case cannot be edited.
    PageBrowser other = new PageBrowser(port);
    String name = ApiClient.uniqueUsername();
    api.register(name, ApiClient.PASSWORD);
    other.login(name, ApiClient.PASSWORD);
    assertThat(other.get("/cases/" + caseId + "/edit").statusCode()).isEqualTo(404);
    assertThat(other.get("/cases/" + caseId + "/print").statusCode()).isEqualTo(404);
    assertThat(other.bytes("/cases/" + caseId + "/plan.pdf").statusCode()).isEqualTo(404);
    assertThat(
            other
                .submit("/cases/new", "/cases/" + caseId + "/intake", Map.of("leaked", "EMAIL"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void theApiEditsTheAnswersToo() {
    String caseId =
        newCase("{\"leaked\":[\"PHONE\"],\"symptoms\":[],\"noticedOn\":\"2026-11-20\"}");
    api.patch("/api/cases/" + caseId + "/steps/report-police", token, "{\"status\":\"SKIPPED\"}");
    ApiClient.Response updated =
        api.send(
            "PUT",
            "/api/cases/" + caseId + "/intake",
            token,
            "application/json",
            "{\"leaked\":[\"PHONE\",\"BANK_CARD\"],\"symptoms\":[]}");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("risk").get("level").asString()).isEqualTo("HIGH");
    List<String> keys = new ArrayList<>();
    updated.json().get("plan").forEach(s -> keys.add(s.get("key").asString()));
    assertThat(keys).contains("freeze-payment-accounts");
    updated
        .json()
        .get("plan")
        .forEach(
            s -> {
              if (s.get("key").asString().equals("report-police")) {
                assertThat(s.get("status").asString()).isEqualTo("SKIPPED");
              }
            });
    assertThat(updated.json().get("plan").get(0).get("summary").asString()).isNotBlank();
    ApiClient.Response invalid =
        api.send(
            "PUT",
            "/api/cases/" + caseId + "/intake",
            token,
            "application/json",
            "{\"leaked\":[],\"symptoms\":[]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("error").asString()).isEqualTo("INVALID_INPUT");
  }

  @Test
  void myCasesSayWhatLeakedAndWhatIsHappeningAndHomeContinuesTheLatest() {
    String first =
        newCase(
            "{\"leaked\":[\"EMAIL\"],\"symptoms\":[\"SPAM_EMAIL\"],\"noticedOn\":\"2026-10-01\"}");
    String latest =
        newCase(
            "{\"leaked\":[\"PHONE\",\"ID_NUMBER\"],\"symptoms\":[\"HARASSING_CALLS\"],"
                + "\"noticedOn\":\"2026-11-20\"}");
    Document list = browser.page("/cases");
    assertThat(list.select("li.case-card .case-what").eachText())
        .containsExactly("泄露了：身份证号、手机号", "泄露了：电子邮箱");
    assertThat(list.select("li.case-card .case-happening").eachText())
        .containsExactly("正在发生：经常接到骚扰电话", "正在发生：收到大量垃圾邮件");
    assertThat(list.selectFirst("#continue").attr("href")).isEqualTo("/cases/" + latest);
    Document home = browser.page("/");
    assertThat(home.selectFirst("#continue").attr("href")).isEqualTo("/cases/" + latest);
    assertThat(home.select("li.case-card a").eachAttr("href"))
        .containsExactly("/cases/" + latest, "/cases/" + first);
    assertThat(new PageBrowser(port).page("/").select("#continue")).isEmpty();
  }

  /**
   * English mode is English: evidence kinds and categories, law editions and numbers, buttons and
   * messages. Chinese stays only where a user must read or type it (the statute itself, the 证据包
   * they download, names of Chinese services and apps quoted in the plan's steps).
   */
  @Test
  void englishPagesAreEnglish() {
    String caseId = newCase(EVERYTHING);
    HttpResponse<String> recorded =
        browser.submit(
            "/cases/" + caseId + "/evidence/new",
            "/cases/" + caseId + "/evidence",
            Map.of(
                "kind", "CALL",
                "occurredAt", "2026-11-20T09:30",
                "counterpart", "17012345678",
                "content", "loan offer"));
    assertThat(recorded.statusCode()).isEqualTo(302);
    browser.get("/?lang=en");
    for (String path :
        List.of(
            "/",
            "/cases",
            "/cases/new",
            "/cases/" + caseId + "/edit",
            "/cases/" + caseId + "/evidence",
            "/cases/" + caseId + "/evidence/new",
            "/cases/" + caseId + "/evidence/capture",
            "/law",
            "/law/articles/CPL-66")) {
      Document page = browser.page(path);
      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
      Element main = page.selectFirst("main").clone();
      main.select("blockquote").remove(); // the official text of a statute
      assertThat(main.text().replaceAll("法释〔\\d{4}〕\\d+号", ""))
          .as(path)
          .doesNotContainPattern("\\p{IsHan}");
    }
    Document timeline = browser.page("/cases/" + caseId + "/evidence");
    assertThat(timeline.select("li.item .badge").eachText())
        .containsExactly("phone call", "electronic data");
    Document plan = browser.page("/cases/" + caseId);
    Element chrome = plan.selectFirst("main").clone();
    chrome.select("ol.plan, #now .never, .now-title, dl.intake").remove();
    assertThat(chrome.text())
        .as("the plan page around the steps")
        .doesNotContainPattern("\\p{IsHan}");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private String newCase(String intake) {
    ApiClient.Response created = api.post("/api/cases", token, intake);
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** Service numbers standing alone in the element's text outside any link. */
  private List<String> unlinkedPhones(Element element) {
    Element copy = element.clone();
    copy.select("a, .step-title").remove();
    return phonesIn(copy.text());
  }

  private List<String> phonesIn(String text) {
    String alternatives =
        engine.phones().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    Matcher m = Pattern.compile("(?<![\\d.,\\-])(?:" + alternatives + ")(?!\\d)").matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
