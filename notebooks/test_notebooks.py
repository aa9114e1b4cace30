"""Runs every notebooks/*.ipynb top to bottom on a warehouse and checks the figures it writes.

    NEWSGRAPH_WAREHOUSE=/path/to/warehouse python -m pytest notebooks -q

Without NEWSGRAPH_WAREHOUSE the `warehouse` fixture (conftest.py) builds one with jobs/newsgraph."""
import json
import os
import sys
from pathlib import Path

import duckdb
import nbformat
import numpy as np
import pandas as pd
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell

NOTEBOOKS = Path(__file__).resolve().parent
ALL = sorted(NOTEBOOKS.glob("*.ipynb"))
EXPECTED_PNGS = {
    "01_comention_network.ipynb": ["network.png"],
    "02_trends.ipynb": ["trends_actors.png", "trends_pairs.png"],
    "03_data_quality.ipynb": ["quality.png"],
}
TIMEOUT = 120  # seconds per cell


# The cell the tests append: what each figure is drawn from (PLOT_DATA) and the figures' titles, to files.
DUMP = """
import json as _json, pathlib as _pathlib
_dump = _pathlib.Path({dump!r})
_dump.mkdir(parents=True, exist_ok=True)
for _name, _frame in PLOT_DATA.items():
    _frame.to_pickle(_dump / (_name + ".pkl"))
(_dump / "titles.json").write_text(_json.dumps(PLOT_TITLES))
"""


