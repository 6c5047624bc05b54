from vanskapshuset.cli import main

raise SystemExit(main())
