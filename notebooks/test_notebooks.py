"""Runs every notebooks/*.ipynb top to bottom on a warehouse and checks the figures it writes.

    NEWSGRAPH_WAREHOUSE=/path/to/warehouse python -m pytest notebooks -q

Without NEWSGRAPH_WAREHOUSE the `warehouse` fixture (conftest.py) builds one with jobs/newsgraph."""
import os
import sys
from pathlib import Path

import nbformat
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


def run_notebook(path, kernel_name, warehouse, out_dir, monkeypatch, overrides=None):
    """Execute a notebook with NEWSGRAPH_* set in the kernel's environment; extra parameters are injected after the
    cell tagged `parameters`, as papermill does. Raises CellExecutionError on the first failing cell."""
    monkeypatch.setenv("NEWSGRAPH_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("NEWSGRAPH_NOTEBOOK_OUT", str(out_dir))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    if overrides:
        index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
        nb.cells.insert(index + 1, new_code_cell("\n".join(f"{k} = {v!r}" for k, v in overrides.items())))
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
