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
    run(REPO / "jobs" / "bench", "--corpus", corpus, "--cores", "2", "--json", out, timeout=600)
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