def run_notebook(path, kernel_name, warehouse, out_dir, monkeypatch, overrides=None, dump=None, env=None):
    """Execute a notebook with NEWSGRAPH_* set in the kernel's environment; extra parameters are injected after the
    cell tagged `parameters`, as papermill does. Raises CellExecutionError on the first failing cell. With `dump`, the
    notebook's PLOT_DATA and PLOT_TITLES are written there."""
    for name in ["DATE_FROM", "DATE_TO", "ACTORS", "PAIRS", "PYSPARK", "GAP_DAYS", "MIN_PAIR_ARTICLES", "TOP_N"]:
        monkeypatch.delenv("NEWSGRAPH_" + name, raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("NEWSGRAPH_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("NEWSGRAPH_NOTEBOOK_OUT", str(out_dir))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    if overrides:
        index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
        nb.cells.insert(index + 1, new_code_cell("\n".join(f"{k} = {v!r}" for k, v in overrides.items())))
    if dump:
        nb.cells.append(new_code_cell(DUMP.format(dump=str(dump))))
    client = NotebookClient(nb, kernel_name=kernel_name, timeout=TIMEOUT,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def test_all_notebooks_are_covered():
    assert sorted(p.name for p in ALL) == sorted(EXPECTED_PNGS), "add new notebooks to EXPECTED_PNGS"


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
def test_notebook_runs_and_writes_figures(path, kernel_name, warehouse, tmp_path, monkeypatch):
    run_notebook(path, kernel_name, warehouse, tmp_path, monkeypatch)
    for png in EXPECTED_PNGS[path.name]:
        file = tmp_path / png
        assert file.is_file(), f"{path.name} did not write {png}"
        assert file.stat().st_size > 0, f"{path.name} wrote an empty {png}"
        assert file.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{png} is not a PNG"


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
def test_notebook_handles_a_period_without_data(path, kernel_name, warehouse, tmp_path, monkeypatch):
    """No partition falls in the period: every notebook says so instead of failing, and still writes its PNGs."""
    nb = run_notebook(path, kernel_name, warehouse, tmp_path, monkeypatch,
                      overrides={"DATE_FROM": "1990-01-01", "DATE_TO": "1990-01-31"})
    for png in EXPECTED_PNGS[path.name]:
        assert (tmp_path / png).stat().st_size > 0
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "No " in text or "no " in text


def test_kernel_is_this_interpreter(kernel_name, monkeypatch):
    """The kernel the notebooks run in is the Python running pytest (so it sees requirements.txt's packages)."""
    spec = KernelSpecManager().get_kernel_spec(kernel_name)
    assert spec.argv[0] == sys.executable
    nb = nbformat.v4.new_notebook(cells=[new_code_cell("import sys; print(sys.executable)")])
    NotebookClient(nb, kernel_name=kernel_name, timeout=TIMEOUT).execute()
    assert nb.cells[0].outputs[0]["text"].strip() == sys.executable


def test_notebooks_are_saved_without_outputs():
    for path in ALL:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        assert nb.cells[0].cell_type == "markdown" and "../README.md#tables" in nb.cells[0].source, path.name
        params = nb.cells[1]
        assert params.cell_type == "code" and "parameters" in params.metadata.get("tags", []), path.name
        for name in ["WAREHOUSE", "DATE_FROM", "DATE_TO", "ACTORS", "OUTPUT_DIR"]:
            assert f"{name} = " in params.source, f"{path.name}: parameter {name} missing"
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, f"{path.name} has saved outputs"


# ---------------------------------------------------------------------------------------------------------------
# The data each figure is drawn from


def plot_data(dump):
    data = {p.stem: pd.read_pickle(p) for p in Path(dump).glob("*.pkl")}
    return data, json.loads((Path(dump) / "titles.json").read_text())


def outputs_text(nb):
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))


def assert_no_line_across_a_gap(lines):
    """matplotlib joins consecutive finite points of a line: each such pair must be one day apart, so a missing day
    (NaN) or a gap in the warehouse breaks the line."""
    assert len(lines) > 0
    for key, line in lines.groupby(["plot", "series", "key"], sort=False):
        day = pd.to_datetime(line["day"]).to_numpy()
        finite = np.isfinite(line["y"].to_numpy(dtype=float))
        joined = finite[:-1] & finite[1:]
        steps = (day[1:] - day[:-1])[joined]
        assert (steps == np.timedelta64(1, "D")).all(), f"{key}: a line joins points {set(steps)} apart"


def g_squared(both, a, b, n):
    from scipy.stats import power_divergence
    observed = np.array([both, a - both, b - both, n - a - b + both], dtype=float)
    expected = np.array([a * b, a * (n - b), (n - a) * b, (n - a) * (n - b)], dtype=float) / n
    keep = expected > 0
    return power_divergence(observed[keep], expected[keep], lambda_="log-likelihood").statistic


def assert_strongest_tables(data, min_articles=3):
    for name in ["strongest_by_llr", "strongest_by_npmi"]:
        table = data[name]
        assert (table["articles"] >= min_articles).all(), name
        assert (table["llr_signed"] > 0).all(), f"{name} lists a pair seen together less often than chance"
        assert (table["npmi"] > 0).all(), name
        for r in table.itertuples():
            assert r.llr_signed == pytest.approx(g_squared(r.articles, r.articles_a, r.articles_b, r.period_articles),
                                                 rel=1e-9), r
    ranked = data["strongest_by_llr"]["llr_signed"].to_numpy()
    assert (np.diff(ranked) <= 0).all(), "not ranked by llr_signed"


def assert_spikes_are_real(spikes, warehouse):
    """Every spike marker: at least 5 dated articles that day (counted here from articles + mentions), a day after the
    actor's first day in the warehouse, with at least 3 days of history."""
    if spikes.empty:
        return
    wh = str(warehouse)
    counts = duckdb.sql(f"""
        WITH a AS (SELECT article_id, date_inferred FROM read_parquet('{wh}/articles/*/*.parquet',
                     hive_partitioning = true) WHERE dup_of IS NULL),
             m AS (SELECT DISTINCT article_id, actor_id, date FROM read_parquet('{wh}/mentions/*/*.parquet',
                     hive_partitioning = true))
        SELECT m.actor_id, m.date, count(*) FILTER (WHERE NOT a.date_inferred) AS dated,
               min(m.date) OVER (PARTITION BY m.actor_id) AS first_day
        FROM m JOIN a USING (article_id) GROUP BY m.actor_id, m.date""").df().set_index(["actor_id", "date"])
    for s in spikes.itertuples():
        c = counts.loc[(s.actor_id, pd.Timestamp(s.date))]
        assert c["dated"] >= 5, f"spike of {s.actor_id} on {s.date} with {c['dated']} dated articles"
        assert pd.Timestamp(s.date) > c["first_day"], f"spike of {s.actor_id} on its first day {s.date}"
        assert s.history_days >= 3, s


def check_figures(name, nb, data, titles, warehouse):
    if name.startswith("01"):
        assert_strongest_tables(data)
    if name.startswith("02"):
        assert_no_line_across_a_gap(data["actor_lines"])
        if "pair_lines" in data:
            assert_no_line_across_a_gap(data["pair_lines"])
        assert_spikes_are_real(data["spikes"], warehouse)
    # the PySpark cell stays off unless asked, with a one-line note
    assert "PySpark cell not run" in outputs_text(nb)
    assert not any(o.get("name") == "stderr" and "Exception" in o.get("text", "") for c in nb.cells
                   if c.cell_type == "code" for o in c.get("outputs", []))


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
def test_figures_data_on_the_sample(path, kernel_name, warehouse, tmp_path, monkeypatch):
    nb = run_notebook(path, kernel_name, warehouse, tmp_path / "out", monkeypatch, dump=tmp_path / "data")
    data, titles = plot_data(tmp_path / "data")
    check_figures(path.name, nb, data, titles, warehouse)
    # one period of data: no note about disjoint periods
    assert not any("densest" in t for t in titles.values())


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
def test_figures_data_on_the_shared_corpora(path, kernel_name, shared_warehouse, tmp_path, monkeypatch):
    """1987 wires and 2023-2024 headlines and posts: the default is the densest period, and the titles say so."""
    nb = run_notebook(path, kernel_name, shared_warehouse, tmp_path / "out", monkeypatch, dump=tmp_path / "data")
    data, titles = plot_data(tmp_path / "data")
    check_figures(path.name, nb, data, titles, shared_warehouse)
    if path.name.startswith(("01", "02")):
        assert titles and all("densest of" in t for t in titles.values()), titles
    else:
        assert "disjoint periods" in titles["quality"]


def test_trends_of_the_idf_pile_up_and_the_gaza_start_set_by_environment(kernel_name, shared_warehouse, tmp_path,
                                                                        monkeypatch):
    """The period and actors set through NEWSGRAPH_* only. The run-date pile-up of undated IDF posts (2024-06-30) is
    drawn as a bar but marked as no spike; the first days of the Gaza headlines (from 2023-10-03) carry no spike."""
    env = {"NEWSGRAPH_DATE_FROM": "2023-10-03", "NEWSGRAPH_DATE_TO": "2024-06-30",
           "NEWSGRAPH_ACTORS": "idf,LBN,hezbollah,hamas,gaza-strip", "NEWSGRAPH_PAIRS": "hamas:ISR,gaza-strip:ISR"}
    nb = run_notebook(NOTEBOOKS / "02_trends.ipynb", kernel_name, shared_warehouse, tmp_path / "out", monkeypatch,
                      dump=tmp_path / "data", env=env)
    data, titles = plot_data(tmp_path / "data")
    check_figures("02", nb, data, titles, shared_warehouse)
    lines = data["actor_lines"]
    assert set(lines["key"]) == {"idf", "LBN", "hezbollah", "hamas", "gaza-strip"}
    assert pd.to_datetime(lines["day"]).min() >= pd.Timestamp("2023-10-03")
    assert set(data["pair_lines"]["key"]) == {"ISR|hamas", "ISR|gaza-strip"}
    spikes = data["spikes"]
    assert not (pd.to_datetime(spikes["date"]) == pd.Timestamp("2024-06-30")).any()
    assert not (pd.to_datetime(spikes["date"]) <= pd.Timestamp("2023-10-05")).any()
    # the 7-11 October wave is still there
    assert (pd.to_datetime(spikes["date"]).between("2023-10-06", "2023-10-11")).any()
    assert not any("densest" in t for t in titles.values())


def test_papermill_sets_the_parameters(kernel_name, warehouse, tmp_path, monkeypatch):
    papermill = pytest.importorskip("papermill")
    monkeypatch.setenv("NEWSGRAPH_NOTEBOOK_OUT", str(tmp_path / "out"))
    monkeypatch.setenv("NEWSGRAPH_ACTORS", "USA")  # papermill wins over the environment
    out = tmp_path / "02.ipynb"
    papermill.execute_notebook(str(NOTEBOOKS / "02_trends.ipynb"), str(out), kernel_name=kernel_name,
                               cwd=str(NOTEBOOKS), progress_bar=False,
                               parameters={"WAREHOUSE": str(warehouse), "DATE_FROM": "2024-03-04",
                                           "DATE_TO": "2024-03-06", "ACTORS": ["ISR", "hamas"]})
    text = outputs_text(nbformat.read(out, as_version=4))
    assert "period    2024-03-04 to 2024-03-06" in text
    assert "showing ['ISR', 'hamas']" in text


def test_pyspark_cell_runs_quietly_only_when_asked(kernel_name, warehouse, tmp_path, monkeypatch):
    """NEWSGRAPH_PYSPARK=1 runs the PySpark cell (when pyspark is installed, as jobs/test installs it for the cluster
    tests): it prints the counts, and Spark's log stays at ERROR (no WARN lines, no log-level banner)."""
    pytest.importorskip("pyspark")
    nb = run_notebook(NOTEBOOKS / "03_data_quality.ipynb", kernel_name, warehouse, tmp_path / "out", monkeypatch,
                      env={"NEWSGRAPH_PYSPARK": "1"})
    outputs = nb.cells[-1].get("outputs", [])
    stdout = "".join(o.get("text", "") for o in outputs if o.get("name") == "stdout")
    stderr = "".join(o.get("text", "") for o in outputs if o.get("name") == "stderr")
    assert "PySpark cell not run" not in stdout
    assert "articles " in stdout and "|reason" in stdout, stdout
    assert " WARN " not in stderr and "Setting default log level" not in stderr and "Exception" not in stderr, stderr
