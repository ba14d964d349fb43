from evaltool.cli import run

raise SystemExit(run())
