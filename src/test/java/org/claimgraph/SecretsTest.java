package org.claimgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void keysThatNameSecretsAreKnownWhateverTheirCase() {
    assertThat(Secrets.isSecretKey("spark.hadoop.fs.s3a.secret.key")).isTrue();
    assertThat(Secrets.isSecretKey("spark.hadoop.fs.s3a.access.key")).isTrue();
    assertThat(Secrets.isSecretKey("spark.hadoop.fs.s3a.session.token")).isTrue();
    assertThat(Secrets.isSecretKey("spark.hadoop.fs.azure.account.key")).isTrue();
    assertThat(Secrets.isSecretKey("spark.hadoop.javax.jdo.option.ConnectionPassword")).isTrue();
    assertThat(Secrets.isSecretKey("spark.ssl.keyStorePasswd")).isTrue();
    assertThat(Secrets.isSecretKey("spark.hadoop.google.cloud.auth.service.account.json.CREDENTIALS")).isTrue();
    assertThat(Secrets.isSecretKey("spark.authenticate.secret")).isTrue();
    assertThat(Secrets.isSecretKey("key")).isTrue();
  }

  @Test
  void ordinaryKeysAreNot() {
    assertThat(Secrets.isSecretKey("spark.hadoop.fs.s3a.endpoint")).isFalse();
    assertThat(Secrets.isSecretKey("spark.sql.shuffle.partitions")).isFalse();
    assertThat(Secrets.isSecretKey("spark.hadoop.fs.s3a.bucket.monkey")).as("'key' only as a whole segment").isFalse();
    assertThat(Secrets.isSecretKey("spark.hadoop.keystore.type")).isFalse();
    assertThat(Secrets.isSecretKey("input")).isFalse();
  }

  @Test
  void theUserInformationOfEveryUriIsBlankedAndTheRestKept() {
    assertThat(Secrets.redactUris("s3a://AKIAX:wJalr+Xy@bucket/news/*.jsonl"))
        .isEqualTo("s3a://" + Secrets.REDACTED + "@bucket/news/*.jsonl");
    assertThat(Secrets.redactUris("a.jsonl,hdfs://u:p@nn:8020/x,s3a://bucket/y,ftp://me:p@ss@host/z"))
        .isEqualTo("a.jsonl,hdfs://" + Secrets.REDACTED + "@nn:8020/x,s3a://bucket/y,ftp://" + Secrets.REDACTED
            + "@host/z");
    assertThat(Secrets.redactUris("no such input: file:///data/a@b.jsonl")).isEqualTo("no such input: file:///data/a@b.jsonl");
    assertThat(Secrets.redactUris("mail ops@example.org about s3a://bucket/x")).isEqualTo(
        "mail ops@example.org about s3a://bucket/x");
    assertThat(Secrets.redactUris(null)).isNull();
  }

  @Test
  void aValueIsBlankedWholeUnderASecretKeyElseOnlyItsUserInformation() {
    assertThat(Secrets.redact("spark.hadoop.fs.s3a.secret.key", "abc")).isEqualTo(Secrets.REDACTED);
    assertThat(Secrets.redact("input", "s3a://k:s@b/x")).isEqualTo("s3a://" + Secrets.REDACTED + "@b/x");
    assertThat(Secrets.redact("format", "jsonl")).isEqualTo("jsonl");
  }

  @Test
  void userMessagesNeverQuoteUserInformation() {
    ClaimgraphException e = ClaimgraphException.of("no such input: s3a://KEY:SECRET@bucket/x", "why s3a://a:b@c/",
        "fix s3a://d:e@f/");
    assertThat(e.userMessage() + e.getMessage()).doesNotContain("SECRET", "a:b", "d:e").contains(Secrets.REDACTED);
  }

  @Test
  void sparksRedactionRegexMatchesTheSameKeysAndUriValues() {
    // Spark looks for the regex in each key and each value (Utils.redact) and blanks the value on a find.
    Pattern spark = Pattern.compile(Secrets.sparkRedactionRegex());
    for (String key : new String[] {"spark.hadoop.fs.s3a.secret.key", "spark.hadoop.fs.s3a.access.key",
        "spark.hadoop.fs.s3a.session.token", "spark.hadoop.fs.azure.account.key", "spark.ssl.keyStorePasswd"}) {
      assertThat(spark.matcher(key).find()).as(key).isTrue();
    }
    assertThat(spark.matcher("spark.hadoop.fs.s3a.endpoint").find()).isFalse();
    assertThat(spark.matcher("http://127.0.0.1:9000").find()).isFalse();
    assertThat(spark.matcher("https://u:p@proxy:8080/").find()).isTrue();
    // In query plans Spark replaces just the part the regex matches.
    assertThat(Pattern.compile(Secrets.sparkPlanRedactionRegex()).matcher("Scan s3a://k:s@b/x, file:/a@b")
        .replaceAll("X")).isEqualTo("Scan s3a://X@b/x, file:/a@b");
  }
}
