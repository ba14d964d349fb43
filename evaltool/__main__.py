from evaltool.cli import main

raise SystemExit(main())
