"""Maintenance scripts: client generation from the API description and description diffs."""
