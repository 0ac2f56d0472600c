"""Subcommands of `pledgeflow`. Each module has `add_parser(subparsers)` and `main(args) -> int`; `flows/cli.py`
lists them in `COMMANDS`."""
