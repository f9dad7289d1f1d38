#!/usr/bin/env bash
# Does an exported WARC replay in the tools web archivists use?  (issue 15)
#
# Serves three pages from 127.0.0.1 (a UTF-8 article; a windows-1252 one whose charset is
# only in the Content-Type header; one that changes between two fetches), fetches them into
# a fresh store, refreshes, exports the WARC, then: warcio check and index on it, pywb's
# wb-manager init/add and wayback on 127.0.0.1, and every capture of every page fetched
# back from pywb, raw (id_) and as replayed, compared with the bytes served.
#
#   bench/replay_check.sh            (pywb from $PYWB_VENV, default /work/pywb-venv)
#
# pywb is not a dependency of factcheck: install it in a venv of its own
#   python3 -m venv /work/pywb-venv && /work/pywb-venv/bin/pip install pywb
# Without it the check is skipped with one line (exit 0).  Exit 1 when a check fails.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYWB_VENV=${PYWB_VENV:-/work/pywb-venv}
PY=${PYTHON:-python}
if [ ! -x "$PYWB_VENV/bin/wb-manager" ] || [ ! -x "$PYWB_VENV/bin/wayback" ]; then
    echo "replay check skipped: pywb is not installed in $PYWB_VENV (python3 -m venv $PYWB_VENV && $PYWB_VENV/bin/pip install pywb)"
    exit 0
fi
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK" || exit 1
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}" FACTCHECK_ALLOW_PRIVATE=true
unset FACTCHECK_DB

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SITE_PORT=$(free_port)
WB_PORT=$(free_port)

# The pages: each NAME.body served with the Content-Type in NAME.type, read at each request.
mkdir site
"$PY" - <<'EOF'
from pathlib import Path
para = "The council agreed a budget of 45 million for the new water plant on Tuesday. " * 6
other = "Café owners in the old town asked the mayor for a cut in the terrace levy. " * 6
Path("site/utf8.body").write_bytes(
    f"<html><head><meta charset='utf-8'><title>Zoë’s report</title></head><body><article>"
    f"<h1>Zoë’s report — naïve figures</h1><p>{para}</p><p>Señora Peña said “{para}”</p>"
    f"</article></body></html>".encode()
)
Path("site/utf8.type").write_text("text/html; charset=utf-8")
Path("site/latin.body").write_bytes(
    f"<html><head><title>Café budget</title></head><body><article><h1>Café crème "
    f"budget</h1><p>{other}</p><p>The mayor’s office — façade works {other}</p>"
    f"</article></body></html>".encode("windows-1252")
)
Path("site/latin.type").write_text("text/html; charset=windows-1252")
Path("site/changing.body").write_bytes(
    f"<html><head><title>Plant cost</title></head><body><article><h1>Plant cost</h1>"
    f"<p>{para}</p><p>First version: the plant will cost 45 million.</p></article>"
    f"</body></html>".encode()
)
Path("site/changing.type").write_text("text/html")
EOF
cat > serve.py <<'EOF'
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

class Pages(BaseHTTPRequestHandler):
    def do_GET(self):
        name = self.path.strip("/").removesuffix(".html")
        body, kind = Path(f"site/{name}.body"), Path(f"site/{name}.type")
        if not body.is_file():
            self.send_error(404)
            return
        data = body.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", kind.read_text())
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass

ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Pages).serve_forever()
EOF
"$PY" serve.py "$SITE_PORT" & PIDS+=($!)
BASE="http://127.0.0.1:$SITE_PORT"
printf '%s\n' "$BASE/utf8.html" "$BASE/latin.html" "$BASE/changing.html" > urls.txt
for _ in $(seq 50); do curl -sf -o /dev/null "$BASE/utf8.html" && break; sleep 0.1; done

failed=0
fail() { echo "FAIL: $*"; failed=1; }
fc() { "$PY" -m factcheck --db "$WORK/claims.db" "$@"; }

fc fetch urls.txt || fail "factcheck fetch"
cp site/changing.body changing.v1
"$PY" -c 'from pathlib import Path; p = Path("site/changing.body"); p.write_bytes(p.read_bytes().replace(b"First version: the plant will cost 45 million.", b"Corrected: the plant will cost 54 million, the council said on Wednesday after a review."))'
sleep 1.1  # a distinct second for the second capture's 14-digit timestamp
fc refresh >/dev/null || fail "factcheck refresh"
fc archive export desk.warc.gz || fail "factcheck archive export"

