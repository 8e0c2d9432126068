package org.claimgraph.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import org.junit.jupiter.api.Test;

class ClaimDatesTest {
  private static final Date SUNDAY = Date.valueOf("2024-03-03");

  private static Date dateOf(String text, String cue, Date published) {
    int b = text.indexOf(cue);
    int e = b + cue.length();
    // content: the rest of the sentence after the cue phrase
    int cb = text.indexOf(" that ", e) >= 0 ? text.indexOf(" that ", e) + 1 : text.length();
    return ClaimDates.claimDate(text, b, e, cb, text.length(), published);
  }

  @Test
  void pastWeekdayIsTheMostRecentOneOnOrBeforePublication() {
    assertThat(dateOf("The minister said on Monday that the army had left.", "said", SUNDAY))
        .isEqualTo(Date.valueOf("2024-02-26"));
    assertThat(dateOf("The minister confirmed on Sunday that the army had left.", "confirmed", SUNDAY))
        .isEqualTo(SUNDAY);
  }

  @Test
  void futureAuxiliaryResolvesTheWeekdayForward() {
    assertThat(dateOf("The minister will confirm on Monday that the army has left.", "confirm", SUNDAY))
        .isEqualTo(Date.valueOf("2024-03-04"));
    assertThat(dateOf("The ministry is expected to announce on Friday that talks resume.", "announce", SUNDAY))
        .isEqualTo(Date.valueOf("2024-03-08"));
    assertThat(dateOf("The union plans to say on Tuesday that the strike is over.", "say", SUNDAY))
        .isEqualTo(Date.valueOf("2024-03-05"));
    assertThat(dateOf("The court is due to rule on Wednesday that the case can go on.", "rule", SUNDAY))
        .isEqualTo(Date.valueOf("2024-03-06"));
  }

  @Test
  void futureOnThePublicationWeekdayIsThatDay() {
    assertThat(dateOf("She will announce on Sunday that she is running.", "announce", SUNDAY)).isEqualTo(SUNDAY);
  }

  @Test
  void aDateInTheContentIsNotTheClaimDate() {
    assertThat(dateOf("The minister said that the army left on Monday.", "said", SUNDAY)).isNull();
  }
}
