"""Text catalogues, one module per language, each with a flat ``TEXT`` dict."""
