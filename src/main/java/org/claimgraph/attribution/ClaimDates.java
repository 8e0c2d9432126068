package org.claimgraph.attribution;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.claimgraph.attribution.dates.DateMention;
import org.claimgraph.attribution.dates.RelativeDates;

/**
 * When a statement was made, when the text says so next to the cue ("said on Monday", "on Tuesday
 * denied"), resolved against the publication date. A date inside the content is what the claim is
 * about, not when it was made, so the content is never searched.
 *
 * <p>A weekday is the most recent such day on or before publication, except after a future auxiliary
 * on the cue ("will confirm on Monday", "is expected to announce on Friday", "plans to …", "is due
 * to …"): then it is the next such day after publication (the publication day itself when they match).
 */
public final class ClaimDates {
  private ClaimDates() {}

  /** An auxiliary right before the cue that puts it in the future. */
  private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
      "(?i)(?:\\bwill|\\bshall|['’]ll|\\b(?:is|are|was|were) (?:expected|due|set|scheduled|going) to"
          + "|\\b(?:plans?|planned|intends?|expects?) to)(?: \\w+ly)? $");
  private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
      "(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");

  /** Characters on either side of the cue searched for a date phrase. */
  static final int REACH = 40;

  public static Date claimDate(String text, int cueBegin, int cueEnd, int contentBegin, int contentEnd,
      Date published) {
    if (text == null || published == null) {
      return null;
    }
    int from = Math.max(0, cueBegin - REACH);
    int to = Math.min(text.length(), cueEnd + REACH);
    if (contentBegin >= cueEnd) {
      to = Math.min(to, contentBegin);
    } else if (contentEnd <= cueBegin) {
      from = Math.max(from, contentEnd);
    }
    from = Math.max(from, sentenceStart(text, from, cueBegin));
    to = Math.min(to, sentenceEnd(text, cueEnd, to));
    if (from >= to) {
      return null;
    }
    List<DateMention> dates = RelativeDates.find(text, from, to, published.toLocalDate());
    boolean future = FUTURE.matcher(text.substring(Math.max(0, cueBegin - 30), cueBegin)).find();
    LocalDate nearest = null;
    int best = Integer.MAX_VALUE;
    for (DateMention date : dates) {
      int distance = date.begin() >= cueEnd ? date.begin() - cueEnd : cueBegin - date.end();
      if (DateMention.DAY.equals(date.granularity()) && distance < best) {
        best = distance;
        nearest = date.date();
        if (future && WEEKDAY.matcher(date.text()).find() && nearest.isBefore(published.toLocalDate())
            && !date.text().toLowerCase(java.util.Locale.ROOT).contains("last")) {
          nearest = nearest.plusWeeks(1);
        }
      }
    }
    return nearest == null ? null : Date.valueOf(nearest);
  }

  /** The search stops at the sentence around the cue: a full stop or a paragraph break. */
  private static int sentenceStart(String text, int from, int cueBegin) {
    for (int i = cueBegin - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '.' || c == '?' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        return i + 1;
      }
    }
    return from;
  }

  private static int sentenceEnd(String text, int cueEnd, int to) {
    for (int i = cueEnd; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '?' || c == '!' || c == ',' || c == '"' || c == '\u201c') {
        return i;
      }
    }
    return to;
  }
}
