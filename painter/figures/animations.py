"""Animations the browser plays without rerunning the app: EM learning, and reverse diffusion."""

from __future__ import annotations

import numpy as np

from painter.diffusion import DIFFUSION_RANGE
from painter.digits import SIDE
from painter.figures.pixels import strip_grid
from painter.figures.theme import (
    ACCENT_COLOUR,
    GREYS,
    HIGHLIGHT_COLOUR,
    MARGIN,
    PIXEL_RANGE,
    PLANE_BACKGROUND,
    chart_layout,
    component_colour,
    labelled,
    plane_axis,
    side_axis,
    translucent,
)
from painter.figures.traces import (
    UNLISTED,
    component_centres,
    component_outline,
    density_contour,
    scatter,
    stepped_scale,
    works_dots,
    works_traces,
)
from painter.model import ellipse


def outline_range(outlines, pad: float = 8.0) -> list[float]:
    """One axis range for the square plane that holds the 0–255 plane and every one of ``outlines`` whole.

    ``outlines`` are arrays of shape (p, 2) (ellipses); ``pad`` grey levels of room around them.
    Both axes take this range, so the plane stays square and no ellipse is cut at its frame.
    """
    points = np.concatenate([np.asarray(o, dtype=float).reshape(-1, 2) for o in outlines])
    low = min(float(points.min()) - pad, PIXEL_RANGE[0])
    high = max(float(points.max()) + pad, PIXEL_RANGE[1])
    return [low, high]


@labelled("x", "y", "iteration", "ll", "component", "works", "play", "pause", "reset", "hover_work", "hover_ll")
def em_figure(works, steps, *, labels: dict[str, str], duration: int = 350) -> dict:
    """EM as an animation: components move, works change colour, the likelihood climbs.

    Parameters
    ----------
    works : ndarray of shape (n, 2)
    steps : list of painter.em.EMStep
        One entry per iteration, with its ``components`` (each work's most likely
        component under that iteration's parameters).
    labels : dict
        Translated texts (see ``em_figure.labels``).
    duration : int
        Milliseconds per frame when playing.

    The frames only replace the moving traces (works' colours, ellipses,
    centres, the marker on the curve), and the browser plays them: playing
    never reruns the app. The plane's range holds every iteration's ellipses
    whole (the first ones, from a rough start, reach past 0–255), and a dotted
    square, not in the legend (the caption names it), marks the 0–255 plane itself.
    """
    works = np.asarray(works, dtype=np.float32)
    k = steps[0].mixture.n_components
    colours = [component_colour(i) for i in range(k)]
    curve = np.array([step.log_likelihood for step in steps], dtype=np.float32)
    iterations = np.arange(len(steps), dtype=np.int16)

    ellipses = [
        [
            ellipse(mean, cov, n_points=40).astype(np.float32)
            for mean, cov in zip(step.mixture.means, step.mixture.covariances, strict=True)
        ]
        for step in steps
    ]

    def moving(i: int, step) -> list[dict]:
        traces = [dict(type="scatter", marker=dict(color=np.asarray(step.components, dtype=np.uint8)))]
        for outline in ellipses[i]:
            traces.append(dict(type="scatter", x=outline[:, 0], y=outline[:, 1]))
        centres = np.asarray(step.mixture.means, np.float32)
        traces.append(dict(type="scatter", x=centres[:, 0], y=centres[:, 1]))
        traces.append(dict(type="scatter", x=[i], y=[step.log_likelihood]))
        return traces

    first = steps[0]
    scale = dict(colorscale=stepped_scale(colours), cmin=-0.5, cmax=k - 0.5)
    dots = works_dots(
        works, labels, dict(size=6, color=moving(0, first)[0]["marker"]["color"], **scale), showlegend=False
    )
    outlines = [
        component_outline(mean, cov, colours[i], f"{labels['component']} {i + 1}", n_points=40)
        for i, (mean, cov) in enumerate(zip(first.mixture.means, first.mixture.covariances, strict=True))
    ]
    centres = np.asarray(first.mixture.means, np.float32)
    centre_marks = component_centres(centres[:, 0], centres[:, 1], colours)
    beside = dict(xaxis="x2", yaxis="y2")  # the likelihood's plot, right of the plane
    now = scatter(
        "markers", [0], [first.log_likelihood], **beside, **UNLISTED, marker=dict(size=12, color=HIGHLIGHT_COLOUR)
    )
    look = dict(line=dict(color=ACCENT_COLOUR, width=2), marker=dict(size=4, color=ACCENT_COLOUR))
    hover = labels["hover_ll"] + "<extra></extra>"
    climb = scatter(
        "lines+markers", iterations, curve, **beside, name=labels["ll"], showlegend=False, **look, hovertemplate=hover
    )
    data = [dict(plane_square(""), showlegend=False), dots, *outlines, centre_marks, now, climb]
    moving_traces = positions(data, [dots, *outlines, centre_marks, now])
    span = outline_range([outline for outlines_now in ellipses for outline in outlines_now])
    frames = [dict(name=str(i), data=moving(i, step), traces=moving_traces) for i, step in enumerate(steps)]
    low, high = float(curve.min()), float(curve.max())
    margin = max(high - low, 0.02) * 0.08
    layout = dict(
        height=560,
        margin=dict(l=10, r=10, t=50, b=10),
        plot_bgcolor=PLANE_BACKGROUND,
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=1.0, xanchor="right"),
        xaxis=dict(plane_axis(labels["x"], domain=[0.0, 0.58]), range=span),
        yaxis=dict(plane_axis(labels["y"], scaleanchor="x"), range=span),
        xaxis2=side_axis(0.66, "y2", labels["iteration"], range=[-0.5, len(steps) - 0.5], showgrid=True),
        yaxis2=dict(
            domain=[0.25, 0.85], anchor="x2", title=dict(text=labels["ll"]), range=[low - margin, high + margin]
        ),
        **player(
            [str(i) for i in range(len(steps))],
            playing(duration, duration // 2),
            {"play": "▶ " + labels["play"], "pause": "❚❚ " + labels["pause"], "reset": "⟲ " + labels["reset"]},
            buttons=dict(x=0.0, y=1.02, xanchor="left", yanchor="bottom", pad=dict(r=6, t=0)),
            slider=dict(
                x=0.0,
                len=1.0,
                y=0,
                yanchor="top",
                pad=dict(t=40, b=0),
                currentvalue=dict(prefix=labels["iteration"] + " "),
            ),
        ),
    )
    return dict(data=data, layout=layout, frames=frames)


