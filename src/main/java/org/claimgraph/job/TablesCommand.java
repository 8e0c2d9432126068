package org.claimgraph.job;

import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;
import picocli.CommandLine.Command;

@Command(name = "tables", mixinStandardHelpOptions = true,
    description = "Prints every output table's columns, types and meaning as Markdown (the README's table docs).")
final class TablesCommand implements Runnable {
  @Override
  public void run() {
    for (TableSpec table : Tables.ALL) {
      System.out.println(table.markdown());
    }
  }
}
