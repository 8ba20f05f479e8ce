package org.leakaid.app.protect;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leakaid.app.account.PasswordCheck;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.protect.RefusedInput;
import org.leakaid.protect.image.BlackOut;
import org.leakaid.protect.password.Passphrases;
import org.leakaid.protect.watermark.Watermarker;
import org.leakaid.scanner.PiiType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The protection pages. A tool that returns a file answers the form post with the file itself, so
 * nothing waits on the server for a second request; a refusal shows the form again with the reason
 * and a 4xx status.
 */
@Controller
class ProtectPages {

  private final PasswordCheck passwords;
  private final Passphrases passphrases;
  private final ImageTools images;
  private final FileCheck files;

  ProtectPages(
      PasswordCheck passwords, Passphrases passphrases, ImageTools images, FileCheck files) {
    this.passwords = passwords;
    this.passphrases = passphrases;
    this.images = images;
    this.files = files;
  }

  @GetMapping("/protect")
  String index() {
    return "protect/index";
  }

  // --- passwords ---------------------------------------------------------------------------

  @GetMapping("/protect/password")
  String passwordPage(
      @RequestParam(name = "generate", required = false) String generate, Model model) {
    if (generate != null) {
      Passphrases.Style style =
          "english".equalsIgnoreCase(generate)
              ? Passphrases.Style.ENGLISH
              : Passphrases.Style.PINYIN;
      model.addAttribute("generated", passphrases.generate(style));
    }
    model.addAttribute("networkAvailable", passwords.networkAvailable());
    return "protect/password";
  }

