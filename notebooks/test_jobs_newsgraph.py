"""jobs/newsgraph, the launcher: it rebuilds the jar when src/main or pom.xml changed after the jar was built, and
refuses with a clear message (exit 2) when it cannot build. Run on a copy of the launcher in a fake checkout, with
stub mvn and java on PATH, so these tests take milliseconds."""
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def checkout(tmp_path):
    root = tmp_path / "repo"
    (root / "jobs").mkdir(parents=True)
    shutil.copy(REPO / "jobs" / "newsgraph", root / "jobs" / "newsgraph")
    (root / "src" / "main" / "resources").mkdir(parents=True)
    (root / "src" / "main" / "resources" / "actors.csv").write_text("actor_id,name\n")
    (root / "pom.xml").write_text("<project/>\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    # mvn stub: records the call and "builds" the jar and lib folder.
    (bin_dir / "mvn").write_text('#!/usr/bin/env bash\necho "mvn $*" >> "$STUB_LOG"\n'
                                 'mkdir -p target/lib && : > target/newsgraph.jar\nexit "${MVN_EXIT:-0}"\n')
    (bin_dir / "java").write_text('#!/usr/bin/env bash\necho "java ran" >> "$STUB_LOG"\n')
    for f in ("mvn", "java"):
        (bin_dir / f).chmod(0o755)
    return root, bin_dir, tmp_path / "calls.log"


def launch(root, path, log, **env):
    return subprocess.run([str(root / "jobs" / "newsgraph"), "--version"], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PATH": path, "STUB_LOG": str(log), **env})


def built(root, age_s=0):
    (root / "target" / "lib").mkdir(parents=True, exist_ok=True)
    jar = root / "target" / "newsgraph.jar"
    jar.write_bytes(b"")
    t = time.time() - age_s
    os.utime(jar, (t, t))


def backdate(root, seconds):
    t = time.time() - seconds
    for p in [root / "pom.xml", *(root / "src").rglob("*")]:
        os.utime(p, (t, t))


def calls(log):
    return log.read_text().splitlines() if log.exists() else []


def test_first_run_builds(checkout):
    root, bin_dir, log = checkout
    done = launch(root, f"{bin_dir}:/usr/bin:/bin", log)
    assert done.returncode == 0, done.stderr
    assert "first run" in done.stderr
    assert calls(log)[0].startswith("mvn ") and calls(log)[-1] == "java ran"


def test_an_up_to_date_jar_is_not_rebuilt(checkout):
    root, bin_dir, log = checkout
    backdate(root, 100)
    built(root)
    done = launch(root, f"{bin_dir}:/usr/bin:/bin", log)
    assert done.returncode == 0 and calls(log) == ["java ran"], done.stderr


@pytest.mark.parametrize("changed", ["src/main/resources/actors.csv", "pom.xml"])
def test_sources_newer_than_the_jar_rebuild_it(checkout, changed):
    root, bin_dir, log = checkout
    backdate(root, 100)
    built(root, age_s=50)
    (root / changed).write_text((root / changed).read_text() + "\n")  # as a git pull would
    done = launch(root, f"{bin_dir}:/usr/bin:/bin", log)
    assert done.returncode == 0, done.stderr
    assert f"{changed} changed since the jar was built" in done.stderr
    assert [c.split()[0] for c in calls(log)] == ["mvn", "java"]
    # Built now: the next launch runs without building.
    log.unlink()
    assert launch(root, f"{bin_dir}:/usr/bin:/bin", log).returncode == 0 and calls(log) == ["java ran"]


def test_without_maven_it_refuses_with_a_clear_message(checkout, tmp_path):
    root, bin_dir, log = checkout
    backdate(root, 100)
    built(root, age_s=50)
    (root / "pom.xml").write_text("<project><!-- new --></project>\n")
    # A PATH with the shell tools the launcher uses and java, but no mvn.
    only_java = tmp_path / "only-java"
    only_java.mkdir()
    os.symlink(bin_dir / "java", only_java / "java")
    for tool in ("bash", "env", "find", "dirname", "touch"):
        os.symlink(shutil.which(tool), only_java / tool)
    done = launch(root, str(only_java), log)
    assert done.returncode == 2
    assert "mvn is not on PATH" in done.stderr and "pom.xml changed" in done.stderr
    assert calls(log) == [], "nothing may run on a stale jar"
    # NEWSGRAPH_NO_BUILD=1 runs the jar as it is.
    done = launch(root, str(only_java), log, NEWSGRAPH_NO_BUILD="1")
    assert done.returncode == 0 and calls(log) == ["java ran"]


def test_a_failed_build_runs_nothing(checkout):
    root, bin_dir, log = checkout
    done = launch(root, f"{bin_dir}:/usr/bin:/bin", log, MVN_EXIT="1")
    assert done.returncode == 2 and "build failed" in done.stderr
    assert [c.split()[0] for c in calls(log)] == ["mvn"]
