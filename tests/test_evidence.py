"""WARC evidence: records read back byte-for-byte; a truncated file does not corrupt earlier records."""

from clippings.evidence import WarcStore, read_record


def test_roundtrip_binary_body_and_headers(tmp_path):
    store = WarcStore(tmp_path, prefix="t")
    body = bytes(range(256)) * 40 + "江州".encode("gb18030")
    a = store.write("http://x.cn/a", 200, "OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                    body, "2026-11-25T08:00:00+08:00")
    b = store.write("http://x.cn/b", 404, "Not Found", [], b"gone")
    store.close()
    first = read_record(tmp_path, a.warc_file, a.offset)
    assert first.body == body and first.status == 200 and first.url == "http://x.cn/a"
    assert ("Content-Type", "text/html") in first.headers
    assert not [h for h in first.headers if h[0].lower() == "content-encoding"]
    assert read_record(tmp_path, b.warc_file, b.offset).body == b"gone"


def test_truncated_tail_leaves_earlier_records_readable(tmp_path):
    store = WarcStore(tmp_path, prefix="t")
    a = store.write("http://x.cn/a", 200, "OK", [], b"first")
    b = store.write("http://x.cn/b", 200, "OK", [], b"second" * 1000)
    store.close()
    path = tmp_path / a.warc_file
    path.write_bytes(path.read_bytes()[: b.offset + 20])   # as if killed mid-write
    assert read_record(tmp_path, a.warc_file, a.offset).body == b"first"
    again = WarcStore(tmp_path, prefix="t")
    c = again.write("http://x.cn/c", 200, "OK", [], b"third")
    assert c.warc_file != a.warc_file and read_record(tmp_path, c.warc_file, c.offset).body == b"third"
