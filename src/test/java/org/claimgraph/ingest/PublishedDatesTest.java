package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-03-04|2024-03-04",
      "2024-03-04T09:30:00Z|2024-03-04",
      "2024-03-04T23:30:00-02:00|2024-03-05",
      "2024-03-04T01:30:00+02:00|2024-03-03",
      "2024-03-04T09:30:00.123+0200|2024-03-04",
      "2024-03-04T09:30:00|2024-03-04",
      "2024-03-04 09:30:00|2024-03-04",
      "'Tue, 05 Mar 2024 08:00:00 GMT'|2024-03-05",
      "'March 5, 2024'|2024-03-05",
      "'Mar 5, 2024'|2024-03-05",
      "5 March 2024|2024-03-05",
      "3/5/2024|2024-03-05",
      "3/5/24|2024-03-05",
      "12/31/99|1999-12-31",
      "1709544600|2024-03-04",
      "1709544600000|2024-03-04",
      "20240304|2024-03-04"})
  void parsesCommonForms(String raw, String expected) {
    assertThat(PublishedDates.parse(raw)).isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "13/45/2024", "2024-02-30", "2024-13-01", "12345", "March 32, 2024"})
  void rejectsWhatIsNotADate(String raw) {
    assertThat(PublishedDates.parse(raw)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1850-01-01", "0001-11-30", "2999-01-01"})
  void implausibleDatesAreFlagged(String raw) {
    assertThat(PublishedDates.plausible(PublishedDates.parse(raw))).isFalse();
  }
}
