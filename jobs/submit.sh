#!/usr/bin/env bash
# Submits claimgraph to a Spark 3.5 cluster. Build the jar once with:
#   mvn -B -DskipTests package        # → target/claimgraph-cluster.jar (Spark and Scala not inside, Delta Lake inside)
# Copy the default model where the executors can read it (local paths on the driver are not visible to them):
#   hdfs dfs -put models/claimgraph-en-0.6.0 /models/
# Then, e.g.:
#   jobs/submit.sh --master yarn run --input hdfs:///news/2024-03-05 --output hdfs:///warehouse/claimgraph \
#       --models hdfs:///models/claimgraph-en-0.6.0
#   jobs/submit.sh --master spark://127.0.0.1:7077 --output OUT     # the local cluster (jobs/local-cluster.sh); run is the default command
# spark-submit's options go first, then the claimgraph command and its options (`run` when none is named);
# SPARK_SUBMIT_OPTS adds more spark-submit options (executor memory, …). On a host with Spark installed this
# runs, for the first example,
#   spark-submit --master yarn --class org.claimgraph.job.Main \
#     --conf "spark.driver.extraJavaOptions=$(grep -v '^#' jobs/jvm-options | tr '\n' ' ') -Dclaimgraph.home=$PWD" \
#     --conf "spark.executor.extraJavaOptions=$(grep -v '^#' jobs/jvm-options | tr '\n' ' ')" \
#     target/claimgraph-cluster.jar run --input … --output … --models …
# With no spark-submit on PATH it uses jobs/cluster/spark-submit (Spark's SparkSubmit from the jars Maven resolves).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/target/claimgraph-cluster.jar"
[[ -f "$jar" ]] || { echo "missing $jar: run 'mvn -B -DskipTests package' first" >&2; exit 2; }

spark_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --verbose|--supervise) spark_args+=("$1"); shift ;;
    --master|--deploy-mode|--name|--jars|--packages|--exclude-packages|--repositories|--files|--archives|--conf|\
    --properties-file|--driver-memory|--driver-java-options|--driver-library-path|--driver-class-path|\
    --executor-memory|--driver-cores|--total-executor-cores|--executor-cores|--num-executors|--queue|\
    --principal|--keytab|--proxy-user)
      spark_args+=("$1" "$2"); shift 2 ;;
    *) break ;;
  esac
done
# claimgraph options with no command name before them are run's
if [[ $# -eq 0 || "$1" == -* ]]; then
  set -- run "$@"
fi

submit="$(command -v spark-submit || echo "$home/jobs/cluster/spark-submit")"
opens="$(grep -v '^#' "$home/jobs/jvm-options" | tr '\n' ' ')"
# claimgraph.home lets a client-mode driver find the committed default model in this checkout.
# shellcheck disable=SC2086
exec "$submit" "${spark_args[@]}" ${SPARK_SUBMIT_OPTS:-} \
  --class org.claimgraph.job.Main \
  --conf "spark.driver.extraJavaOptions=$opens -Dclaimgraph.home=$home" \
  --conf "spark.executor.extraJavaOptions=$opens" \
  "$jar" "$@"
