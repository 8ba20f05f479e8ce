package org.leakaid.app.sources;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.leakaid.app.account.AccountDirectory;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.documents.GroupDocuments;
import org.leakaid.app.evidence.EvidenceForDocuments;
import org.leakaid.app.sources.SourceViews.Coordinator;
import org.leakaid.app.sources.SourceViews.GroupView;
import org.leakaid.app.sources.SourceViews.Invitation;
import org.leakaid.app.sources.SourceViews.Membership;
import org.leakaid.app.sources.SourceViews.NumberCount;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceItem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group cases: victims of one suspected source join its group with one of their cases and agree,
 * part by part, to what the group's aggregate may count: the number of events, their date range,
 * the counterpart numbers. Members see only the aggregate; a member who did not agree to a part
 * adds nothing to it. Non-members get 404 for a group, as for anything not theirs.
 *
 * <p>Each group has a coordinator: the member who opened it, or an account the coordinator invited
 * (a lawyer, a consumer association) once it accepts. The coordinator sees the aggregate, need not
 * be a member, and writes the joint complaint and evidence list from the cases of the members who
 * agreed to them (shareDocuments); a member who did not agree is in neither document. Members who
 * are not the coordinator get 403 for what only the coordinator may do; outsiders 404.
 */
@Service
class SourceGroups {

  static final int TOP_COUNTERPARTS = 10;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Joining (or changing what I share): the case and the three consents. */
  record JoinRequest(
      String platform,
      String caseId,
      Boolean shareEvents,
      Boolean shareDates,
      Boolean shareNumbers,
      Boolean shareDocuments) {
    JoinRequest(
        String platform,
        String caseId,
        Boolean shareEvents,
        Boolean shareDates,
        Boolean shareNumbers) {
      this(platform, caseId, shareEvents, shareDates, shareNumbers, null);
    }
  }

  /** Inviting an account to coordinate: its account name or id. */
  record InviteRequest(String account) {}

  /** The answer to a join: the group and whether the membership is new. */
  record Joined(GroupView group, boolean created) {}

  private final SourcesRepository repository;
  private final AccountDirectory accounts;
  private final Cases cases;
  private final EvidenceForDocuments evidence;
  private final GroupDocuments documents;
  private final Clock clock;

  SourceGroups(
      SourcesRepository repository,
      AccountDirectory accounts,
      Cases cases,
      EvidenceForDocuments evidence,
      GroupDocuments documents,
      Clock clock) {
    this.repository = repository;
    this.accounts = accounts;
    this.cases = cases;
    this.evidence = evidence;
    this.documents = documents;
    this.clock = clock;
  }

  @Transactional
  Joined join(UUID accountId, JoinRequest request) {
    if (request == null) {
      throw SourceLedger.invalid(
          "body: {\"platform\", \"caseId\", \"shareEvents\", \"shareDates\", \"shareNumbers\"}"
              + " expected");
    }
    String platform = SourceLedger.platformName(request.platform());
    if (request.caseId() == null) {
      throw SourceLedger.invalid("caseId: required");
    }
    if (request.shareEvents() == null
        || request.shareDates() == null
        || request.shareNumbers() == null) {
      throw SourceLedger.invalid(
          "shareEvents, shareDates, shareNumbers: say true or false for each (explicit consent)");
    }
    OwnedCase owned = cases.requireOwned(request.caseId(), accountId);
    String key = MatchingText.platformKey(platform);
    SourcesRepository.GroupRow group =
        repository.groupByKey(key).orElseGet(() -> openGroup(platform, key, accountId));
    boolean created =
        repository.putMember(
            new SourcesRepository.MemberRow(
                group.id(),
                accountId,
                owned.id(),
                request.shareEvents(),
                request.shareDates(),
                request.shareNumbers(),
                Boolean.TRUE.equals(request.shareDocuments()),
                clock.instant()));
    return new Joined(view(group, accountId), created);
  }

  /**
   * Opens the group with its opener as coordinator; when another request opened it at the same
   * moment, joins theirs. The insert does nothing on a conflict, so the transaction stays usable on
   * PostgreSQL and the winner's row is read back (committed, since the insert waited for it).
   */
  private SourcesRepository.GroupRow openGroup(String platform, String key, UUID opener) {
    SourcesRepository.GroupRow row =
        new SourcesRepository.GroupRow(UUID.randomUUID(), platform, key, clock.instant(), opener);
    if (repository.insertGroup(row)) {
      return row;
    }
    return repository
        .groupByKey(key)
        .orElseThrow(
            () ->
                HttpProblem.conflict(
                    "GROUP_BUSY", "the group is being opened by someone else: try again"));
  }

