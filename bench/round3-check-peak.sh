#!/bin/bash
# check --json (a full run) against a chat-servers fixture: exit, seconds and peak RSS. Usage: round3-check-peak.sh send-loop [cli.cjs]
cd "$(dirname "$0")"/..
python3 test/fixtures/chat-servers/$1.py 0 > /tmp/fx.$$ & SLP=$!
sleep 1.5; PORT=$(awk '{print $2}' /tmp/fx.$$)
P=$(mktemp); S=$(date +%s.%N)
NETLEARN_PEAK_FILE=$P timeout 300 node --import ./test/helpers/peak-rss-preload.mjs ${2:-dist/cli.cjs} check 127.0.0.1 --port $PORT --json > /tmp/check-$1.json 2>/tmp/check-$1.err; rc=$?
E=$(date +%s.%N)
kill $SLP
echo "$1: exit $rc, $(echo "$E - $S" | bc) s, peak $(( $(cat $P) / 1024 )) MiB"
