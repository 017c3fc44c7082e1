"""The benchmarks still run: each measuring function once, on small sizes (timings are not checked).

Benchmarks are not timed tests; this only keeps them from rotting when the
code they measure changes shape (for example when a figure became a spec).
"""

from bench import bench_diffusion, bench_digits, bench_prompt, bench_training


def test_the_diffusion_benchmark_runs(monkeypatch, capsys):
    for name, value in (("N_POINTS", 100), ("STEPS", 10), ("ROUNDS", 1), ("PAGE_POINTS", 50), ("PAGE_STEPS", 10)):
        monkeypatch.setattr(bench_diffusion, name, value)
    bench_diffusion.main()
    out = capsys.readouterr().out
    assert out.count("ratio") == 2 and out.count("bytes of JSON") == 2


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
