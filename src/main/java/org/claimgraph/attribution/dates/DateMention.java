package org.claimgraph.attribution.dates;

import java.time.LocalDate;

/**
 * A date expression found in a text and the calendar date it resolves to.
 *
 * @param begin offset of the first character in the searched text
 * @param end offset just past the last character (exclusive, unlike Spark NLP annotations)
 * @param text the expression as written, including a leading "on"/"in" when there is one
 * @param date the resolved date; for month and year granularity the first day of that period
 * @param granularity {@link #DAY}, {@link #MONTH} or {@link #YEAR}
 */
public record DateMention(int begin, int end, String text, LocalDate date, String granularity) {
  public static final String DAY = "day";
  public static final String MONTH = "month";
  public static final String YEAR = "year";
}