def plane_square(name: str) -> dict:
    """The 0–255 plane's edge as a dotted square (every 2-pixel picture lies inside), named ``name``."""
    dotted = dict(color="#555", width=1.5, dash="dot")
    return scatter("lines", [0, 255, 255, 0, 0], [0, 0, 255, 255, 0], name=name, hoverinfo="skip", line=dotted)


def playing(duration: int, transition: int, *, redraw: bool = False) -> dict:
    """Animation settings that play on from the current frame: ``duration`` ms per frame.

    ``redraw`` for traces Plotly cannot move from frame to frame (heatmaps).
    """
    return dict(frame=dict(duration=duration, redraw=redraw), fromcurrent=True, transition=dict(duration=transition))


def player(steps: list[str], play: dict, buttons_text: dict[str, str], *, buttons: dict, slider: dict) -> dict:
    """The controls of an animation whose frames are named "0", "1", …: a row of buttons and a slider.

    Parameters
    ----------
    steps : list of str
        The slider's label for each frame.
    play : dict
        How "play" animates (see :func:`playing`).
    buttons_text : dict
        The buttons to show, in order, by action (``play``, ``pause``, ``reset``), with their texts.
    buttons, slider : dict
        Where the button row and the slider go (and anything else of their look).

    Returns
    -------
    layout : dict
        ``updatemenus`` and ``sliders``, to merge into a figure's layout.
    """
    # a jump to a frame, without animating the way there; redrawn if playing redraws (heatmaps)
    still = dict(frame=dict(duration=0, redraw=play["frame"]["redraw"]), mode="immediate", transition=dict(duration=0))
    actions = {"play": [None, play], "pause": [[None], still], "reset": [["0"], still]}
    menu = dict(
        type="buttons",
        direction="left",
        showactive=False,
        **buttons,
        buttons=[dict(label=text, method="animate", args=actions[action]) for action, text in buttons_text.items()],
    )
    bar = {
        "active": 0,  # unless ``slider`` says where to start
        **slider,
        "steps": [dict(label=label, method="animate", args=[[str(i)], still]) for i, label in enumerate(steps)],
    }
    return dict(updatemenus=[menu], sliders=[bar])


def sigma_text(sigma: float) -> str:
    """A noise level as the sliders show it: two significant digits, whole numbers from 10 on."""
    return f"{sigma:.2g}" if sigma < 10 else f"{sigma:.0f}"


#: The σ written under the slider's ticks: small and grey, below the current value's larger text.
SIGMA_TICKS = dict(size=13, color="#31333f")  # readable without zooming: dark, the size of the axis numbers


