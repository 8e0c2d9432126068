package org.claimgraph.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What one Delta commit file says about data files: how many it added, and whether the commit
 * replaced the table's files wholesale (so older commits no longer say anything about fragmentation).
 * One JSON action per line, as the Delta protocol writes them.
 */
record CommitFiles(long added, boolean rewroteAll) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Operations after which the table holds only files written together. */
  private static final Set<String> WHOLE = Set.of("OPTIMIZE", "CREATE TABLE", "CREATE OR REPLACE TABLE",
      "REPLACE TABLE", "CREATE TABLE AS SELECT", "CREATE OR REPLACE TABLE AS SELECT");

  static CommitFiles read(FileSystem fs, Path commit) throws IOException {
    long added = 0;
    boolean whole = false;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(commit), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("{\"add\"")) {
          added++;
        } else if (line.startsWith("{\"commitInfo\"")) {
          whole = rewritesAll(JSON.readTree(line).path("commitInfo"));
        }
      }
    }
    return new CommitFiles(added, whole || commit.getName().equals(String.format("%020d.json", 0)));
  }

  private static boolean rewritesAll(JsonNode info) {
    String operation = info.path("operation").asText("");
    return WHOLE.contains(operation)
        || operation.equals("WRITE") && info.path("operationParameters").path("mode").asText("").equals("Overwrite");
  }
}
