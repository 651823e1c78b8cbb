"""`show` prints a code block with its own lines and indentation, where prose is wrapped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run

ARTICLE = """---
title: Signing the log
---

The team signs every checkpoint before it is published, and the service refuses to start
when the key is missing, which the maintainers say has caught two bad deployments this year.

```go
if err != nil {
    log.Fatalln("failed to create checkpoint signer:", err)
}
```

The rest of the article explains how the keys are rotated every quarter by two people.
"""


def test_show_keeps_a_code_blocks_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "log.md"
    source.write_text(ARTICLE)
    case = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(source), "--case", case)[0] == 0
    code, out, err = run(capsys, "show", "1", "--case", case)
    assert code == 0, err
    assert "    if err != nil {\n        log.Fatalln(" in out
    assert "    }\n" in out
