"""Regrouping evidence streams into exact chunks: any read pattern gives the same chunks."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipms_desktop.bundles.format import CHUNK_BYTES
from ipms_desktop.bundles.writer import exact_chunks
from ipms_desktop.errors import IpmsError

SIZES = [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 2 * CHUNK_BYTES, 2 * CHUNK_BYTES + 3]


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(data), *(cut % (len(data) + 1) for cut in cuts)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


@settings(max_examples=60, deadline=None)
@given(size=st.sampled_from(SIZES), cuts=st.lists(st.integers(min_value=0), max_size=6))
def test_any_read_pattern_gives_exact_chunks(size, cuts):
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    chunks = list(exact_chunks(_split(data, cuts), size, "evidence"))
    assert b"".join(chunk for chunk, _ in chunks) == data
    assert [final for _, final in chunks] == [False] * (len(chunks) - 1) + [True]
    assert all(len(chunk) == CHUNK_BYTES for chunk, _ in chunks[:-1])
    assert 0 < len(chunks[-1][0]) <= CHUNK_BYTES or size == 0


@pytest.mark.parametrize("pieces", [[b"abc", b"d"], [b"abcd"], [b"", b"abcd", b""]])
def test_longer_stream_than_declared_is_refused(pieces):
    with pytest.raises(IpmsError, match="larger"):
        list(exact_chunks(pieces, 3, "evidence"))


@pytest.mark.parametrize("pieces", [[b"ab"], [], [b"a", b"b"]])
def test_shorter_stream_than_declared_is_refused(pieces):
    with pytest.raises(IpmsError, match="smaller"):
        list(exact_chunks(pieces, 3, "evidence"))
