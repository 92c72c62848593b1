"""docs/cli.md documents every available command, with its current --help text.

To refresh the help blocks after changing a command (and add a section with the
help text for a command that has none):  python tests/cli/test_docs.py
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli.main import COMMANDS, cli

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
BLOCK = re.compile(r"<!-- help:(?P<name>[\w-]+) -->\n```text\n(?P<text>.*?)```\n<!-- /help:(?P=name) -->", re.S)


def available_commands() -> list[str]:
    return [name for name, target in COMMANDS.items() if importlib.util.find_spec(target.split(":")[0])]


def help_text(name: str) -> str:
    result = CliRunner().invoke(cli, [name, "--help"], prog_name="eventwire", terminal_width=88)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_available_command_has_a_section_in_docs_cli():
    doc = DOC.read_text(encoding="utf-8")
    missing = [name for name in available_commands() if f"## `eventwire {name}`" not in doc]
    assert not missing, f"docs/cli.md has no section for: {', '.join(missing)}"


def test_help_blocks_match_the_commands():
    doc = DOC.read_text(encoding="utf-8")
    blocks = {m["name"]: m["text"] for m in BLOCK.finditer(doc)}
    for name in available_commands():
        assert name in blocks, f"docs/cli.md has no help block for {name}; run python {__file__}"
        assert blocks[name] == help_text(name), f"help of {name} changed; run python {__file__}"


def refresh() -> None:
    """Rewrite the help blocks of docs/cli.md from the commands' --help."""
    doc = DOC.read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in available_commands():
            return match.group(0)
        return f"<!-- help:{name} -->\n```text\n{help_text(name)}```\n<!-- /help:{name} -->"

    doc = BLOCK.sub(fill, doc)
    for name in available_commands():
        if f"## `eventwire {name}`" not in doc:
            doc = doc.rstrip("\n") + (
                f"\n\n## `eventwire {name}`\n\n<!-- help:{name} -->\n```text\n{help_text(name)}```\n"
                f"<!-- /help:{name} -->\n"
            )
    DOC.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    refresh()
    sys.exit(0)
