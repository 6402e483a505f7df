"""Reusable widgets: the video view, the clip player and the trend chart."""
