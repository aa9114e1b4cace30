"""Fixtures for the notebook tests: a warehouse to run against, and a kernel that is this interpreter."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent
REPO = NOTEBOOKS.parent


def given_warehouse(variable):
    """The warehouse named by an environment variable, or None when it is not set."""
    given = os.environ.get(variable)
    if not given:
        return None
    path = Path(given).resolve()
    if not path.is_dir():
        pytest.fail(f"{variable}={given} is not a directory")
    return path


def build_warehouse(path, inputs, run_date, timeout):
    """Runs jobs/newsgraph over the inputs into path (the script builds the jar with Maven on first use; Java 17)."""
    cmd = [str(REPO / "jobs" / "newsgraph"), "run", "--input", ",".join(str(i) for i in inputs),
           "--warehouse", str(path), "--date", run_date, "--max-reject-rate", "1"]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} exited {done.returncode}\n--- stdout\n{done.stdout[-4000:]}"
                    f"\n--- stderr\n{done.stderr[-4000:]}")
    return path


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory):
    """NEWSGRAPH_WAREHOUSE when set; otherwise a warehouse built from the sample corpus by the job itself."""
    return given_warehouse("NEWSGRAPH_WAREHOUSE") or build_warehouse(
        tmp_path_factory.mktemp("warehouse") / "wh", [REPO / "src" / "sample" / "corpus"], "2024-03-09", 1800)


@pytest.fixture(scope="session")
def kernel_name(tmp_path_factory):
    """Name of a kernel spec that starts this very interpreter (the venv's python and its ipykernel).

    A kernel spec named python3 is written to a temporary JUPYTER_PATH, which Jupyter searches before the user's and
    the system's kernel specs, so a stray ~/.local/share/jupyter/kernels/python3 cannot pick another Python."""
    root = tmp_path_factory.mktemp("jupyter")
    spec_dir = root / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python 3 (notebook tests)", "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec))
    old = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = str(root) + (os.pathsep + old if old else "")
    yield "python3"
    if old is None:
        os.environ.pop("JUPYTER_PATH", None)
    else:
        os.environ["JUPYTER_PATH"] = old


SHARED_RUN_DATE = "2024-06-30"


@pytest.fixture(scope="session")
def shared_warehouse(tmp_path_factory):
    """NEWSGRAPH_SHARED_WAREHOUSE when set; otherwise one run of the job over every ../shared/corpora/*.jsonl (run date
    2024-06-30, as the Java tests use). Skips when ../shared/corpora is absent."""
    given = given_warehouse("NEWSGRAPH_SHARED_WAREHOUSE")
    if given:
        return given
    corpora = REPO.parent / "shared" / "corpora"
    files = sorted(corpora.glob("*.jsonl")) if corpora.is_dir() else []
    if not files:
        pytest.skip(f"{corpora} is absent")
    return build_warehouse(tmp_path_factory.mktemp("shared-warehouse") / "wh", files, SHARED_RUN_DATE, 3600)
