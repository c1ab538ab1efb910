"""`python -m claimlint` runs the CLI."""
from claimlint.cli import run

run()
