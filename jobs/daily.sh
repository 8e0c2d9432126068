#!/usr/bin/env bash
# One day's run into the shared output, for a scheduler (jobs/schedule.cron, jobs/airflow/claimgraph_daily.py):
#   jobs/daily.sh --date 2024-03-05                    # yesterday's run, e.g. --date "$(date -u -d yesterday +%F)"
#   jobs/daily.sh --date 2024-03-05 --master spark://127.0.0.1:7077 --input-pattern '/data/{date}.jsonl' --output OUT
# --input-pattern: the day's input, {date} replaced by the date (default hdfs:///data/news/incoming/{date});
# --config: the run's settings, output and model among them (default jobs/nightly.properties);
# --master and --deploy-mode go to spark-submit (default yarn, client); everything after them goes to
# `claimgraph run` and overrides the config (--output, --models, …). merge mode makes a re-run of a day
# replace that day's rows, so retrying a failed or doubtful day is safe.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
day="" pattern="hdfs:///data/news/incoming/{date}" config="$home/jobs/nightly.properties"
submit_args=(--master yarn)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --date) day="$2"; shift 2 ;;
    --input-pattern) pattern="$2"; shift 2 ;;
    --config) config="$2"; shift 2 ;;
    --master) submit_args[1]="$2"; shift 2 ;;
    --deploy-mode) submit_args+=("$1" "$2"); shift 2 ;;
    *) break ;;
  esac
done
if ! [[ "$day" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || ! date -u -d "$day" +%F > /dev/null 2>&1; then
  echo "usage: jobs/daily.sh --date YYYY-MM-DD [--input-pattern P] [--config F] [--master M] [run options]" >&2
  exit 2
fi
input="${pattern//\{date\}/$day}"
echo "[daily] $day: $input with $config" >&2
exec "$home/jobs/submit.sh" "${submit_args[@]}" run --config "$config" --input "$input" "$@"