echo "== warcio check -v"
"$PYWB_VENV/bin/warcio" check -v desk.warc.gz > check.txt 2>&1 || fail "warcio check (see below)"
grep -c "digest pass" check.txt | sed 's/^/   digests passed: /'
grep -v "digest pass\|^ *offset\|desk.warc.gz" check.txt | sed 's/^/   /'
echo "== warcio index"
"$PYWB_VENV/bin/warcio" index -f warc-type,warc-target-uri,warc-concurrent-to,http:status,http:content-type desk.warc.gz | sed 's/^/   /'

echo "== pywb (wb-manager init/add, wayback on 127.0.0.1:$WB_PORT)"
"$PYWB_VENV/bin/wb-manager" init desk > pywb.log 2>&1 || fail "wb-manager init"
"$PYWB_VENV/bin/wb-manager" add desk desk.warc.gz >> pywb.log 2>&1 || fail "wb-manager add"
"$PYWB_VENV/bin/wayback" -b 127.0.0.1 -p "$WB_PORT" >> pywb.log 2>&1 & PIDS+=($!)
WB="http://127.0.0.1:$WB_PORT"
for _ in $(seq 100); do curl -sf -o /dev/null "$WB/desk/cdx?url=$BASE/utf8.html" && break; sleep 0.2; done

# Each capture pywb indexed: its raw body (id_) must be the bytes served then, and the
# replayed page (mp_, rewritten by pywb) must come back 200 with the page's own words.
check_capture() {  # name, timestamp, expected body file, a phrase of the page, charset wanted
    local name=$1 stamp=$2 expected=$3 phrase=$4 charset=$5
    local url="$BASE/$name.html"
    local type
    type=$(curl -s -o "raw-$name-$stamp" -w '%{content_type}' "$WB/desk/${stamp}id_/$url")
    if cmp -s "raw-$name-$stamp" "$expected"; then
        echo "   $name @$stamp: raw body as archived ($(wc -c < "$expected") bytes), Content-Type: $type"
    else
        fail "$name @$stamp: pywb's raw body differs from the bytes served"
    fi
    if [ -n "$charset" ] && ! grep -qi "charset=$charset" <<< "$type"; then
        fail "$name @$stamp: replayed as '$type', without the charset the page was served with ($charset): a browser would guess it"
    fi
    local code
    code=$(curl -s -o "mp-$name-$stamp" -w '%{http_code}' "$WB/desk/${stamp}mp_/$url")
    if [ "$code" = 200 ] && "$PY" - "mp-$name-$stamp" "$phrase" "${charset:-utf-8}" <<'EOF'
import sys
page = open(sys.argv[1], "rb").read().decode(sys.argv[3], "replace")
sys.exit(0 if sys.argv[2] in page else 1)
EOF
    then
        echo "   $name @$stamp: replayed (mp_) 200 with its text"
    else
        fail "$name @$stamp: replay (mp_) answered $code without the page's text"
    fi
}
stamps() { curl -s "$WB/desk/cdx?url=$BASE/$1.html&output=json" | "$PY" -c 'import json, sys; print(" ".join(json.loads(l)["timestamp"] for l in sys.stdin if l.strip()))'; }

read -r -a utf8 <<< "$(stamps utf8)"
read -r -a latin <<< "$(stamps latin)"
read -r -a changing <<< "$(stamps changing)"
[ "${#utf8[@]}" = 1 ] || fail "utf8: ${#utf8[@]} captures indexed, not 1"
[ "${#latin[@]}" = 1 ] || fail "latin: ${#latin[@]} captures indexed, not 1"
[ "${#changing[@]}" = 2 ] || fail "changing: ${#changing[@]} captures indexed, not 2 (the refresh kept a version)"
[ -n "${utf8[0]:-}" ] && check_capture utf8 "${utf8[0]}" site/utf8.body "Señora Peña" utf-8
[ -n "${latin[0]:-}" ] && check_capture latin "${latin[0]}" site/latin.body "Café crème" windows-1252
[ -n "${changing[0]:-}" ] && check_capture changing "${changing[0]}" changing.v1 "First version" ""
[ -n "${changing[1]:-}" ] && check_capture changing "${changing[1]}" site/changing.body "Corrected" ""

if [ "$failed" = 0 ]; then
    echo "replay check passed: warcio and pywb read the export, every capture replays as archived"
else
    echo "replay check FAILED (pywb log: $(grep -ci error pywb.log) error lines)"
fi
exit "$failed"
