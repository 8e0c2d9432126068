#!/usr/bin/env bash
# Submits claimgraph to a Spark 3.5 cluster. Build the jar once with:
#   mvn -B -Pcluster -DskipTests package        # → target/claimgraph-cluster.jar (Spark itself not inside)
# Copy the default model where the executors can read it (local paths on the driver are not visible to them):
#   hdfs dfs -put models/claimgraph-en-0.5.0 /models/
# Then, e.g.:
#   jobs/submit.sh --master yarn run --input hdfs:///news/2024-03-05 --output hdfs:///warehouse/claimgraph \
#       --models hdfs:///models/claimgraph-en-0.5.0
# Spark options go before the claimgraph subcommand; SPARK_SUBMIT_OPTS adds more (executor memory, …).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/target/claimgraph-cluster.jar"
[[ -f "$jar" ]] || { echo "missing $jar: run 'mvn -B -Pcluster -DskipTests package' first" >&2; exit 2; }

spark_args=()
while [[ $# -gt 0 && "$1" == --* ]]; do spark_args+=("$1" "$2"); shift 2; done

opens="$(grep -v '^#' "$home/jobs/jvm-options" | tr '\n' ' ')"
# shellcheck disable=SC2086
exec spark-submit "${spark_args[@]}" ${SPARK_SUBMIT_OPTS:-} \
  --class org.claimgraph.job.Main \
  --conf "spark.driver.extraJavaOptions=$opens" \
  --conf "spark.executor.extraJavaOptions=$opens" \
  "$jar" "$@"
