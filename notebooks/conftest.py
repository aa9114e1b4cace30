"""Fixtures for the notebook tests: a warehouse to run against, and a kernel that is this interpreter."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent
REPO = NOTEBOOKS.parent


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory):
    """NEWSGRAPH_WAREHOUSE when set; otherwise a warehouse built from the sample corpus by the job itself."""
    given = os.environ.get("NEWSGRAPH_WAREHOUSE")
    if given:
        path = Path(given).resolve()
        if not path.is_dir():
            pytest.fail(f"NEWSGRAPH_WAREHOUSE={given} is not a directory")
        return path
    path = tmp_path_factory.mktemp("warehouse") / "wh"
    cmd = [str(REPO / "jobs" / "newsgraph"), "run", "--input", str(REPO / "src" / "sample" / "corpus"),
           "--warehouse", str(path), "--date", "2024-03-09", "--max-reject-rate", "1"]
    # The script builds the jar with Maven on first use; the job needs Java 17.
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} exited {done.returncode}\n--- stdout\n{done.stdout[-4000:]}"
                    f"\n--- stderr\n{done.stderr[-4000:]}")
    return path


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
    given = os.environ.get("NEWSGRAPH_SHARED_WAREHOUSE")
    if given:
        path = Path(given).resolve()
        if not path.is_dir():
            pytest.fail(f"NEWSGRAPH_SHARED_WAREHOUSE={given} is not a directory")
        return path
    corpora = REPO.parent / "shared" / "corpora"
    files = sorted(corpora.glob("*.jsonl")) if corpora.is_dir() else []
    if not files:
        pytest.skip(f"{corpora} is absent")
    path = tmp_path_factory.mktemp("shared-warehouse") / "wh"
    cmd = [str(REPO / "jobs" / "newsgraph"), "run", "--input", ",".join(str(f) for f in files),
           "--warehouse", str(path), "--date", SHARED_RUN_DATE, "--max-reject-rate", "1"]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} exited {done.returncode}\n--- stdout\n{done.stdout[-4000:]}"
                    f"\n--- stderr\n{done.stderr[-4000:]}")
    return path
