"""The app's pages, one file per step of the story (layout and widgets only)."""

#: (key, file, icon) in story order. The key names the page's texts and its URL path.
PAGES = (
    ("home", "app_pages/home.py", ":material/home:"),
    ("pixels", "app_pages/pixels.py", ":material/grid_on:"),
    ("count", "app_pages/how_many.py", ":material/calculate:"),
    ("untrained", "app_pages/untrained.py", ":material/blur_on:"),
    ("contest", "app_pages/contest.py", ":material/scatter_plot:"),
    ("learn", "app_pages/learn.py", ":material/model_training:"),
    ("digits", "app_pages/digits.py", ":material/draw:"),
    ("training", "app_pages/training.py", ":material/play_circle:"),
    ("style", "app_pages/style.py", ":material/palette:"),
)
