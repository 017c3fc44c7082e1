"""The 2-pixel contest: shape, range, determinism and three clusters."""

import numpy as np
import pytest
from sklearn.cluster import KMeans

from painter.contest import SCHOOLS, occupied_fraction, paintings, works_csv


def test_shape_range_and_type():
    works = paintings()
    assert works.shape == (300, 2)
    assert np.issubdtype(works.dtype, np.integer)
    assert works.min() >= 0 and works.max() <= 255


@pytest.mark.parametrize("n", [0, 1, 2, 7, 301, 1000])
def test_any_number_of_artists(n):
    assert paintings(n).shape == (n, 2)


def test_deterministic_per_seed():
    np.testing.assert_array_equal(paintings(300, seed=4), paintings(300, seed=4))
    assert not np.array_equal(paintings(300, seed=4), paintings(300, seed=5))


def test_three_clusters_near_the_schools():
    works = paintings().astype(float)
    centres = KMeans(3, n_init=10, random_state=0).fit(works).cluster_centers_
    schools = np.array([mean for _, mean, _ in SCHOOLS])
    # each school's centre has a found cluster within a few grey levels
    distances = np.linalg.norm(centres[:, None, :] - schools[None, :, :], axis=-1)
    assert distances.min(axis=0).max() < 8


def test_works_are_not_grouped_by_school():
    works = paintings()
    first_half_school = np.argmin(
        np.linalg.norm(works[:150, None, :] - np.array([m for _, m, _ in SCHOOLS])[None], axis=-1), axis=1
    )
    assert len(np.unique(first_half_school)) == 3


def test_the_works_leave_most_of_the_plane_empty():
    assert occupied_fraction(paintings(), tile=8) < 0.25
    assert occupied_fraction(np.empty((0, 2))) == 0.0
    # a work in every 16x16 tile covers the plane
    corners = np.array([[i, j] for i in range(0, 256, 16) for j in range(0, 256, 16)])
    assert occupied_fraction(corners, tile=16) == 1.0


def test_bad_n_is_refused():
    with pytest.raises(ValueError, match="n must be"):
        paintings(-3)


def test_works_csv_reads_back():
    import csv
    import io

    works = paintings(5)
    rows = list(csv.DictReader(io.StringIO(works_csv(works))))
    assert [int(r["artist"]) for r in rows] == [1, 2, 3, 4, 5]
    np.testing.assert_array_equal([[int(r["pixel1"]), int(r["pixel2"])] for r in rows], works)
