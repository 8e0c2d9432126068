package org.claimgraph;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides what in a configuration or a path is a secret and blanks it, so that cloud keys given
 * with {@code --conf} or inside a URI ({@code s3a://KEY:SECRET@bucket/}) reach no table, message or
 * log. A key is secret when it contains a word of {@code /secrets/secret-key-words.txt} or ends in
 * a segment {@code key}; in any text, the user information of a URI is.
 */
public final class Secrets {
  /** What a secret is replaced with: Spark's own marker, so one search finds both. */
  public static final String REDACTED = "*********(redacted)";

  // scheme://userinfo@ — userinfo runs to the last '@' before the path, as a password may hold an '@'.
  private static final Pattern USERINFO = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)[^/\\s?#]*@");
  private static final Pattern LAST_SEGMENT_KEY = Pattern.compile("(?i)(^|[._-])key$");
  // Read after the patterns: reading fails with a ClaimgraphException, whose texts pass through redactUris.
  private static final List<String> KEY_WORDS = WordListResource.read("/secrets/secret-key-words.txt",
      "the list of secret key words").stream().map(w -> w.toLowerCase(Locale.ROOT)).sorted().toList();

  private Secrets() {}

  /** Whether a configuration key names a secret value. */
  public static boolean isSecretKey(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return LAST_SEGMENT_KEY.matcher(lower).find() || KEY_WORDS.stream().anyMatch(lower::contains);
  }

  /** {@code text} with the user information of every URI in it replaced. */
  public static String redactUris(String text) {
    return text == null ? null : USERINFO.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(REDACTED) + "@");
  }

  /** A value as it may be shown: blanked under a secret key, else with its URIs' user information blanked. */
  public static String redact(String key, String value) {
    return isSecretKey(key) ? REDACTED : redactUris(value);
  }

  /**
   * The same rule for Spark's {@code spark.redaction.regex}, which Spark matches against both the
   * key and the value of each setting it shows (logs, event logs, UI): a secret key's value, and a
   * value holding a URI with user information, are both blanked.
   */
  public static String sparkRedactionRegex() {
    return "(?i)" + KEY_WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|"))
        + "|" + LAST_SEGMENT_KEY.pattern().substring("(?i)".length()) + "|" + USERINFO.pattern().substring("(?i)".length());
  }

  /**
   * For {@code spark.sql.redaction.string.regex}: the part of a string Spark replaces in query plans
   * and their descriptions (paths in a scan), the user information of a URI.
   */
  public static String sparkPlanRedactionRegex() {
    return "(?<=://)[^/\\s?#]*(?=@)";
  }
}
