"""The benchmarks still run: each measuring function once, on small sizes (timings are not checked).

Benchmarks are not timed tests; this only keeps them from rotting when the
code they measure changes shape (for example when a figure became a spec).
"""

from bench import bench_diffusion, bench_digits, bench_prompt, bench_training
from painter import contest, diffusion, model


def test_the_diffusion_benchmark_runs(monkeypatch, capsys):
    for name, value in (("N_POINTS", 100), ("STEPS", 10), ("ROUNDS", 1), ("PAGE_POINTS", 50), ("PAGE_STEPS", 10)):
        monkeypatch.setattr(bench_diffusion, name, value)
    bench_diffusion.main()
    out = capsys.readouterr().out
    assert out.count("per score evaluation") == 2 and out.count("against its floor") == 2
    assert out.count("bytes of JSON") == 2


def test_the_diffusion_benchmark_records_what_each_sampler_asks_for(monkeypatch):
    """Its references are recorded from the sampler: 2 scores a step for both, noise twice a step for Langevin."""
    monkeypatch.setattr(bench_diffusion, "N_POINTS", 50)
    params = model.Mixture.from_sklearn(model.fit(contest.paintings(300, 0), 3, "full"))
    level = params.factored
    steps = 7
    langevin = bench_diffusion.recorded(level, diffusion.default_levels("langevin", steps), "langevin")
    ode = bench_diffusion.recorded(level, diffusion.default_levels("ode", steps), "ode")
    assert (langevin.scores, langevin.draws) == (2 * steps, [(50, 2)] * (2 * steps))
    assert (ode.scores, ode.draws) == (2 * steps, [])


def test_the_training_figure_benchmark_runs(capsys):
    bench_training.figure_cost()
    assert capsys.readouterr().out.count("components,") == 3


def test_the_digits_benchmark_runs(capsys):
    bench_digits.drawing(1)
    assert "16 completions" in capsys.readouterr().out


def test_the_prompt_benchmark_runs(monkeypatch, capsys):
    for name, value in (("N", 2), ("STEPS", 5), ("ROUNDS", 1)):
        monkeypatch.setattr(bench_prompt, name, value)
    bench_prompt.main()
    assert capsys.readouterr().out.count("guided score evaluations") == 2


def test_the_board_costs_the_same_statements_whatever_the_number_of_works(tmp_path):
    """bench_rooms' count of the board's SQL statements per tick: the same for 0 and for 9 works (SQLite here:
    BEGIN and the one SELECT; the benchmark counts one on PostgreSQL)."""
    from bench import bench_rooms

    rows = bench_rooms.statements_per_tick(f"sqlite:///{tmp_path / 'rooms.sqlite3'}", sizes=(0, 9))
    assert [size for size, _, _ in rows] == [0, 9]
    assert len({(snapshot, page) for _, snapshot, page in rows}) == 1
    assert rows[0][1] == rows[0][2] <= 2


def test_the_handwriting_benchmark_runs(monkeypatch):
    from bench import bench_handwriting
    from painter.i18n import CATALOGUES

    # its blank reference page adds its two texts to the catalogues: on copies, so no other test sees them
    for lang, catalogue in list(CATALOGUES.items()):
        monkeypatch.setitem(CATALOGUES, lang, dict(catalogue))

    assert len(bench_handwriting.fit_seconds(1)) == 1
    page, blank, distinct = bench_handwriting.redraws(2)
    assert page > 0 and blank > 0 and distinct == 2
