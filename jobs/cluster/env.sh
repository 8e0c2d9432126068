# Sourced by jobs/local-cluster.sh and jobs/cluster/spark-submit: the SPARK_HOME of the local cluster
# (target/spark-home) and the environment that keeps every Spark process on 127.0.0.1. Expects $home.
export SPARK_HOME="$home/target/spark-home"
# Every Spark process, its web UI included, binds to this address instead of all interfaces.
export SPARK_LOCAL_IP=127.0.0.1
# Spark's launcher reads the Scala version from a source build's directories unless told.
export SPARK_SCALA_VERSION=2.12

# jars/ from Maven (once; online only the first time), conf/spark-defaults.conf on every call.
ensure_spark_home() {
  if [[ ! -f "$SPARK_HOME/jars/spark-core_2.12-3.5.3.jar" ]]; then
    echo "[local-cluster] copying the Spark jars Maven resolves to $SPARK_HOME/jars ..." >&2
    local pom="$home/jobs/cluster/spark-dist.pom.xml"
    mvn -B -q -o -f "$pom" dependency:copy-dependencies -DoutputDirectory="$SPARK_HOME/jars" >&2 \
      || mvn -B -q -f "$pom" dependency:copy-dependencies -DoutputDirectory="$SPARK_HOME/jars" >&2
  fi
  mkdir -p "$SPARK_HOME/conf"
  cat > "$SPARK_HOME/conf/spark-defaults.conf" <<CONF
# Written by jobs/cluster/env.sh: sized for two 1-core workers and a driver on a 2-core, 24 GB machine.
spark.executor.memory ${LOCAL_CLUSTER_EXECUTOR_MEMORY:-6g}
spark.driver.memory ${LOCAL_CLUSTER_DRIVER_MEMORY:-4g}
spark.driver.host 127.0.0.1
spark.driver.bindAddress 127.0.0.1
# Executors on one host all count as local: waiting 3 s for a "better" one only idles the cores.
spark.locality.wait 0
CONF
  # The launcher's logging (Spark quiet, claimgraph's progress lines kept) for the daemons and the driver.
  cp "$home/jobs/conf/log4j2.properties" "$SPARK_HOME/conf/log4j2.properties"
}
