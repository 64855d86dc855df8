from api.responses import ApiResponse


def test_header_values_lose_line_breaks_and_nul_like_sanic_strips_them() -> None:
    response = ApiResponse(
        status=204, headers={"X-Echo": "a\r\nSet-Cookie: x=1\x00", "X-Plain": "é ok;q=1"}
    )
    headers = dict(response.processed_headers)
    assert headers[b"X-Echo"] == b"aSet-Cookie: x=1"
    assert headers[b"X-Plain"] == "é ok;q=1".encode()
