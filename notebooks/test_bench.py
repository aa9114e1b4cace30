"""jobs/build-corpus and jobs/bench end to end on a small corpus built from the bundled sample: the corpus is
what it says it is, and the bench runs the bare copy and the job, each in its own JVM, and reports what the
README's performance section quotes (MB/s per core, CPU seconds and where they went, peak RSS, stage times)."""
import json
import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "src" / "sample" / "corpus" / "wire-2024-03.jsonl"


def run(*cmd, timeout):
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_build_corpus_then_bench_both_runs(tmp_path):
    corpus = tmp_path / "corpus"
    run(REPO / "jobs" / "build-corpus", "--out", corpus, "--size", "1m", "--source", SAMPLE, "--procs", "1",
        timeout=120)
    info = json.loads((corpus / "_corpus.json").read_text())
    lines = [json.loads(x) for p in corpus.glob("part-*.jsonl") for x in p.read_text().splitlines() if x.strip()]
    assert len(lines) == info["articles"] > 100
    assert len({r["id"] for r in lines}) == len(lines), "every article gets a new id"
    assert info["text_bytes"] == sum(len(r["title"].encode()) + len(r["text"].encode()) for r in lines)

    out = tmp_path / "bench.json"
    events = tmp_path / "events"
    run(REPO / "jobs" / "bench", "--corpus", corpus, "--cores", "2", "--json", out, "--eventlog", events,
        timeout=600)
    doc = json.loads(out.read_text())
    runs = {r["kind"]: r for r in doc["runs"]}
    assert set(runs) == {"bare", "job"}
    for r in runs.values():
        assert r["exit"] == 0 and r["cores"] == 2
        assert r["cpu_s"] > 0 and r["peak_rss_mb"] > 100 and r["mb_s_per_core"] > 0
        by_thread = r["cpu_s_by_thread"]
        assert set(by_thread) == {"tasks", "jit", "gc", "other"}
        assert by_thread["tasks"] > 0 and by_thread["jit"] > 0, by_thread
        assert sum(by_thread.values()) <= r["cpu_s"] + 1
    job = runs["job"]
    assert job["status"] == "succeeded"
    assert set(job["stage_millis"]) == {"ingest", "annotate", "commit", "aggregate"}
    assert job["rows_written"]["articles"] == info["articles"]
    assert runs["bare"]["bare"]["rows"] == info["articles"]
    assert doc["summary"]["job_over_bare_local2"] > 0
    assert doc["heap"] == os.environ.get("NEWSGRAPH_JAVA_OPTS", "-Xms4g -Xmx4g -XX:+UseParallelGC").split()

    # the job's event log, by query: the ingest pass and every table write are named
    by_query = run(REPO / "jobs" / "stage-cpu", events / "job-2-0", timeout=60).stdout
    assert "ingest: parse, sign and annotate the input" in by_query, by_query
    for table in ("articles", "mentions", "comentions_daily", "actor_daily", "actors"):
        assert "write " + table in by_query, by_query
    assert float(by_query.split()[3]) > 0, by_query


def test_stage_cpu_sums_task_cpu_by_query(tmp_path):
    """A hand-written event log: query 0 has stages 1 (2.5 s) and 2 (0.5 s), stage 3 belongs to no query."""
    def stage(sid, cpu_ns):
        return {"Event": "SparkListenerStageCompleted", "Stage Info": {
            "Stage ID": sid, "Number of Tasks": 2, "Accumulables": [
                {"Name": "internal.metrics.executorCpuTime", "Value": cpu_ns}]}}
    lines = [
        {"Event": "org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart", "executionId": 0,
         "description": "write mentions"},
        {"Event": "SparkListenerJobStart", "Job ID": 0, "Stage IDs": [1, 2],
         "Properties": {"spark.sql.execution.id": "0"}},
        {"Event": "SparkListenerJobStart", "Job ID": 1, "Stage IDs": [3], "Properties": {}},
        stage(1, 2_500_000_000), stage(2, 500_000_000), stage(3, 1_000_000_000)]
    log = tmp_path / "events_1_local-1"
    log.write_text("".join(json.dumps(x) + "\n" for x in lines))
    out = run(REPO / "jobs" / "stage-cpu", tmp_path, timeout=60).stdout.splitlines()
    assert out[0] == "task CPU s: 4.0 over 3 stages"
    assert out[1].split()[:4] == ["query", "-", "1.0", "25.0%"]
    assert out[2].split() == ["query", "0", "3.0", "75.0%", "write", "mentions"]