  @PostMapping("/protect/password")
  String checkPassword(
      @RequestParam(name = "password", defaultValue = "") String password,
      @RequestParam(name = "allowNetwork", defaultValue = "false") boolean allowNetwork,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("networkAvailable", passwords.networkAvailable());
    if (password.isEmpty() || password.length() > 256) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute(
          "problem", password.isEmpty() ? "protect.password.empty" : "protect.password.tooLong");
      return "protect/password";
    }
    PasswordCheck.Verdict verdict = passwords.check(password, List.of(), allowNetwork);
    model.addAttribute("verdict", verdict);
    model.addAttribute("reasons", passwords.reasons(verdict, locale));
    model.addAttribute(
        "slowTime", CrackTimeWords.of(verdict.estimate().crackSecondsSlowHash(), locale));
    model.addAttribute(
        "fastTime", CrackTimeWords.of(verdict.estimate().crackSecondsFastHash(), locale));
    model.addAttribute("allowNetwork", allowNetwork);
    return "protect/password";
  }

  // --- watermark ---------------------------------------------------------------------------

  @GetMapping("/protect/watermark")
  String watermarkPage(
      @RequestParam(name = "tooLarge", required = false) String tooLarge,
      Model model,
      HttpServletResponse response) {
    if (tooLarge != null) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      model.addAttribute("problem", "protect.refused.TOO_LARGE");
    }
    return "protect/watermark";
  }

  @PostMapping("/protect/watermark")
  String watermark(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "recipient", defaultValue = "") String recipient,
      @RequestParam(name = "purpose", defaultValue = "") String purpose,
      Model model,
      HttpServletResponse response)
      throws IOException {
    model.addAttribute("recipient", recipient);
    model.addAttribute("purpose", purpose);
    try {
      byte[] bytes = required(file);
      Watermarker.Result result = images.watermark(bytes, images.text(recipient, purpose));
      ProtectDownloads.send(
          response,
          ProtectDownloads.name(
              file.getOriginalFilename(), "watermarked", result.kind().extension()),
          result.kind().mediaType(),
          result.bytes());
      return null;
    } catch (RefusedInput refused) {
      return refusedPage("protect/watermark", refused, model, response);
    }
  }

  // --- file check --------------------------------------------------------------------------

  @GetMapping("/protect/check")
  String checkPage(
      @RequestParam(name = "tooLarge", required = false) String tooLarge,
      Model model,
      HttpServletResponse response) {
    if (tooLarge != null) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      model.addAttribute("problem", "protect.refused.TOO_LARGE");
    }
    return checkForm(model, EnumSet.allOf(PiiType.class), FileCheck.Style.PARTIAL);
  }

  @PostMapping("/protect/check")
  String check(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", defaultValue = "") String text,
      @RequestParam(name = "action", defaultValue = "check") String action,
      @RequestParam(name = "types", required = false) List<String> typeNames,
      @RequestParam(name = "style", defaultValue = "PARTIAL") String styleName,
      Model model,
      HttpServletResponse response)
      throws IOException {
    Set<PiiType> types = types(typeNames);
    FileCheck.Style style = style(styleName);
    checkForm(model, types, style);
    try {
      boolean upload = file != null && !file.isEmpty();
      if (!upload && text.isBlank()) {
        throw new RefusedInput(RefusedInput.Reason.TEXT_MISSING, "paste text or choose a file");
      }
      String name = upload ? fileName(file) : null;
      byte[] bytes = upload ? file.getBytes() : FileCheck.pasted(text);
      if ("mask".equals(action)) {
        FileCheck.Masked masked = files.mask(name, bytes, types, style);
        if (!upload) {
          model.addAttribute("maskedText", FileCheck.decode(masked.bytes()));
          model.addAttribute("maskedCount", masked.findings());
          model.addAttribute("report", files.check(user.id(), null, bytes));
          return "protect/check";
        }
        ProtectDownloads.send(
            response,
            masked.fileName(),
            "text/plain; charset=" + FileCheck.charsetOf(masked.bytes()).name(),
            masked.bytes());
        return null;
      }
      model.addAttribute("report", files.check(user.id(), upload ? name : null, bytes));
      model.addAttribute("uploadName", name);
      return "protect/check";
    } catch (RefusedInput refused) {
      return refusedPage("protect/check", refused, model, response);
    }
  }

  private static String checkForm(Model model, Set<PiiType> chosen, FileCheck.Style style) {
    model.addAttribute("allTypes", PiiType.values());
    model.addAttribute("chosenTypes", chosen);
    model.addAttribute("style", style.name());
    model.addAttribute("maxTextChars", FileCheck.MAX_TEXT_CHARS);
    return "protect/check";
  }

  // --- waybill -----------------------------------------------------------------------------

  @GetMapping("/protect/waybill")
  String waybillPage(
      @RequestParam(name = "tooLarge", required = false) String tooLarge,
      Model model,
      HttpServletResponse response) {
    if (tooLarge != null) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      model.addAttribute("problem", "protect.refused.TOO_LARGE");
    }
    return "protect/waybill";
  }

  @PostMapping("/protect/waybill")
  String waybill(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "areas", defaultValue = "") String areas,
      Model model,
      HttpServletResponse response)
      throws IOException {
    try {
      byte[] bytes = required(file);
      List<BlackOut.Area> parsed = ImageTools.areas(areas);
      BlackOut.Result result = images.blackOut(bytes, parsed);
      ProtectDownloads.send(
          response,
          ProtectDownloads.name(file.getOriginalFilename(), "redacted", result.kind().extension()),
          result.kind().mediaType(),
          result.bytes());
      return null;
    } catch (RefusedInput refused) {
      return refusedPage("protect/waybill", refused, model, response);
    }
  }

  // --- shared ------------------------------------------------------------------------------

  private static byte[] required(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new RefusedInput(RefusedInput.Reason.UNSUPPORTED_TYPE, "choose a file");
    }
    return file.getBytes();
  }

  private static String fileName(MultipartFile file) {
    String name = file.getOriginalFilename();
    return name == null || name.isBlank() ? "upload" : name;
  }

  private static String refusedPage(
      String view, RefusedInput refused, Model model, HttpServletResponse response) {
    response.setStatus(RefusedInputs.status(refused.reason()).value());
    model.addAttribute("problem", RefusedInputs.messageKey(refused.reason()));
    return view;
  }

  static Set<PiiType> types(List<String> names) {
    if (names == null || names.isEmpty()) {
      return EnumSet.allOf(PiiType.class);
    }
    Set<PiiType> types = EnumSet.noneOf(PiiType.class);
    List<String> unknown = new ArrayList<>();
    for (String n : names) {
      try {
        types.add(PiiType.valueOf(n));
      } catch (IllegalArgumentException e) {
        unknown.add(n);
      }
    }
    if (!unknown.isEmpty()) {
      throw HttpProblem.badRequest("INVALID_INPUT", "types: unknown type");
    }
    return types;
  }

  static FileCheck.Style style(String name) {
    try {
      return FileCheck.Style.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest("INVALID_INPUT", "style: PARTIAL or FULL");
    }
  }
}
