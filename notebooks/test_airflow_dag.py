"""jobs/airflow/newsgraph_dag.py: loads in Airflow when it is installed; otherwise it is run against a small stub of
the Airflow API (apache-airflow is too heavy for notebooks/requirements.txt) and its DAG and task are checked."""
import importlib
import runpy
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DAG_FILE = REPO / "jobs" / "airflow" / "newsgraph_dag.py"

STUB = {
    "airflow/__init__.py": """
        class DAG:
            current = None

            def __init__(self, dag_id, **kwargs):
                self.dag_id = dag_id
                self.kwargs = kwargs
                self.tasks = []

            def __enter__(self):
                DAG.current = self
                return self

            def __exit__(self, *exc):
                DAG.current = None
                return False
        """,
    "airflow/exceptions.py": """
        class AirflowException(Exception):
            pass

        class AirflowFailException(AirflowException):
            pass
        """,
    "airflow/operators/__init__.py": "",
    "airflow/operators/bash.py": """
        from airflow import DAG
        from airflow.exceptions import AirflowException

        class BashOperator:
            def __init__(self, task_id, bash_command, **kwargs):
                self.task_id = task_id
                self.bash_command = bash_command
                self.kwargs = kwargs
                self.dag = DAG.current
                self.dag.tasks.append(self)
                self.exit_code = 0  # what the stubbed command "returns"

            def execute(self, context):
                if self.exit_code:
                    raise AirflowException(
                        f"Bash command failed. The command returned a non-zero exit code {self.exit_code}.")
                return "ok"
        """,
}


def test_dag_file_compiles():
    compile(DAG_FILE.read_text(), str(DAG_FILE), "exec")


def _airflow_installed():
    try:
        importlib.import_module("airflow")
        return True
    except ImportError:
        return False


@pytest.mark.skipif(not _airflow_installed(), reason="apache-airflow is not installed (the stub test covers it)")
def test_dag_loads_in_airflow():
    from airflow.models import DagBag

    bag = DagBag(dag_folder=str(DAG_FILE.parent), include_examples=False)
    assert bag.import_errors == {}
    dag = bag.get_dag("newsgraph_nightly")
    assert dag is not None
    assert [t.task_id for t in dag.tasks] == ["run"]
    assert dag.max_active_runs == 1 and dag.catchup is False
    assert "{{ ds }}" in dag.get_task("run").bash_command


@pytest.fixture
def stub_airflow(tmp_path, monkeypatch):
    """A stub `airflow` package first on sys.path; the real one (if any) and the stub are unloaded afterwards."""
    for rel, src in STUB.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(src))
    saved = {k: v for k, v in sys.modules.items() if k == "airflow" or k.startswith("airflow.")}
    for k in saved:
        del sys.modules[k]
    monkeypatch.syspath_prepend(str(tmp_path))
    for k in ("NEWSGRAPH_HOME", "NEWSGRAPH_WAREHOUSE", "NEWSGRAPH_DROPS", "NEWSGRAPH_RUN_ARGS",
              "NEWSGRAPH_ALERT_EMAIL"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("NEWSGRAPH_HOME", "/srv/newsgraph")
    monkeypatch.setenv("NEWSGRAPH_ALERT_EMAIL", "ops@example.org")
    yield
    for k in [k for k in sys.modules if k == "airflow" or k.startswith("airflow.")]:
        del sys.modules[k]
    sys.modules.update(saved)


def test_dag_against_a_stub_of_airflow(stub_airflow):
    ns = runpy.run_path(str(DAG_FILE))
    dag = ns["dag"]
    assert dag.dag_id == "newsgraph_nightly"
    kw = dag.kwargs
    assert kw["schedule"] == "30 2 * * *"
    assert kw["catchup"] is False
    assert kw["max_active_runs"] == 1
    args = kw["default_args"]
    assert args["retries"] >= 1 and args["retry_delay"].total_seconds() >= 5 * 60, \
        "a retry after exit 4 must come after the 5 minutes a dead holder's lock takes to expire"
    assert args["email_on_failure"] is True and args["email"] == ["ops@example.org"]
    assert [t.task_id for t in dag.tasks] == ["run"]
    cmd = dag.tasks[0].bash_command
    assert cmd.startswith("/srv/newsgraph/jobs/nightly --drop /data/newsgraph/drops/{{ ds }} ")
    assert "--warehouse /data/newsgraph/warehouse --date {{ ds }}" in cmd
    assert "--max-reject-rate 0.02" in cmd
    assert "backfill" not in cmd


@pytest.mark.parametrize("code, retried", [(1, True), (4, True), (137, True), (2, False), (3, False)])
def test_exit_codes_retry_or_fail_at_once(stub_airflow, code, retried):
    from airflow.exceptions import AirflowException, AirflowFailException

    task = runpy.run_path(str(DAG_FILE))["dag"].tasks[0]
    task.exit_code = code
    with pytest.raises(AirflowException) as e:
        task.execute({})
    # AirflowFailException: the task fails without using its retries
    assert isinstance(e.value, AirflowFailException) is (not retried), f"exit {code}"
    task.exit_code = 0
    assert task.execute({}) == "ok"
