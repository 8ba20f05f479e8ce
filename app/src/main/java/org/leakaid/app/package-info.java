/**
 * The LeakAid web app and REST API, packaged by feature: {@code account} (users, sign-in, tokens,
 * export, deletion), {@code cases} (intake, plan, progress), {@code law} (articles), and {@code
 * web} (layout, languages, errors, security) shared by all.
 *
 * <p>Adding a feature (say {@code evidence}):
 *
 * <ul>
 *   <li>Current user: {@code @AuthenticationPrincipal SignedInUser user}, then {@code user.id()}
 *       (pages and API alike).
 *   <li>Case ownership: {@code cases.requireOwned(caseIdFromPath, user.id())} on {@link
 *       org.leakaid.app.cases.Cases} returns an {@link org.leakaid.app.cases.OwnedCase} or throws
 *       404 (never 403), also for malformed ids.
 *   <li>Errors: throw {@link org.leakaid.app.web.HttpProblem} ({@code notFound}, {@code
 *       badRequest}, ...); under {@code /api} it becomes {@code {"error", "message"}} JSON, on
 *       pages the error page. Anything else unhandled is a 500 with the same JSON and no trace.
 *   <li>Export and deletion: implement {@link org.leakaid.app.account.AccountDataContributor} as a
 *       bean.
 *   <li>Pages: Thymeleaf templates using {@code fragments/layout :: head(title)}, {@code :: header}
 *       and {@code :: footer}; add a header link with a {@link org.leakaid.app.web.NavLink} bean, a
 *       link on every case page with a {@link org.leakaid.app.cases.CasePageLink} bean; texts in
 *       {@code messages_zh_CN.properties} and {@code messages_en.properties}.
 *   <li>Database: Flyway files {@code db/migration/V2_1__evidence.sql} (V1_x is accounts and
 *       cases), SQL that runs on H2 in PostgreSQL mode and on PostgreSQL; rows reference {@code
 *       leak_case(id)} or {@code account(id)} with {@code ON DELETE CASCADE}.
 *   <li>Security: {@code /api/**} needs a bearer token, every other path a signed-in session except
 *       those listed as public in {@code web.SecurityConfig}.
 * </ul>
 */
package org.leakaid.app;
