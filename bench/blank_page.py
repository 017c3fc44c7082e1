"""A page that shows nothing: the in-app reference of bench/bench_pages.py."""
