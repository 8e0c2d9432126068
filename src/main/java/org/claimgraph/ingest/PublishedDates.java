package org.claimgraph.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the {@code published} values news corpora actually contain into a UTC date.
 *
 * <p>Accepted: ISO dates and date-times with or without zone ({@code 2024-03-04},
 * {@code 2024-03-04T09:30:00Z}, {@code +02:00}, {@code +0200}, a space instead of {@code T}); RFC 1123
 * ({@code Tue, 05 Mar 2024 08:00:00 GMT}); English month names ({@code March 5, 2024},
 * {@code Mar 5, 2024}, {@code 5 March 2024}); slash dates, <b>always read as US month-first</b>
 * ({@code 3/5/2024} is 5 March; two-digit years pivot at next year: {@code 3/5/98} is 1998);
 * {@code yyyyMMdd}; epoch seconds (9–11 digits) and milliseconds (12–13 digits). A date-time with
 * a zone is converted to UTC before its date is taken; one without a zone is taken as UTC.
 */
final class PublishedDates {
  private PublishedDates() {}

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  private static final Pattern SPACE_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

  private static final List<DateTimeFormatter> ZONED = List.of(
      DateTimeFormatter.ISO_OFFSET_DATE_TIME,
      DateTimeFormatter.ISO_ZONED_DATE_TIME,
      pattern("uuuu-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]XX"),
      DateTimeFormatter.RFC_1123_DATE_TIME);

  private static final List<DateTimeFormatter> LOCAL = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      DateTimeFormatter.ISO_LOCAL_DATE,
      pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("MMMM d uuuu"), pattern("MMM d uuuu"),
      pattern("d MMMM uuuu"), pattern("d MMM uuuu"), pattern("MMM. d, uuuu"),
      pattern("uuuuMMdd"));

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /** The UTC date, or null when the value is not a date in any accepted form. Never throws. */
  static LocalDate parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      if (DIGITS.matcher(s).matches()) {
        return fromDigits(s);
      }
      var slash = SLASH_DATE.matcher(s);
      if (slash.matches()) {
        return usSlashDate(Integer.parseInt(slash.group(1)), Integer.parseInt(slash.group(2)), slash.group(3));
      }
      if (SPACE_DATE_TIME.matcher(s).matches()) {
        s = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
      }
      for (DateTimeFormatter f : ZONED) {
        LocalDate d = tryZoned(f, s);
        if (d != null) {
          return d;
        }
      }
      for (DateTimeFormatter f : LOCAL) {
        LocalDate d = tryLocal(f, s);
        if (d != null) {
          return d;
        }
      }
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** True for dates from 1900 up to two days after today (UTC); anything else is a data error. */
  static boolean plausible(LocalDate date) {
    return date.getYear() >= 1900 && !date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(2));
  }

  private static LocalDate fromDigits(String s) {
    int len = s.length();
    if (len == 8) {
      return tryLocal(LOCAL.get(LOCAL.size() - 1), s);
    }
    if (len >= 9 && len <= 11) {
      return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(s)), ZoneOffset.UTC);
    }
    if (len == 12 || len == 13) {
      return LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), ZoneOffset.UTC);
    }
    return null;
  }

  private static LocalDate usSlashDate(int month, int day, String yearText) {
    int year = Integer.parseInt(yearText);
    if (yearText.length() == 2) {
      int pivot = (LocalDate.now(ZoneOffset.UTC).getYear() + 1) % 100;
      year += year <= pivot ? 2000 : 1900;
    }
    return LocalDate.of(year, month, day);
  }

  private static LocalDate tryZoned(DateTimeFormatter f, String s) {
    try {
      TemporalAccessor t = f.parse(s);
      if (!t.isSupported(ChronoField.OFFSET_SECONDS) && !t.isSupported(ChronoField.INSTANT_SECONDS)) {
        return null;
      }
      return LocalDate.ofInstant(Instant.from(t), ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate tryLocal(DateTimeFormatter f, String s) {
    try {
      return LocalDate.from(f.parse(s));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
