"""newsgraph nightly batch (Airflow 2.4+).

One task, `run`: `jobs/nightly --drop <drops>/<ds> --warehouse <warehouse> --date <ds>` at 02:30 UTC. For a daily
schedule, `ds` is the start of the interval, i.e. yesterday: the day whose news the drop holds.

Exit codes of jobs/nightly (see its header):
  0 done; 1 failure -> retried; 4 warehouse locked by another run -> retried (a dead holder's lock expires 5 min
  after its last heartbeat, the retry delay is longer); 2 usage or configuration error -> failed at once, no retry;
  3 data written but rejects over --max-reject-rate -> failed at once, no retry (a retry would skip the files just
  read and succeed, hiding the alert). Failures e-mail the owners.

There is no nightly backfill task: a run already recomputes the daily tables of every date it touches (late
articles included) and of the 28 days after them, from the warehouse. `newsgraph backfill --from D1 --to D2` is
for after a change of the actors dictionary or the annotator; run it by hand (or trigger a one-off DAG run with a
manual task) when that happens.

Settings come from the environment of the scheduler and workers:
  NEWSGRAPH_HOME       checkout with jobs/nightly           (default /opt/newsgraph)
  NEWSGRAPH_WAREHOUSE  warehouse root                       (default /data/newsgraph/warehouse)
  NEWSGRAPH_DROPS      folder of nightly drops, one per day (default /data/newsgraph/drops): <drops>/<YYYY-MM-DD>/
  NEWSGRAPH_RUN_ARGS   extra `newsgraph run` options        (default --max-reject-rate 0.02)
  NEWSGRAPH_ALERT_EMAIL  who is told about failures         (default none)
"""
import os
import re
import shlex
from datetime import datetime, timedelta

from airflow import DAG
from airflow.exceptions import AirflowException, AirflowFailException
from airflow.operators.bash import BashOperator

HOME = os.environ.get("NEWSGRAPH_HOME", "/opt/newsgraph")
WAREHOUSE = os.environ.get("NEWSGRAPH_WAREHOUSE", "/data/newsgraph/warehouse")
DROPS = os.environ.get("NEWSGRAPH_DROPS", "/data/newsgraph/drops")
RUN_ARGS = os.environ.get("NEWSGRAPH_RUN_ARGS", "--max-reject-rate 0.02")
ALERT_EMAIL = [a for a in os.environ.get("NEWSGRAPH_ALERT_EMAIL", "").split(",") if a.strip()]

#: Exit codes a retry cannot help: a usage error fails the same way; after exit 3 the data is written.
NO_RETRY = {2: "usage or configuration error", 3: "data written, but rejects over --max-reject-rate"}


class NewsgraphOperator(BashOperator):
    """A BashOperator that does not retry exit codes a retry cannot help (2 and 3): they fail the task at once."""

    def execute(self, context):
        try:
            return super().execute(context)
        except AirflowException as e:
            # BashOperator: "Bash command failed. The command returned a non-zero exit code N."
            m = re.search(r"exit code (\d+)", str(e))
            code = int(m.group(1)) if m else None
            if code in NO_RETRY:
                raise AirflowFailException(f"jobs/nightly exited {code}: {NO_RETRY[code]}; not retried") from e
            raise


default_args = {
    "owner": "newsgraph",
    "depends_on_past": False,
    # exit 1 (failure) and 4 (locked): three more tries, 10, 20 and 40 minutes apart
    "retries": 3,
    "retry_delay": timedelta(minutes=10),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(hours=1),
    "execution_timeout": timedelta(hours=4),
    "email": ALERT_EMAIL,
    "email_on_failure": bool(ALERT_EMAIL),
    "email_on_retry": False,
}

with DAG(
    dag_id="newsgraph_nightly",
    description="newsgraph: ingest the nightly drop and update the warehouse",
    schedule="30 2 * * *",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,  # runs of one warehouse never overlap (the warehouse lock would refuse them anyway)
    dagrun_timeout=timedelta(hours=12),
    default_args=default_args,
    tags=["newsgraph"],
    doc_md=__doc__,
) as dag:
    run = NewsgraphOperator(
        task_id="run",
        bash_command=(
            f"{shlex.quote(HOME + '/jobs/nightly')} --drop {shlex.quote(DROPS)}/{{{{ ds }}}} "
            f"--warehouse {shlex.quote(WAREHOUSE)} --date {{{{ ds }}}} {RUN_ARGS}"
        ),
    )
