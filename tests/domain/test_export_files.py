"""COPY's line ends become CRLF only between rows."""

from __future__ import annotations

import pytest

from domain.export_files import _CrlfRows


@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
def test_only_line_feeds_between_rows_become_crlf(size: int) -> None:
    copy_output = b'1,"a\nb",x\n2,"say ""hi""\n",y\n3,plain,z\n'
    crlf = _CrlfRows()
    converted = b"".join(crlf(copy_output[i : i + size]) for i in range(0, len(copy_output), size))
    assert converted == b'1,"a\nb",x\r\n2,"say ""hi""\n",y\r\n3,plain,z\r\n'
