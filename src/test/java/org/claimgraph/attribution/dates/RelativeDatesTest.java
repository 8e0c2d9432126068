package org.claimgraph.attribution.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDatesTest {
  // A Wednesday.
  private static final LocalDate WED = LocalDate.of(2024, 3, 13);

  private static Optional<LocalDate> at(String phrase, String published) {
    return RelativeDates.resolve(phrase, published == null ? null : LocalDate.parse(published));
  }

  private static List<DateMention> findAll(String text, LocalDate published) {
    return RelativeDates.find(text, 0, text.length(), published);
  }

  @ParameterizedTest(name = "\"{0}\" published {1} -> {2}")
  @CsvSource({
      "today, 2024-03-13, 2024-03-13",
      "yesterday, 2024-03-13, 2024-03-12",
      "tomorrow, 2024-03-13, 2024-03-14",
      "last night, 2024-03-13, 2024-03-12",
      "tonight, 2024-03-13, 2024-03-13",
      // Bare weekday: most recent on or before publication.
      "Monday, 2024-03-13, 2024-03-11",
      "on Monday, 2024-03-13, 2024-03-11",
      "on Wednesday, 2024-03-13, 2024-03-13",
      "on Thursday, 2024-03-13, 2024-03-07",
      "last Monday, 2024-03-13, 2024-03-11",
      "last Wednesday, 2024-03-13, 2024-03-06",
      "this Monday, 2024-03-13, 2024-03-11",
      "this Friday, 2024-03-13, 2024-03-15",
      "next Monday, 2024-03-13, 2024-03-18",
      "next Thursday, 2024-03-13, 2024-03-14",
      "next Wednesday, 2024-03-13, 2024-03-20",
      // Weeks resolve to their Monday.
      "last week, 2024-03-13, 2024-03-04",
      "this week, 2024-03-13, 2024-03-11",
      "earlier this week, 2024-03-13, 2024-03-11",
      "next week, 2024-03-13, 2024-03-18",
      "last month, 2024-03-13, 2024-02-01",
      "this month, 2024-03-13, 2024-03-01",
      "earlier this month, 2024-03-13, 2024-03-01",
      "next month, 2024-03-13, 2024-04-01",
      "last year, 2024-03-13, 2023-01-01",
      "this year, 2024-03-13, 2024-01-01",
      "two days ago, 2024-03-13, 2024-03-11",
      "3 days ago, 2024-03-13, 2024-03-10",
      "a day ago, 2024-03-13, 2024-03-12",
      "a week ago, 2024-03-13, 2024-03-06",
      "three weeks ago, 2024-03-13, 2024-02-21",
      "two months ago, 2024-03-13, 2024-01-01",
      "a year ago, 2024-03-13, 2023-01-01",
      "on March 3, 2024-03-13, 2024-03-03",
      "March 3, 2024-03-13, 2024-03-03",
      "3 March, 2024-03-13, 2024-03-03",
      "the 3rd of March, 2024-03-13, 2024-03-03",
      "Sept. 9, 2024-10-01, 2024-09-09",
      "'Monday, March 11', 2024-03-13, 2024-03-11",
      // Up to 7 days ahead stays in the publication year; beyond, the year before.
      "March 20, 2024-03-13, 2024-03-20",
      "March 21, 2024-03-13, 2023-03-21",
      "'March 3, 2024', , 2024-03-03",
      "3 March 2024, , 2024-03-03",
      "2024-03-03, , 2024-03-03",
      "March 2024, , 2024-03-01",
      "in 2019, , 2019-01-01",
  })
  void resolves(String phrase, String published, String expected) {
    assertThat(at(phrase, published)).contains(LocalDate.parse(expected));
  }

  @Nested
  class LeapYears {
    @Test
    void yesterdayAfterLeapDay() {
      assertThat(at("yesterday", "2024-03-01")).contains(LocalDate.of(2024, 2, 29));
      assertThat(at("yesterday", "2023-03-01")).contains(LocalDate.of(2023, 2, 28));
    }

    @Test
    void february29InACommonYearResolvesToNothing() {
      assertThat(at("on February 29", "2025-03-02")).isEmpty();
      assertThat(at("February 29, 2023", null)).isEmpty();
      assertThat(at("on February 29", "2024-03-02")).contains(LocalDate.of(2024, 2, 29));
      // More than a week ahead in 2028 is read as 2027, which has none.
      assertThat(at("February 29", "2028-02-01")).isEmpty();
    }

    @Test
    void impossibleDatesAreNotDates() {
      assertThat(findAll("on April 31 he said", WED)).isEmpty();
      assertThat(at("2024-02-30", null)).isEmpty();
    }
  }

  @Nested
  class WeekBoundaries {
    private final String monday = "2024-03-11";
    private final String sunday = "2024-03-17";

    @Test
    void bareWeekdayOnItsOwnDayIsThatDay() {
      assertThat(at("on Monday", monday)).contains(LocalDate.parse(monday));
      assertThat(at("last Monday", monday)).contains(LocalDate.of(2024, 3, 4));
      assertThat(at("next Monday", monday)).contains(LocalDate.of(2024, 3, 18));
    }

    @Test
    void weeksStartOnMonday() {
      assertThat(at("last week", sunday)).contains(LocalDate.of(2024, 3, 4));
      assertThat(at("earlier this week", sunday)).contains(LocalDate.of(2024, 3, 11));
      assertThat(at("this Sunday", sunday)).contains(LocalDate.parse(sunday));
      assertThat(at("earlier this week", monday)).contains(LocalDate.parse(monday));
      assertThat(at("on Sunday", monday)).contains(LocalDate.of(2024, 3, 10));
    }
  }

  @Nested
  class YearBoundaries {
    @Test
    void lateDecemberInEarlyJanuaryIsLastYear() {
      assertThat(at("on December 31", "2024-01-02")).contains(LocalDate.of(2023, 12, 31));
      assertThat(at("last month", "2024-01-15")).contains(LocalDate.of(2023, 12, 1));
      assertThat(at("last week", "2024-01-03")).contains(LocalDate.of(2023, 12, 25));
      assertThat(at("yesterday", "2024-01-01")).contains(LocalDate.of(2023, 12, 31));
    }

    @Test
    void earlyJanuaryInLateDecemberIsNextYear() {
      assertThat(at("January 2", "2024-12-28")).contains(LocalDate.of(2025, 1, 2));
      assertThat(at("next month", "2024-12-28")).contains(LocalDate.of(2025, 1, 1));
    }

    @Test
    void granularity() {
      List<DateMention> m = findAll("last month and last year and a week ago and March 2020",
          LocalDate.of(2024, 1, 15));
      assertThat(m).extracting(DateMention::granularity)
          .containsExactly("month", "year", "day", "month");
      assertThat(m).extracting(DateMention::date).containsExactly(LocalDate.of(2023, 12, 1),
          LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 8), LocalDate.of(2020, 3, 1));
    }
  }

  @Test
  void withoutPublicationDateOnlyAbsoluteDatesResolve() {
    assertThat(at("yesterday", null)).isEmpty();
    assertThat(at("on Monday", null)).isEmpty();
    assertThat(at("March 3", null)).isEmpty();
    assertThat(findAll("Yesterday, on March 3, 2024, and in 2019, not last week.", null))
        .extracting(DateMention::text).containsExactly("on March 3, 2024", "in 2019");
  }

  @Test
  void caseInsensitive() {
    assertThat(at("YESTERDAY", "2024-03-13")).contains(LocalDate.of(2024, 3, 12));
    assertThat(at("Last MONDAY", "2024-03-13")).contains(LocalDate.of(2024, 3, 11));
    assertThat(at("Earlier This Week", "2024-03-13")).contains(LocalDate.of(2024, 3, 11));
    assertThat(at("march 3", "2024-03-13")).contains(LocalDate.of(2024, 3, 3));
    assertThat(at("MAY 3", "2024-06-13")).contains(LocalDate.of(2024, 5, 3));
  }

  @Test
  void mayTheModalVerbIsNoMonth() {
    assertThat(findAll("Officials may say more. The two may 3 times refuse.", WED)).isEmpty();
    assertThat(findAll("Those 2 may decide.", WED)).isEmpty();
    assertThat(findAll("He may 2025 be gone", WED)).isEmpty();
    assertThat(findAll("It happened on May 3.", LocalDate.of(2024, 6, 1)))
        .extracting(DateMention::date).containsExactly(LocalDate.of(2024, 5, 3));
  }

  @Test
  void marchTheNounIsNoMonth() {
    String text = "They joined the march on Sunday, police said.";
    List<DateMention> m = findAll(text, WED);
    assertThat(m).extracting(DateMention::text).containsExactly("on Sunday");
    assertThat(m.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(text.substring(m.get(0).begin(), m.get(0).end())).isEqualTo("on Sunday");
  }

  @Test
  void findsSeveralMentionsWithOffsetsInsideTheSpan() {
    String text = "Monday. \"We met on Tuesday and again two days ago,\" she said on March 3.";
    int from = text.indexOf('"');
    List<DateMention> m = RelativeDates.find(text, from, text.indexOf("she"), WED);
    assertThat(m).extracting(DateMention::text).containsExactly("on Tuesday", "two days ago");
    assertThat(m).extracting(DateMention::date)
        .containsExactly(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 11));
    for (DateMention d : m) {
      assertThat(text.substring(d.begin(), d.end())).isEqualTo(d.text());
    }
  }

  @Test
  void spanEdgeDoesNotMakeAWord() {
    String text = "Mondays are slow";
    // "Monday" cut out of "Mondays" is not a weekday.
    assertThat(RelativeDates.find(text, 0, 6, WED)).isEmpty();
  }

  @Test
  void noFalsePositives() {
    assertThat(findAll("The Monday Club met. Today's news. He sued on Mondays, 2019 times, "
        + "in 20190 cases, up 3 percent since then.", WED))
        .extracting(DateMention::text).containsExactly("Monday", "Today");
    assertThat(at("said on Monday", "2024-03-13")).isEmpty();
    assertThat(at("", "2024-03-13")).isEmpty();
    assertThat(at(null, "2024-03-13")).isEmpty();
  }

  @Test
  void weekdayBeforeDateIsOneMention() {
    assertThat(findAll("on Monday, March 11, 2024, the talks", null))
        .extracting(DateMention::text, DateMention::date)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("on Monday, March 11, 2024",
            LocalDate.of(2024, 3, 11)));
  }

  @Test
  void findsTheOneDateAtTheEndOfAMegabyteOfText() {
    String text = "nothing to see here, ".repeat(50_000) + "yesterday";
    assertThat(findAll(text, WED)).extracting(DateMention::text).containsExactly("yesterday");
  }
}
