"""How fast is the full decimal expansion of 256^(1000*1000*3)?

Compares painter.counting.count_decimal with the standard library's decimal
module computing the same power directly (exact context, then str), measured
alternately in this run. Prints the ratio; below 1.0 means painter is faster.

    .venv/bin/python bench/bench_counting.py
"""

import decimal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from painter.counting import count_decimal

N_VALUES = 1000 * 1000 * 3
ROUNDS = 3


def direct_decimal(n: int) -> str:
    ctx = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
    return str(ctx.power(decimal.Decimal(256), n))


def best_of(function, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function(N_VALUES)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    assert count_decimal(N_VALUES) == direct_decimal(N_VALUES)
    ours, reference = [], []
    for _ in range(ROUNDS):  # alternate, so drift on a busy machine hits both alike
        ours.append(best_of(count_decimal, 1))
        reference.append(best_of(direct_decimal, 1))
    print(f"256^{N_VALUES:,} ({len(count_decimal(N_VALUES)):,} digits)")
    print(f"  painter.counting.count_decimal: {min(ours):.3f} s")
    print(f"  decimal, same power directly:   {min(reference):.3f} s")
    print(f"  ratio painter / decimal:        {min(ours) / min(reference):.2f}")


if __name__ == "__main__":
    main()
