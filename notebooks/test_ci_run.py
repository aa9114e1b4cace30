""".ci/run refuses to start without ../shared/corpora: CI must not pass with the corpus-scale suites skipped.
Run on a copy of the script in a fake checkout whose jobs/test is a stub, so it takes milliseconds."""
import os
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def fake_checkout(tmp_path):
    root = tmp_path / "work" / "repo"
    (root / ".ci").mkdir(parents=True)
    (root / "jobs").mkdir()
    shutil.copy(REPO / ".ci" / "run", root / ".ci" / "run")
    stub = root / "jobs" / "test"
    stub.write_text('#!/usr/bin/env bash\necho "jobs/test ran with NEWSGRAPH_REQUIRE_SHARED=$NEWSGRAPH_REQUIRE_SHARED"\n')
    stub.chmod(0o755)
    return root


def run(root):
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_CORPORA"}
    return subprocess.run(["bash", str(root / ".ci" / "run")], capture_output=True, text=True, timeout=120,
                          cwd=root, env=env)


def test_without_shared_corpora_ci_fails_before_any_test(tmp_path):
    done = run(fake_checkout(tmp_path))
    assert done.returncode == 1
    assert "shared/corpora is missing" in done.stderr
    assert "jobs/test ran" not in done.stdout


def test_with_shared_corpora_the_suites_are_required(tmp_path):
    root = fake_checkout(tmp_path)
    (tmp_path / "work" / "shared" / "corpora").mkdir(parents=True)
    done = run(root)
    assert done.returncode == 0, done.stderr
    assert "jobs/test ran with NEWSGRAPH_REQUIRE_SHARED=1" in done.stdout
