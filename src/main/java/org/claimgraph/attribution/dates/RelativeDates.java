package org.claimgraph.attribution.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in news text and resolves them against the article's publication date.
 * Stateless and thread-safe: one pattern compiled once, one left-to-right scan per call.
 *
 * <h2>Rules</h2>
 * Matching is case-insensitive, except that the month "May" must be capitalised: lower-case
 * "may" is the modal verb. Month names count only next to a day number or a year ("March 3",
 * "3 March", "March 2024"), so "the march on Sunday" yields only "on Sunday". A leading "on" or
 * "in" is part of the mention. Relative expressions need the publication date; with none, they
 * are not resolved and {@link #find} leaves them out (only absolute dates are returned).
 * <ul>
 *   <li>{@code today}, {@code this morning/afternoon/evening}, {@code tonight}: the publication
 *       day; {@code yesterday}, {@code last night}: the day before; {@code tomorrow}: the day
 *       after.
 *   <li>Bare weekday ({@code Monday}, {@code on Monday}): news reports mostly look back, so the
 *       most recent such day <em>on or before</em> publication (0–6 days back; an article
 *       published on a Monday that says "on Monday" means that day, as in wire copy). A
 *       forward-looking "will meet on Friday" is therefore resolved to the past Friday: the
 *       caller has the tense, we do not.
 *   <li>{@code last Monday}: the most recent such day strictly before publication (1–7 days
 *       back). {@code this Monday}: that weekday in the publication's ISO week (Monday–Sunday).
 *       {@code next Monday}: the first such day strictly after publication (1–7 days ahead).
 *   <li>Weeks have no granularity of their own: {@code this week}, {@code earlier this week},
 *       {@code last week} and {@code next week} resolve to the <em>Monday</em> of that ISO week,
 *       with granularity {@code day}; treat it as "that week". A week starts on Monday, so on a
 *       Sunday "last week" is the week that ended eight days before.
 *   <li>{@code this/last/next month} (also "earlier this month"): the first of that month,
 *       granularity {@code month}; {@code this/last/next year}: 1 January, granularity
 *       {@code year}.
 *   <li>{@code N days ago} and {@code N weeks ago} (N a digit or a word up to twelve, or "a"):
 *       exactly N or 7·N days back, {@code day}; {@code N months ago}: the first of that month,
 *       {@code month}; {@code N years ago}: 1 January of that year, {@code year}.
 *   <li>Day and month without a year ({@code March 3}, {@code 3 March}, {@code 3rd of March},
 *       optionally after a weekday, "Monday, March 3"): its most recent occurrence that is at most
 *       7 days after publication. That is the publication year unless the date would be more than
 *       7 days ahead, then the year before ("December 31" published 2 January 2024 is 2023-12-31);
 *       and in the last week of December it may be the next year ("January 2" published
 *       28 December 2024 is 2025-01-02). February 29 in a year that has none resolves to nothing,
 *       not to some earlier leap day: a date more than a year off is worse than no date.
 *       Impossible dates ("April 31") are not dates.
 *   <li>Absolute: {@code March 3, 2024}, {@code 3 March 2024}, {@code 2024-03-03} (day),
 *       {@code March 2024} (month), {@code in 2019} (year; a bare year is not taken, numbers are
 *       too often not years). Years 1900–2099. These resolve without a publication date. When a
 *       weekday and a date disagree, the date wins.
 * </ul>
 */
public final class RelativeDates {
  private RelativeDates() {}

  private static final String WEEKDAY =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  // Full names before abbreviations, "sept" before "sep", so alternation takes the longest.
  private static final String MONTH = "(?:january|february|march|april|may|june|july|august"
      + "|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
      + "(?![\\p{L}\\p{N}])\\.?";
  private static final String DAY_NUMBER = "\\d{1,2}(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:19|20)\\d\\d";
  private static final String COUNT =
      "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
  private static final String END = "(?![\\p{L}\\p{N}])";

  private static final Pattern DATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:"
          + "(?<iso>(?<![\\d-])(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})(?!\\d))"
          + "|(?<mdy>(?:on\\s+)?(?:(?:" + WEEKDAY + "),?\\s+)?(?<mdyM>" + MONTH + ")\\s+"
          + "(?<mdyD>" + DAY_NUMBER + ")" + END + "(?:,?\\s+(?<mdyY>" + YEAR + ")" + END + ")?)"
          + "|(?<dmy>(?:on\\s+)?(?:(?:" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<dmyD>" + DAY_NUMBER
          + ")\\s+(?:of\\s+)?(?<dmyM>" + MONTH + ")(?:,?\\s+(?<dmyY>" + YEAR + ")" + END + ")?)"
          + "|(?<my>(?:in\\s+)?(?<myM>" + MONTH + "),?\\s+(?<myY>" + YEAR + ")" + END + ")"
          + "|(?<inYear>in\\s+(?<inY>" + YEAR + ")(?![\\p{L}\\p{N}-]))"
          + "|(?<ago>(?<agoN>" + COUNT + ")\\s+(?<agoU>day|week|month|year)s?\\s+ago" + END + ")"
          + "|(?<word>(?<w>today|tonight|yesterday|tomorrow|last\\s+night"
          + "|this\\s+(?:morning|afternoon|evening))" + END + ")"
          + "|(?<period>(?<earlier>earlier\\s+)?(?<pRel>this|last|next)\\s+"
          + "(?<pUnit>week|month|year)" + END + ")"
          + "|(?<wd>(?:(?<wdRel>on|last|this|next)\\s+)?(?<wdDay>" + WEEKDAY + ")" + END + ")"
          + ")",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Map<String, Integer> COUNTS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12));

  /** How far after publication a yearless "March 3" may lie before it is read as last year's. */
  static final int FUTURE_TOLERANCE_DAYS = 7;

  /**
   * Resolves a phrase that is, as a whole, one date expression ("last Monday", "on March 3");
   * surrounding blanks and trailing punctuation are ignored. Empty when the phrase is not exactly
   * one expression, or is relative and {@code published} is null.
   */
  public static Optional<LocalDate> resolve(String phrase, LocalDate published) {
    if (phrase == null) {
      return Optional.empty();
    }
    String p = phrase.strip().replaceAll("[.,;:!?]+$", "");
    List<DateMention> mentions = find(p, 0, p.length(), published);
    if (mentions.size() == 1 && mentions.get(0).begin() == 0
        && mentions.get(0).end() == p.length()) {
      return Optional.of(mentions.get(0).date());
    }
    return Optional.empty();
  }

  /**
   * The resolved date expressions in {@code text[from, to)}, left to right, not overlapping;
   * offsets are into {@code text}. Expressions that cannot be resolved (relative with no
   * publication date, February 29 of a common year) are left out.
   */
  public static List<DateMention> find(String text, int from, int to, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = Math.max(0, from);
    int stop = Math.min(text.length(), to);
    Matcher m = DATE.matcher(text);
    while (start < stop) {
      // Transparent bounds: a word cut by the span's edge is not a word boundary.
      m.region(start, stop).useTransparentBounds(true).useAnchoringBounds(false);
      if (!m.find()) {
        break;
      }
      if (isModalMay(m)) {
        start = m.start() + 1;
        continue;
      }
      Resolved r = resolve(m, published);
      if (r != null) {
        out.add(new DateMention(m.start(), m.end(), m.group(), r.date, r.granularity));
      }
      start = m.end();
    }
    return out;
  }

  private record Resolved(LocalDate date, String granularity) {}

  private static Resolved resolve(Matcher m, LocalDate pub) {
    if (m.group("iso") != null) {
      LocalDate d = date(Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")),
          Integer.parseInt(m.group("isoD")));
      return d == null ? null : day(d);
    }
    if (m.group("mdy") != null) {
      return dayMonth(month(m.group("mdyM")), dayNumber(m.group("mdyD")), m.group("mdyY"), pub);
    }
    if (m.group("dmy") != null) {
      return dayMonth(month(m.group("dmyM")), dayNumber(m.group("dmyD")), m.group("dmyY"), pub);
    }
    if (m.group("my") != null) {
      return new Resolved(LocalDate.of(Integer.parseInt(m.group("myY")), month(m.group("myM")), 1),
          DateMention.MONTH);
    }
    if (m.group("inYear") != null) {
      return new Resolved(LocalDate.of(Integer.parseInt(m.group("inY")), 1, 1), DateMention.YEAR);
    }
    if (pub == null) {
      return null;
    }
    if (m.group("ago") != null) {
      String n = lower(m.group("agoN"));
      int count = COUNTS.containsKey(n) ? COUNTS.get(n) : Integer.parseInt(n);
      return switch (lower(m.group("agoU"))) {
        case "day" -> day(pub.minusDays(count));
        case "week" -> day(pub.minusWeeks(count));
        case "month" -> new Resolved(pub.minusMonths(count).withDayOfMonth(1), DateMention.MONTH);
        default -> new Resolved(pub.minusYears(count).withDayOfYear(1), DateMention.YEAR);
      };
    }
    if (m.group("word") != null) {
      String w = lower(m.group("w"));
      if (w.equals("yesterday") || w.startsWith("last")) {
        return day(pub.minusDays(1));
      }
      return day(w.equals("tomorrow") ? pub.plusDays(1) : pub);
    }
    if (m.group("period") != null) {
      int shift = switch (lower(m.group("pRel"))) {
        case "last" -> -1;
        case "next" -> 1;
        default -> 0;
      };
      return switch (lower(m.group("pUnit"))) {
        case "week" -> day(pub.with(DayOfWeek.MONDAY).plusWeeks(shift));
        case "month" -> new Resolved(pub.withDayOfMonth(1).plusMonths(shift), DateMention.MONTH);
        default -> new Resolved(pub.withDayOfYear(1).plusYears(shift), DateMention.YEAR);
      };
    }
    // Weekday, the last alternative.
    DayOfWeek dow = DayOfWeek.valueOf(lower(m.group("wdDay")).toUpperCase(Locale.ROOT));
    String rel = m.group("wdRel") == null ? "on" : lower(m.group("wdRel"));
    return day(switch (rel) {
      case "last" -> pub.with(TemporalAdjusters.previous(dow));
      case "next" -> pub.with(TemporalAdjusters.next(dow));
      case "this" -> pub.with(DayOfWeek.MONDAY).plusDays(dow.getValue() - 1L);
      default -> pub.with(TemporalAdjusters.previousOrSame(dow));
    });
  }

  private static Resolved dayMonth(int month, int dayOfMonth, String year, LocalDate pub) {
    if (dayOfMonth < 1 || dayOfMonth > java.time.Month.of(month).maxLength()) {
      return null;
    }
    if (year != null) {
      LocalDate d = date(Integer.parseInt(year), month, dayOfMonth);
      return d == null ? null : day(d);
    }
    if (pub == null) {
      return null;
    }
    // The latest year whose (month, day) is at most FUTURE_TOLERANCE_DAYS after publication.
    // Years are chosen on (year, month, day) keys first, so February 29 picks its year like any
    // other day and only then turns out not to exist.
    LocalDate latest = pub.plusDays(FUTURE_TOLERANCE_DAYS);
    int latestKey = key(latest.getYear(), latest.getMonthValue(), latest.getDayOfMonth());
    int y = pub.getYear() + 1;
    while (key(y, month, dayOfMonth) > latestKey) {
      y--;
    }
    LocalDate d = date(y, month, dayOfMonth);
    return d == null ? null : day(d);
  }

  /** "May" is a month only when capitalised ("May 3", "MAY 3"); "may" is the modal verb. */
  private static boolean isModalMay(Matcher m) {
    for (String g : new String[] {"mdyM", "dmyM", "myM"}) {
      String month = m.group(g);
      if (month != null && month.equals("may")) {
        return true;
      }
    }
    return false;
  }

  private static int key(int year, int month, int dayOfMonth) {
    return year * 10_000 + month * 100 + dayOfMonth;
  }

  private static int month(String name) {
    return MONTHS.get(lower(name).substring(0, 3));
  }

  private static int dayNumber(String s) {
    return Integer.parseInt(s.replaceAll("\\D", ""));
  }

  private static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Resolved day(LocalDate d) {
    return new Resolved(d, DateMention.DAY);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
