"""`python -m claimlint` runs the CLI."""
from claimlint.cli import main

raise SystemExit(main())
