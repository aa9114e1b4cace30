"""jobs/nightly, the scheduler wrapper: passes the job's exit code through unchanged and logs to
<warehouse>/_logs. The job itself is replaced by a stub (NEWSGRAPH_BIN), so these tests take milliseconds."""
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NIGHTLY = REPO / "jobs" / "nightly"


def nightly(*args, env=None):
    return subprocess.run([str(NIGHTLY), *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def stub(tmp_path):
    """A stand-in for jobs/newsgraph: prints its arguments and exits with $STUB_EXIT."""
    p = tmp_path / "newsgraph-stub"
    p.write_text('#!/usr/bin/env bash\necho "stub args: $*"\necho "stub stderr" >&2\nexit "${STUB_EXIT:-0}"\n')
    p.chmod(0o755)
    return p


def test_help_documents_the_exit_codes():
    done = nightly("--help")
    assert done.returncode == 0
    for line in ("--drop DIR --warehouse DIR", "RETRY", "ALERT", "_logs"):
        assert line in done.stdout
    for code in "01234":
        assert f"\n  {code}  " in done.stdout


@pytest.mark.parametrize("code", [0, 1, 2, 3, 4, 137])
def test_exit_code_passes_through_and_a_log_is_written(tmp_path, stub, code):
    wh = tmp_path / "wh"
    done = nightly("--drop", str(tmp_path / "drop"), "--warehouse", str(wh), "--date", "2024-03-09",
                   "--max-reject-rate", "0.5", env={"NEWSGRAPH_BIN": str(stub), "STUB_EXIT": str(code)})
    assert done.returncode == code, done.stdout + done.stderr
    logs = list((wh / "_logs").glob("2024-03-09-*.log"))
    assert len(logs) == 1, logs
    log = logs[0].read_text()
    expected = (f"stub args: run --input {tmp_path / 'drop'} --warehouse {wh} --date 2024-03-09 "
                f"--max-reject-rate 0.5")
    assert expected in log and "stub stderr" in log
    assert log.rstrip().splitlines()[-1].startswith("nightly: end ") and f" exit {code} (" in log
    assert expected in done.stdout, "the log goes to stdout too"


def test_the_date_defaults_to_yesterday_utc(tmp_path, stub):
    yesterday = subprocess.run(["date", "-u", "-d", "yesterday", "+%F"], capture_output=True, text=True).stdout.strip()
    done = nightly("--drop", str(tmp_path), "--warehouse", str(tmp_path / "wh"), env={"NEWSGRAPH_BIN": str(stub)})
    assert done.returncode == 0
    assert f"--date {yesterday}" in done.stdout
    assert list((tmp_path / "wh" / "_logs").glob(f"{yesterday}-*.log"))


@pytest.mark.parametrize("args", [
    [],
    ["--drop", "d"],
    ["--warehouse", "w"],
    ["--drop", "d", "--warehouse", "w", "--date", "yesterday"],
    ["--drop", "d", "--warehouse", "w", "--input", "x"],
    ["--drop", "d", "--warehouse", "s3a://bucket/wh"],
])
def test_usage_errors_exit_2_without_running_the_job(tmp_path, stub, args):
    marker = tmp_path / "ran"
    stub.write_text(f'#!/usr/bin/env bash\ntouch {marker}\n')
    done = nightly(*args, env={"NEWSGRAPH_BIN": str(stub)})
    assert done.returncode == 2, done.stdout + done.stderr
    assert "nightly:" in done.stderr
    assert not marker.exists()
