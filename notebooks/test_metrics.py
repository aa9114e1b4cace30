"""The association and spike figures of a warehouse the job writes, recomputed independently of the Java code:
G² by scipy's power divergence (lambda_="log-likelihood"), NPMI with numpy in base 2, and the spike score and its
history days from the article-level tables with pandas.

    NEWSGRAPH_WAREHOUSE=/path/to/warehouse python -m pytest notebooks/test_metrics.py -q
"""
import datetime as dt

import duckdb
import numpy as np
import pandas as pd
import pytest
from scipy.stats import power_divergence

WINDOW, MIN_HISTORY, Z, MIN_ARTICLES = 28, 3, 3.0, 5


def read(warehouse, table):
    return duckdb.sql(f"SELECT * FROM read_parquet('{warehouse}/{table}/*/*.parquet', hive_partitioning = true)").df()


def g_squared(both, a, b, n):
    """Dunning's G² of the 2x2 table, by scipy: observed cells against the counts expected from the margins."""
    observed = np.array([both, a - both, b - both, n - a - b + both], dtype=float)
    expected = np.array([a * b, a * (n - b), (n - a) * b, (n - a) * (n - b)], dtype=float) / n
    keep = expected > 0  # a margin of 0 or n: its cells are empty both ways
    return power_divergence(observed[keep], expected[keep], lambda_="log-likelihood").statistic


def test_g_squared_helper_on_a_textbook_table():
    # 10 articles, a in 5, b in 5, both in 4: 16 ln 1.6 + 4 ln 0.4 (worked in CoOccurrenceTest)
    assert g_squared(4, 5, 5, 10) == pytest.approx(16 * np.log(1.6) + 4 * np.log(0.4), rel=1e-12)


@pytest.fixture(params=["sample", "shared"])
def any_warehouse(request):
    """The sample warehouse, and the one written from ../shared/corpora (skipped when that is absent)."""
    return request.getfixturevalue("warehouse" if request.param == "sample" else "shared_warehouse")


def test_association_columns_equal_scipy_and_numpy(any_warehouse):
    pairs = read(any_warehouse, "comentions_daily")
    assert len(pairs) > 0
    for r in pairs.itertuples():
        g = g_squared(r.articles, r.articles_a, r.articles_b, r.day_articles)
        assert r.llr == pytest.approx(g, rel=1e-9, abs=1e-9), r
        sign = np.sign(r.articles * r.day_articles - r.articles_a * r.articles_b)
        assert r.llr_signed == pytest.approx(sign * g, rel=1e-9, abs=1e-9), r
        p_ab, p_a, p_b = r.articles / r.day_articles, r.articles_a / r.day_articles, r.articles_b / r.day_articles
        npmi = 1.0 if p_ab == 1 else np.log2(p_ab / (p_a * p_b)) / -np.log2(p_ab)
        assert r.npmi == pytest.approx(npmi, rel=1e-9, abs=1e-12), r


def expected_actor_daily(warehouse):
    """zscore_articles, history_days, articles_undated and spike of every (actor, date), from articles + mentions."""
    articles = read(warehouse, "articles")
    articles = articles[articles["dup_of"].isna()][["article_id", "date_inferred", "date"]]
    mentions = read(warehouse, "mentions")[["article_id", "actor_id", "date"]].drop_duplicates()
    first_day = mentions.groupby("actor_id")["date"].min()
    data_days = set(articles.loc[~articles["date_inferred"], "date"].dt.date)
    m = mentions.merge(articles[["article_id", "date_inferred"]], on="article_id")
    per_day = m.groupby(["actor_id", "date"]).agg(articles=("article_id", "size"),
                                                  undated=("date_inferred", "sum")).reset_index()
    per_day["dated"] = per_day["articles"] - per_day["undated"]
    dated = {(a, d.date()): n for a, d, n in zip(per_day["actor_id"], per_day["date"], per_day["dated"])}
    rows = []
    for r in per_day.itertuples():
        day = r.date.date()
        start = max(day - dt.timedelta(days=WINDOW), first_day[r.actor_id].date())
        history = [dated.get((r.actor_id, start + dt.timedelta(days=i)), 0)
                   for i in range((day - start).days) if start + dt.timedelta(days=i) in data_days]
        z = None
        if len(history) >= MIN_HISTORY:
            z = (r.dated - np.mean(history)) / max(1.0, np.std(history))  # np.std: population sd
        rows.append({"actor_id": r.actor_id, "date": day, "history": len(history), "z": z,
                     "undated": int(r.undated), "spike": z is not None and z >= Z and r.dated >= MIN_ARTICLES})
    return pd.DataFrame(rows)


def test_spike_columns_equal_a_pandas_recount(any_warehouse):
    expected = expected_actor_daily(any_warehouse).set_index(["actor_id", "date"])
    daily = read(any_warehouse, "actor_daily")
    assert len(daily) == len(expected)
    for r in daily.itertuples():
        e = expected.loc[(r.actor_id, r.date.date())]
        assert r.history_days == e["history"], r
        assert r.articles_undated == e["undated"], r
        assert bool(r.spike) == bool(e["spike"]), r
        if e["z"] is None or pd.isna(e["z"]):
            assert pd.isna(r.zscore_articles), r
        else:
            assert r.zscore_articles == pytest.approx(e["z"], rel=1e-9, abs=1e-9), r


def test_no_spike_from_the_idf_run_date_pile_up_nor_on_the_first_days_of_the_gaza_set(shared_warehouse):
    """The IDF Telegram set's 1,155 undated posts land on the run date (2024-06-30): IDF, Lebanon and Hezbollah have
    their busiest day there, and no spike. The Gaza headlines start on 2023-10-03 after a 36-year gap in the warehouse
    (Reuters, 1987): no actor has history there, so none spikes on 10-03..10-05 (fewer than 3 days with data)."""
    daily = read(shared_warehouse, "actor_daily")
    run_day = daily[daily["date"] == "2024-06-30"].set_index("actor_id")
    for actor in ["idf", "LBN", "hezbollah"]:
        r = run_day.loc[actor]
        assert r["articles_undated"] >= 50, r
        assert r["articles"] >= daily.loc[daily["actor_id"] == actor, "articles"].max() * 0.5, r
        assert not r["spike"], r
    first_days = daily[daily["date"].between("2023-10-03", "2023-10-05")]
    assert len(first_days) > 0
    assert (first_days["history_days"] < 3).all()
    assert not first_days["spike"].any()
    assert first_days["zscore_articles"].isna().all()
