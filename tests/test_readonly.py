"""painter.readonly: every array field of a sealed dataclass is read-only; what the caller passed is not touched."""

from dataclasses import dataclass

import numpy as np
import pytest

from painter.readonly import seal


@dataclass(frozen=True)
class _Result:
    values: np.ndarray
    name: str
    extra: np.ndarray | None = None

    def __post_init__(self) -> None:
        seal(self)


def test_every_array_field_is_read_only_and_the_callers_arrays_are_not():
    mine = np.arange(4.0)
    result = _Result(mine, "r", np.zeros((2, 2)))
    for array in (result.values, result.extra):
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 1.0
    assert np.shares_memory(result.values, mine)  # nothing copied
    mine[0] = 7.0  # the caller's array stays writable
    assert result.values[0] == 7.0 and result.name == "r"


def test_a_field_that_is_not_an_array_is_left_as_it_is():
    assert _Result(np.ones(1), "r").extra is None
