package org.claimgraph.job;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimgraph.ClaimgraphException;

/**
 * One key of the configuration: its name (the same in the properties file and, for most, as a
 * flag), its type, its default, the check every value must pass and the sentence that documents
 * it. {@link JobConfig} declares each key once as a constant; validation, the typed accessors and
 * the test that holds {@code jobs/conf/claimgraph.properties} to the keys all read these.
 *
 * @param <T> what a value parses to
 */
public final class ConfigKey<T> {
  private final String name;
  private final Class<T> type;
  private final String defaultValue;
  private final String doc;
  private final Parser<T> parser;

  private interface Parser<T> {
    T parse(ConfigKey<T> key, String raw);
  }

  private ConfigKey(String name, Class<T> type, String defaultValue, String doc, Parser<T> parser) {
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.doc = doc;
    this.parser = parser;
  }

  /** Any text, empty allowed. */
  static ConfigKey<String> text(String name, String defaultValue, String doc) {
    return new ConfigKey<>(name, String.class, defaultValue, doc, (key, raw) -> raw);
  }

  /** Text that must not be blank. */
  static ConfigKey<String> required(String name, String defaultValue, String doc, String problem, String cause,
      String fix) {
    return new ConfigKey<>(name, String.class, defaultValue, doc, (key, raw) -> {
      if (raw.isBlank()) {
        throw ClaimgraphException.of(problem, cause, fix);
      }
      return raw;
    });
  }

  /** One of {@code allowed}, in any case; parses to the lower-case form. */
  static ConfigKey<String> choice(String name, String defaultValue, String doc, String... allowed) {
    List<String> values = Arrays.asList(allowed);
    return new ConfigKey<>(name, String.class, defaultValue, doc, (key, raw) -> {
      String value = raw.toLowerCase(Locale.ROOT);
      if (!values.contains(value)) {
        throw ClaimgraphException.of("'" + raw + "' is not a valid value for " + name + ".", doc,
            "Use one of: " + String.join(", ", values) + ".");
      }
      return value;
    });
  }

  /** A whole number from {@code min} to {@code max}. */
  static ConfigKey<Long> number(String name, long defaultValue, long min, long max, String doc) {
    return new ConfigKey<>(name, Long.class, Long.toString(defaultValue), doc,
        (key, raw) -> key.inRange(raw, min, max));
  }

  /** A whole number from {@code min} to {@code max}, both within int range. */
  static ConfigKey<Integer> integer(String name, int defaultValue, int min, int max, String doc) {
    return new ConfigKey<>(name, Integer.class, Integer.toString(defaultValue), doc,
        (key, raw) -> Math.toIntExact(key.inRange(raw, min, max)));
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The default as the properties file writes it. */
  public String defaultValue() {
    return defaultValue;
  }

  public String doc() {
    return doc;
  }

  /** The value {@code raw} stands for; a value that fails the key's check is a user error (exit 3). */
  public T parse(String raw) {
    return parser.parse(this, raw);
  }

  /** Parsed as a long, so that a value past int range is reported instead of wrapping round. */
  private long inRange(String raw, long min, long max) {
    long n;
    try {
      n = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      boolean digits = raw.matches("[+-]?\\d+");
      throw ClaimgraphException.of("'" + raw + "' is not " + (digits ? "a usable number" : "a whole number")
              + ", for " + name + ".",
          digits ? "It is beyond the largest whole number Java can hold (" + Long.MAX_VALUE + ")." : doc,
          "Give " + name + " as digits, e.g. " + defaultValue + ".");
    }
    if (n < min && min == 1) {
      throw ClaimgraphException.of(name + " must be above 0 (it is " + raw + ").", doc, "Give a positive number.");
    }
    if (n < min) {
      throw ClaimgraphException.of(name + " is negative (" + raw + ").", doc, "Give 0 or more.");
    }
    if (n > max) {
      throw ClaimgraphException.of(name + " is too large (" + raw + ").",
          doc + " The largest value it can take is " + max + ".",
          "Give a number from " + min + " to " + max + ".");
    }
    return n;
  }

  @Override
  public String toString() {
    return name;
  }
}
