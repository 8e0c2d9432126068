#!/usr/bin/env bash
# A real Spark standalone cluster on this machine: one master and two workers, bound to 127.0.0.1 only,
# run from the Spark jars Maven resolves (jobs/cluster/spark-dist.pom.xml, copied to target/spark-home/jars,
# a SPARK_HOME with nothing of claimgraph in it, so the cluster jar must bring everything else).
#   jobs/local-cluster.sh start     # master spark://127.0.0.1:7077, web UI http://127.0.0.1:8080 (/json/)
#   jobs/local-cluster.sh status    # processes and the master's JSON status (workers, applications)
#   jobs/local-cluster.sh stop      # stops the workers and the master by their own process ids
# Then: jobs/submit.sh --master spark://127.0.0.1:7077 run --output OUT
# Sizing for 2 cores / 24 GB: each worker offers 1 core and 7 GB; an application takes one 6 GB executor
# on each (target/spark-home/conf/spark-defaults.conf) and its driver 4 GB, so two workers, the driver and
# the daemons (512 MB each) stay under 20 GB. Override with LOCAL_CLUSTER_WORKER_MEMORY, _EXECUTOR_MEMORY,
# _DRIVER_MEMORY; ports with LOCAL_CLUSTER_PORT and LOCAL_CLUSTER_UI_PORT (workers: UI port + 1, + 2); the folder
# of pids, logs and work directories with LOCAL_CLUSTER_STATE (default target/local-cluster).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=jobs/cluster/env.sh
source "$home/jobs/cluster/env.sh"
state="${LOCAL_CLUSTER_STATE:-$home/target/local-cluster}"
port="${LOCAL_CLUSTER_PORT:-7077}"
ui="${LOCAL_CLUSTER_UI_PORT:-8080}"
master_url="spark://127.0.0.1:$port"
mapfile -t daemon_opts < <(grep -v '^#' "$home/jobs/jvm-options")

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

status_json() { curl -sf --max-time 5 "http://127.0.0.1:$ui/json/"; }

start_daemon() { # name class args...
  local name="$1" class="$2"
  shift 2
  if alive "$state/$name.pid"; then
    echo "$name already running (pid $(cat "$state/$name.pid"))"
    return
  fi
  nohup java -Xmx512m "${daemon_opts[@]}" -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" "$class" "$@" \
    > "$state/$name.log" 2>&1 < /dev/null &
  echo $! > "$state/$name.pid"
  echo "$name started (pid $!), log $state/$name.log"
}

wait_for_workers() {
  local i
  for i in $(seq 1 60); do
    if [[ "$(status_json | python3 -c 'import json,sys; print(json.load(sys.stdin)["aliveworkers"])' 2>/dev/null)" == 2 ]]; then
      echo "cluster up: $master_url, 2 workers alive, web UI http://127.0.0.1:$ui"
      return 0
    fi
    sleep 1
  done
  echo "the two workers did not register with $master_url within 60 s; logs in $state" >&2
  return 1
}

stop_daemon() { # name
  local pidfile="$state/$1.pid" pid i
  if ! alive "$pidfile"; then
    rm -f "$pidfile"
    return
  fi
  pid="$(cat "$pidfile")"
  kill "$pid"
  # a worker's shutdown hook stops its executors first; give it time before the hard stop
  for i in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pidfile"
  echo "$1 stopped (pid $pid)"
}

case "${1:-}" in
  start)
    ensure_spark_home
    mkdir -p "$state"
    for p in "$port" "$ui" $((ui + 1)) $((ui + 2)); do
      if ! alive "$state/master.pid" && (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        echo "port $p on 127.0.0.1 is taken; set LOCAL_CLUSTER_PORT / LOCAL_CLUSTER_UI_PORT" >&2
        exit 3
      fi
    done
    start_daemon master org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$port" --webui-port "$ui"
    for n in 1 2; do
      mkdir -p "$state/work-$n"
      start_daemon "worker-$n" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --cores 1 --memory "${LOCAL_CLUSTER_WORKER_MEMORY:-7g}" \
        --webui-port $((ui + n)) --work-dir "$state/work-$n" "$master_url"
    done
    wait_for_workers
    ;;
  stop)
    stop_daemon worker-2
    stop_daemon worker-1
    stop_daemon master
    ;;
  status)
    for name in master worker-1 worker-2; do
      if alive "$state/$name.pid"; then echo "$name: running, pid $(cat "$state/$name.pid")"; else echo "$name: stopped"; fi
    done
    status_json | python3 -c '
import json, sys
s = json.load(sys.stdin)
print("master %s: %s, %d workers alive, cores %d (%d used), memory %d MB" % (s["url"], s["status"], s["aliveworkers"], s["cores"], s["coresused"], s["memory"]))
for w in s["workers"]:
    print("  worker %s %s: %d cores, %d MB" % (w["id"], w["state"], w["cores"], w["memory"]))
for kind in ("activeapps", "completedapps"):
    for a in s[kind]:
        print("  %s %s %s: %s, %.1f s" % (kind[:-4], a["id"], a["name"], a["state"], a["duration"] / 1000))
' || echo "no master answering on http://127.0.0.1:$ui/json/"
    ;;
  *)
    echo "usage: jobs/local-cluster.sh start|stop|status" >&2
    exit 2
    ;;
esac
