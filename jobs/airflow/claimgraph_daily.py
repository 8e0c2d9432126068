"""Apache Airflow DAG: the nightly claimgraph run, one day's input into the shared output (example).

Airflow's logical date ``ds`` of a daily DAG is the day that just ended, so the 02:15 run of 6 March reads
hdfs:///data/news/incoming/2024-03-05 -- what jobs/daily.sh --date does from cron. Needs the
apache-airflow-providers-apache-spark package and a ``spark_default`` connection to the cluster (master
yarn, or spark://host:7077). The driver runs on the Airflow worker (client mode), which holds the
checkout at CLAIMGRAPH_HOME: the jar, jobs/nightly.properties and jobs/jvm-options. merge mode makes
retries and backfills of a day safe: that day's articles replace their earlier rows.
"""
import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

CLAIMGRAPH_HOME = os.environ.get("CLAIMGRAPH_HOME", "/opt/claimgraph")
with open(os.path.join(CLAIMGRAPH_HOME, "jobs", "jvm-options")) as f:
    JVM_OPTIONS = " ".join(line.strip() for line in f if line.strip() and not line.startswith("#"))

with DAG(
    dag_id="claimgraph_daily",
    schedule="15 2 * * *",
    start_date=datetime(2024, 3, 1),
    catchup=False,
    max_active_runs=1,  # two runs on one output: the second would exit 3 (the output's run lock)
    default_args={"retries": 1, "retry_delay": timedelta(minutes=30)},
) as dag:
    SparkSubmitOperator(
        task_id="run",
        conn_id="spark_default",
        application=os.path.join(CLAIMGRAPH_HOME, "target", "claimgraph-cluster.jar"),
        java_class="org.claimgraph.job.Main",
        conf={
            "spark.driver.extraJavaOptions": JVM_OPTIONS,
            "spark.executor.extraJavaOptions": JVM_OPTIONS,
        },
        # sizing: see the README, "Sizing a cluster"
        executor_cores=4,
        executor_memory="8g",
        driver_memory="4g",
        num_executors=4,
        application_args=[
            "run",
            "--config", os.path.join(CLAIMGRAPH_HOME, "jobs", "nightly.properties"),
            "--input", "hdfs:///data/news/incoming/{{ ds }}",
        ],
    )