  @Transactional
  void leave(UUID accountId, String groupId) {
    UUID id = SourceLedger.parseId(groupId);
    if (!repository.deleteMember(id, accountId)) {
      throw HttpProblem.notFound("NOT_FOUND", "no such group");
    }
    repository
        .group(id)
        .filter(g -> accountId.equals(g.coordinatorId()))
        .ifPresent(
            g -> {
              // A victim who coordinated and leaves would otherwise be named as an outside
              // coordinator: the longest-standing member takes over (none left: nobody).
              List<SourcesRepository.MemberRow> rest = repository.members(id);
              repository.setCoordinator(id, rest.isEmpty() ? null : rest.get(0).accountId());
            });
  }

  /**
   * The coordinator invites an account, by account name or id, to take over. The answer is the same
   * whether or not the account exists, so invitations cannot probe for account names.
   */
  @Transactional
  void invite(UUID accountId, String groupId, InviteRequest request) {
    SourcesRepository.GroupRow group = coordinated(accountId, groupId);
    if (request == null || request.account() == null || request.account().isBlank()) {
      throw SourceLedger.invalid("account: the account name or id of the invitee");
    }
    String handle = request.account().strip();
    Optional<UUID> invitee;
    try {
      UUID id = UUID.fromString(handle);
      invitee = accounts.exists(id) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException notAnId) {
      invitee = accounts.idOf(handle);
    }
    invitee
        .filter(id -> !id.equals(accountId))
        .ifPresent(id -> repository.invite(group.id(), id, clock.instant()));
  }

  List<Invitation> invitations(UUID accountId) {
    return repository.invitationsOf(accountId).stream()
        .map(g -> new Invitation(g.id(), g.platform()))
        .toList();
  }

  /** Accepting an invitation: the invitee becomes the coordinator; other invitations lapse. */
  @Transactional
  GroupView accept(UUID accountId, String groupId) {
    UUID id = SourceLedger.parseId(groupId);
    if (!repository.deleteInvite(id, accountId)) {
      throw HttpProblem.notFound("NOT_FOUND", "no such invitation");
    }
    repository.setCoordinator(id, accountId);
    repository.deleteInvites(id);
    return group(accountId, groupId);
  }

  /** Groups I coordinate without being a member of them. */
  List<Invitation> coordinating(UUID accountId) {
    Set<UUID> memberOf = new HashSet<>();
    repository.membershipsOf(accountId).forEach(m -> memberOf.add(m.groupId()));
    return repository.coordinatedBy(accountId).stream()
        .filter(g -> !memberOf.contains(g.id()))
        .map(g -> new Invitation(g.id(), g.platform()))
        .toList();
  }

  /**
   * A joint document of the group, for its coordinator: written from the cases of the members who
   * agreed to the joint documents, and only those. 409 while nobody has agreed.
   */
  GroupDocuments.Written document(UUID accountId, String groupId, String kind, String format) {
    GroupDocuments.Kind which =
        GroupDocuments.Kind.fromSlug(kind == null ? "" : kind)
            .orElseThrow(() -> HttpProblem.notFound("NOT_FOUND", "no such joint document"));
    SourcesRepository.GroupRow group = coordinated(accountId, groupId);
    List<OwnedCase> consenting =
        repository.members(group.id()).stream()
            .filter(SourcesRepository.MemberRow::shareDocuments)
            .map(m -> new OwnedCase(m.caseId(), m.accountId(), group.createdAt()))
            .toList();
    if (consenting.isEmpty()) {
      throw GroupDocuments.nobodyConsented();
    }
    return documents.write(which, format, group.platform(), coordinatorName(group), consenting);
  }

