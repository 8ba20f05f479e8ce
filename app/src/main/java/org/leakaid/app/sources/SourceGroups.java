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
import java.util.Set;
import java.util.UUID;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceForDocuments;
import org.leakaid.app.sources.SourceViews.GroupView;
import org.leakaid.app.sources.SourceViews.Membership;
import org.leakaid.app.sources.SourceViews.NumberCount;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceItem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group cases: victims of one suspected source join its group with one of their cases and agree,
 * part by part, to what the group's aggregate may count: the number of events, their date range,
 * the counterpart numbers. Members see only the aggregate; a member who did not agree to a part
 * adds nothing to it. Non-members get 404 for a group, as for anything not theirs.
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
      Boolean shareNumbers) {}

  /** The answer to a join: the group and whether the membership is new. */
  record Joined(GroupView group, boolean created) {}

  private final SourcesRepository repository;
  private final Cases cases;
  private final EvidenceForDocuments evidence;
  private final Clock clock;

  SourceGroups(
      SourcesRepository repository, Cases cases, EvidenceForDocuments evidence, Clock clock) {
    this.repository = repository;
    this.cases = cases;
    this.evidence = evidence;
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
        repository.groupByKey(key).orElseGet(() -> openGroup(platform, key));
    boolean created =
        repository.putMember(
            new SourcesRepository.MemberRow(
                group.id(),
                accountId,
                owned.id(),
                request.shareEvents(),
                request.shareDates(),
                request.shareNumbers(),
                clock.instant()));
    return new Joined(view(group, accountId), created);
  }

  private SourcesRepository.GroupRow openGroup(String platform, String key) {
    SourcesRepository.GroupRow row =
        new SourcesRepository.GroupRow(UUID.randomUUID(), platform, key, clock.instant());
    try {
      repository.insertGroup(row);
      return row;
    } catch (DuplicateKeyException raced) {
      // Another member opened it at the same moment: join theirs.
      return repository.groupByKey(key).orElseThrow(() -> raced);
    }
  }

  @Transactional
  void leave(UUID accountId, String groupId) {
    if (!repository.deleteMember(SourceLedger.parseId(groupId), accountId)) {
      throw HttpProblem.notFound("NOT_FOUND", "no such group");
    }
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
        members.stream()
            .filter(m -> m.accountId().equals(accountId))
            .findFirst()
            .orElseThrow(() -> HttpProblem.notFound("NOT_FOUND", "no such group"));
    int sharingEvents = 0;
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
        membership(group, me));
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
        m.joinedAt());
  }
}
