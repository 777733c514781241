"""How the command line's help writes positional arguments: by what to type, not Python types.

Typer 0.29 writes a required argument in braces and each argument with its annotation's type
("Usage: newsledger ingest [OPTIONS] {paths}..." and "paths... <list[str]>"), where the options
already say what to type ("--db URL", "--since YYYY-MM-DD"). `PlainArgumentsCommand` writes an
argument as its metavar (else its name in capitals), "..." when it takes several, in brackets
when it may be left out, as click and most command lines do: "newsledger ingest [OPTIONS]
PATH...", "PATH...  Files, folders (recursed) or globs to read.  [required]".
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand

# Typer 0.29 runs on its own copy of click (the private `typer._click`): its parameters,
# contexts and help formatters are typed Any here rather than imported from there.


def argument_name(param: Any) -> str:
    """The argument as the help writes it: PATH, PATH..., [TARGET]."""
    name = str(param.metavar or (param.name or "").upper())
    if param.nargs != 1:
        name += "..."
    return name if param.required else f"[{name}]"


class PlainArgumentsCommand(TyperCommand):
    """A Typer command whose help names each argument by what to type (see the module)."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(argument_name(param))
            else:
                pieces.extend(param.get_usage_pieces(ctx))  # [OPTIONS] stands for them
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((argument_name(param).strip("[]"), record[1]))
            elif param.param_type_name == "option":
                options.append(record)
        for title, records in (("Arguments", arguments), ("Options", options)):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)