  /** The group, if the account coordinates it: 403 for its other members, 404 for outsiders. */
  private SourcesRepository.GroupRow coordinated(UUID accountId, String groupId) {
    SourcesRepository.GroupRow group =
        repository
            .group(SourceLedger.parseId(groupId))
            .orElseThrow(() -> HttpProblem.notFound("NOT_FOUND", "no such group"));
    if (accountId.equals(group.coordinatorId())) {
      return group;
    }
    boolean member =
        repository.members(group.id()).stream().anyMatch(m -> m.accountId().equals(accountId));
    if (member) {
      throw new HttpProblem(
          HttpStatus.FORBIDDEN, "NOT_COORDINATOR", "only the group's coordinator may do this");
    }
    throw HttpProblem.notFound("NOT_FOUND", "no such group");
  }

  /** The coordinator's account name when it is not a member, else null (members stay unnamed). */
  private String coordinatorName(SourcesRepository.GroupRow group) {
    if (group.coordinatorId() == null) {
      return null;
    }
    boolean member =
        repository.members(group.id()).stream()
            .anyMatch(m -> m.accountId().equals(group.coordinatorId()));
    return member ? null : accounts.usernameOf(group.coordinatorId()).orElse(null);
  }

  List<Membership> mine(UUID accountId) {
    List<Membership> out = new ArrayList<>();
    for (SourcesRepository.MemberRow m : repository.membershipsOf(accountId)) {
      repository.group(m.groupId()).ifPresent(g -> out.add(membership(g, m)));
    }
    return out;
  }

  GroupView group(UUID accountId, String groupId) {
    SourcesRepository.GroupRow group =
        repository
            .group(SourceLedger.parseId(groupId))
            .orElseThrow(() -> HttpProblem.notFound("NOT_FOUND", "no such group"));
    return view(group, accountId);
  }

  private GroupView view(SourcesRepository.GroupRow group, UUID accountId) {
    List<SourcesRepository.MemberRow> members = repository.members(group.id());
    SourcesRepository.MemberRow me =
        members.stream().filter(m -> m.accountId().equals(accountId)).findFirst().orElse(null);
    boolean coordinator = accountId.equals(group.coordinatorId());
    if (me == null && !coordinator) {
      throw HttpProblem.notFound("NOT_FOUND", "no such group");
    }
    int sharingEvents = 0;
    int sharingDocuments = (int) members.stream().filter(m -> m.shareDocuments()).count();
    int events = 0;
    LocalDate first = null;
    LocalDate last = null;
    Map<String, Integer> numbers = new HashMap<>();
    for (SourcesRepository.MemberRow m : members) {
      if (!m.shareEvents() && !m.shareDates() && !m.shareNumbers()) {
        continue; // read nothing of a member who shares nothing
      }
      List<EvidenceItem> items;
      try {
        items = evidence.numbered(new OwnedCase(m.caseId(), m.accountId(), group.createdAt()));
      } catch (HttpProblem damaged) {
        continue;
      }
      if (m.shareEvents()) {
        sharingEvents++;
        events += items.size();
      }
      if (m.shareDates()) {
        for (EvidenceItem item : items) {
          if (item.occurredAt() != null) {
            LocalDate day = item.occurredAt().atZoneSameInstant(CHINA).toLocalDate();
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
          }
        }
      }
      if (m.shareNumbers()) {
        Set<String> theirs = new HashSet<>(CaseSources.counterparts(items));
        theirs.forEach(n -> numbers.merge(n, 1, Integer::sum));
      }
    }
    // A number only one member saw says nothing about the group and much about that member.
    List<NumberCount> top =
        numbers.entrySet().stream()
            .filter(e -> e.getValue() >= 2)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP_COUNTERPARTS)
            .map(e -> new NumberCount(e.getKey(), e.getValue()))
            .toList();
    return new GroupView(
        group.id(),
        group.platform(),
        members.size(),
        sharingEvents,
        events,
        first,
        last,
        top,
        sharingDocuments,
        new Coordinator(
            coordinator,
            group.coordinatorId() != null
                && members.stream().anyMatch(m -> m.accountId().equals(group.coordinatorId())),
            coordinatorName(group)),
        me == null ? null : membership(group, me));
  }

  private static Membership membership(
      SourcesRepository.GroupRow group, SourcesRepository.MemberRow m) {
    return new Membership(
        group.id(),
        group.platform(),
        m.caseId(),
        m.shareEvents(),
        m.shareDates(),
        m.shareNumbers(),
        m.shareDocuments(),
        m.joinedAt());
  }
}