def sigma_player(levels, labels: dict[str, str], play: dict, *, y: float, start: int = 0) -> dict:
    """Play and pause buttons under a figure, and a slider named by each frame's noise level σ.

    Each tick is labelled with its σ (:func:`sigma_text`; Plotly writes every n-th label, as many
    as fit side by side), and the current σ is written above the slider's right end.
    ``labels`` gives ``play``, ``pause`` and ``sigma`` (the slider's prefix); ``y`` is where the
    controls sit (paper units), ``start`` the frame the slider shows first; see :func:`player`.
    """
    return player(
        [sigma_text(float(sigma)) for sigma in levels],
        play,
        {"play": labels["play"], "pause": labels["pause"]},
        buttons=dict(x=0.0, y=y, xanchor="left", yanchor="top", pad=dict(t=40, r=10)),
        slider=dict(
            active=start,
            x=0.3,  # clear of the play and pause buttons on the left
            y=y,
            len=0.7,
            xanchor="left",
            yanchor="top",
            pad=dict(t=30),
            currentvalue=dict(prefix=labels["sigma"], xanchor="right", font=dict(size=14, color="#31333f")),
            font=SIGMA_TICKS,  # Plotly labels every n-th step, as many as fit without overlapping
        ),
    )


def positions(data: list[dict], traces: list[dict]) -> list[int]:
    """Where each of ``traces`` is in ``data`` (the traces an animation's frames replace)."""
    return [next(i for i, candidate in enumerate(data) if candidate is trace) for trace in traces]


def frame_indices(steps: int, max_frames: int = 40) -> np.ndarray:
    """Which points of a ``steps``-step trajectory become animation frames.

    Returns
    -------
    indices : ndarray of shape (m,), int
        Increasing, from 0 (the noise) to ``steps`` (the works), at most
        ``max_frames`` of them and evenly spaced in steps (for a geometric
        schedule, evenly spaced in log σ).
    """
    return np.unique(np.rint(np.linspace(0, steps, min(steps + 1, max_frames))).astype(int))


def _arrow_angles(vectors: np.ndarray) -> np.ndarray:
    """The direction of each vector as a marker angle: whole degrees clockwise from straight up, in [-180, 180).

    The arrow field is drawn as arrow-shaped markers at fixed places, so each
    animation frame only carries one small integer per arrow (a drawn line per
    arrow took twelve numbers, and made the animation twice as heavy).
    """
    vectors = np.asarray(vectors, dtype=float)
    degrees = np.degrees(np.arctan2(vectors[..., 0], vectors[..., 1]))  # from +x2 (up) towards +x1 (right)
    return (np.mod(np.rint(degrees) + 180, 360) - 180).astype(np.int16)  # in [-180, 180), as Plotly keeps angles


