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


def g_squared_rows(both, a, b, n):
    """g_squared over arrays of tables at once: scipy's power divergence along each row."""
    both, a, b, n = (np.asarray(x, dtype=float) for x in (both, a, b, n))
    observed = np.stack([both, a - both, b - both, n - a - b + both], axis=1)
    expected = np.stack([a * b, a * (n - b), (n - a) * b, (n - a) * (n - b)], axis=1) / n[:, None]
    full = (expected > 0).all(axis=1)
    g = np.empty(len(both))
    g[full] = power_divergence(observed[full], expected[full], lambda_="log-likelihood", axis=1).statistic
    # an actor in every article of the day: a margin of 0, whose cells are dropped one table at a time
    for i in np.flatnonzero(~full):
        g[i] = g_squared(both[i], a[i], b[i], n[i])
    return g


def test_association_columns_equal_scipy_and_numpy(any_warehouse):
    pairs = read(any_warehouse, "comentions_daily")
    assert len(pairs) > 0
    for r in pairs.head(50).itertuples():  # the row-by-row helper on a few, the vectorised one on all
        assert g_squared_rows([r.articles], [r.articles_a], [r.articles_b], [r.day_articles])[0] == pytest.approx(
            g_squared(r.articles, r.articles_a, r.articles_b, r.day_articles), rel=1e-12, abs=1e-12)
    g = g_squared_rows(pairs["articles"], pairs["articles_a"], pairs["articles_b"], pairs["day_articles"])
    np.testing.assert_allclose(pairs["llr"], g, rtol=1e-9, atol=1e-9)
    sign = np.sign(pairs["articles"] * pairs["day_articles"] - pairs["articles_a"] * pairs["articles_b"])
    np.testing.assert_allclose(pairs["llr_signed"], sign * g, rtol=1e-9, atol=1e-9)
    n = pairs["day_articles"].astype(float)
    p_ab, p_a, p_b = pairs["articles"] / n, pairs["articles_a"] / n, pairs["articles_b"] / n
    with np.errstate(divide="ignore", invalid="ignore"):
        npmi = np.where(p_ab == 1, 1.0, np.log2(p_ab / (p_a * p_b)) / -np.log2(p_ab))
    np.testing.assert_allclose(pairs["npmi"], npmi, rtol=1e-9, atol=1e-12)


def expected_actor_daily(warehouse):
    """zscore_articles, history_days, articles_undated and spike of every (actor, date), from articles + mentions:
    per actor, cumulative sums of its dated articles over the warehouse's days with dated articles."""
    articles = read(warehouse, "articles")
    articles = articles[articles["dup_of"].isna()][["article_id", "date_inferred"]]
    mentions = read(warehouse, "mentions")
    # a news organisation cited as the source ("told Reuters") is left out of the daily tables (the job's default)
    mentions = mentions[mentions["match_kind"] != "attribution"]
    mentions = mentions[["article_id", "actor_id", "date"]].drop_duplicates()
    m = mentions.merge(articles, on="article_id")
    # days with any dated article, named actors or not
    all_dated = read(warehouse, "article_tone")[["article_id", "date"]].merge(articles, on="article_id")
    data_days = np.unique(all_dated.loc[~all_dated["date_inferred"], "date"].to_numpy(dtype="datetime64[D]"))
    per_day = m.groupby(["actor_id", "date"]).agg(articles=("article_id", "size"),
                                                  undated=("date_inferred", "sum")).reset_index()
    per_day["dated"] = per_day["articles"] - per_day["undated"]
    out = []
    for actor, rows in per_day.groupby("actor_id", sort=False):
        days = rows["date"].to_numpy(dtype="datetime64[D]")
        dated = rows["dated"].to_numpy(dtype=float)
        # the actor's dated articles on every data day (0 where it is not named)
        on_data_days = np.zeros(len(data_days))
        at = np.searchsorted(data_days, days)
        hit = (at < len(data_days)) & (data_days[np.minimum(at, len(data_days) - 1)] == days)
        on_data_days[at[hit]] = dated[hit]
        cs = np.concatenate([[0.0], np.cumsum(on_data_days)])
        cs2 = np.concatenate([[0.0], np.cumsum(on_data_days ** 2)])
        start = np.maximum(days - np.timedelta64(WINDOW, "D"), days.min())
        lo, hi = np.searchsorted(data_days, start), np.searchsorted(data_days, days)
        count = hi - lo
        total, squares = cs[hi] - cs[lo], cs2[hi] - cs2[lo]
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = total / count
            sd = np.sqrt(np.maximum(0, squares / count - mean ** 2))
            z = np.where(count >= MIN_HISTORY, (dated - mean) / np.maximum(1.0, sd), np.nan)
        out.append(pd.DataFrame({"actor_id": actor, "date": days, "history": count, "z": z,
                                 "undated": rows["undated"].to_numpy(),
                                 "expected_spike": (z >= Z) & (dated >= MIN_ARTICLES)}))
    return pd.concat(out, ignore_index=True)


def test_spike_columns_equal_a_pandas_recount(any_warehouse):
    expected = expected_actor_daily(any_warehouse)
    daily = read(any_warehouse, "actor_daily")
    daily["date"] = daily["date"].to_numpy(dtype="datetime64[D]")
    both = daily.merge(expected, on=["actor_id", "date"], how="outer", indicator=True)
    assert (both["_merge"] == "both").all(), both[both["_merge"] != "both"].head()
    np.testing.assert_array_equal(both["history_days"], both["history"])
    np.testing.assert_array_equal(both["articles_undated"], both["undated"])
    np.testing.assert_array_equal(both["spike"].astype(bool), both["expected_spike"])
    np.testing.assert_allclose(both["zscore_articles"].astype(float), both["z"], rtol=1e-9, atol=1e-9)


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