def _trails(paths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Several paths of shape (p, t, 2) as one NaN-separated polyline."""
    gap = np.full((len(paths), 1, 2), np.nan)
    joined = np.concatenate([paths, gap], axis=1).reshape(-1, 2).astype(np.float32)
    return joined[:, 0], joined[:, 1]


@labelled("x", "y", "density", "points", "score", "trail", "now", "hover_now", "play", "pause", "sigma", "square")
def diffusion_figure(
    grid,
    density,
    trajectory,
    levels,
    arrow_points,
    arrow_vectors,
    *,
    traced: int = 4,
    labels: dict[str, str],
) -> dict:
    """Reverse diffusion animated: the cloud flows from noise onto the learned distribution.

    Parameters
    ----------
    grid, density : as in :func:`~painter.figures.planes.density_plane`
        The learned density, drawn as contours behind everything.
    trajectory : ndarray of shape (m, n, 2)
        The points at the ``m`` animation frames (e.g. ``path[frame_indices(steps)]``).
    levels : ndarray of shape (m,)
        The noise level σ of each frame.
    arrow_points : ndarray of shape (a, 2)
        Where the score is drawn (see :func:`painter.diffusion.arrow_grid`).
    arrow_vectors : ndarray of shape (m, a, 2)
        The score at those points at each frame's σ; only its direction is drawn (arrow markers).
    traced : int, default=4
        How many single points (the first ones) have their path drawn so far.
    labels : dict
        Translated texts (see ``diffusion_figure.labels``).

    Returns
    -------
    spec : dict
        The first frame as data, one frame per row of ``trajectory`` holding only
        the moving traces, a play/pause button and a slider over the frames.
    """
    trajectory = np.asarray(trajectory, dtype=np.float32)
    arrow_points = np.asarray(arrow_points, dtype=np.float32)
    arrow_vectors = np.asarray(arrow_vectors, dtype=float)
    traced = min(traced, trajectory.shape[1])

    def moving(i: int) -> list[dict]:
        tx, ty = _trails(np.swapaxes(trajectory[: i + 1, :traced], 0, 1))
        now = works_traces(trajectory[i, :traced], labels["now"], labels["hover_now"], size=12, outline="#000")
        return [
            dict(type="scatter", marker=dict(angle=_arrow_angles(arrow_vectors[i]))),
            dict(type="scatter", x=trajectory[i, :, 0], y=trajectory[i, :, 1]),
            dict(type="scatter", x=tx, y=ty),
            *[
                dict(
                    type="scatter",
                    x=trace["x"],
                    y=trace["y"],
                    customdata=trace["customdata"],
                    marker=dict(color=trace["marker"]["color"]),
                )
                for trace in now
            ],
        ]

    first = moving(0)
    square = plane_square(labels["square"])
    heads = dict(first[0]["marker"], symbol="arrow", size=13, color=translucent(ACCENT_COLOUR, 0.6), line=dict(width=0))
    arrows = scatter(
        "markers", arrow_points[:, 0], arrow_points[:, 1], name=labels["score"], hoverinfo="skip", marker=heads
    )
    dots = dict(size=5, color="#222222", opacity=0.6)
    cloud = dict(first[1], mode="markers", name=labels["points"], hoverinfo="skip", marker=dots)
    line = dict(color=HIGHLIGHT_COLOUR, width=1.5)
    trail = dict(first[2], mode="lines", name=labels["trail"], hoverinfo="skip", line=line, opacity=0.8)
    now = works_traces(trajectory[0, :traced], labels["now"], labels["hover_now"], size=12, outline="#000")
    data = [density_contour(grid, density, labels["density"], showscale=False), square, arrows, cloud, trail, *now]
    moving_traces = positions(data, [arrows, cloud, trail, *now])

    frames = [dict(name=str(i), data=moving(i), traces=moving_traces) for i in range(len(trajectory))]
    layout = chart_layout(
        680,
        margin=dict(MARGIN, b=150),  # room for the play button and the σ slider
        plot_bgcolor="#ffffff",
        xaxis=dict(plane_axis(labels["x"]), range=DIFFUSION_RANGE),
        yaxis=dict(plane_axis(labels["y"], scaleanchor="x"), range=DIFFUSION_RANGE),
        **sigma_player(levels, labels, playing(120, 0), y=-0.1),
    )
    return dict(data=data, layout=layout, frames=frames)


@labelled("now", "predicted", "play", "pause", "sigma", "hover")
def strip_animation(path, predicted, levels, *, labels: dict[str, str], height: int = 380) -> dict:
    """The pictures coming out of noise, step by step, with the model's predicted final picture below.

    Parameters
    ----------
    path, predicted : array-like of shape (frames, n, 64)
        The pictures at each shown step, and x + σ²·score at each.
    levels : array-like of shape (frames,)
        The noise level σ of each shown step.
    labels : dict
        The two rows' names, play and pause, the slider's prefix, and the
        hover text (with ``%{z}``).

    Returns
    -------
    figure : dict
        A heatmap with one frame per step, play/pause buttons and a slider named by σ.
    """
    grids = [strip_grid(now, guess) for now, guess in zip(path, predicted, strict=True)]
    heatmap = dict(
        type="heatmap",
        z=grids[-1],
        zmin=0,
        zmax=255,
        colorscale=GREYS,
        showscale=False,
        hovertemplate=labels["hover"] + "<extra></extra>",
    )
    frames = [dict(name=str(i), data=[dict(type="heatmap", z=grid)], traces=[0]) for i, grid in enumerate(grids)]
    bare = dict(fixedrange=True, showgrid=False, zeroline=False, showline=False, ticks="")
    rows, columns = grids[0].shape
    layout = dict(
        height=height,
        margin=dict(l=10, r=10, t=10, b=110),
        plot_bgcolor="rgba(0,0,0,0)",
        xaxis=dict(bare, visible=False, scaleanchor="y", constrain="domain", range=[-0.5, columns - 0.5]),
        # the two rows are named by the y axis's tick labels, which take the margin they need (automargin)
        yaxis=dict(
            bare,
            range=[rows - 0.5, -0.5],
            tickvals=[(SIDE - 1) / 2, rows - 1 - (SIDE - 1) / 2],  # the middle of each row of pictures
            ticktext=[labels["now"], labels["predicted"]],
            tickangle=-90,
            tickfont=dict(size=12),
            automargin=True,
        ),
        **sigma_player(levels, labels, playing(250, 0, redraw=True), y=0, start=len(grids) - 1),
    )
    return dict(data=[heatmap], layout=layout, frames=frames)
