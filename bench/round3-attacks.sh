#!/bin/bash
# The attacks of issue 29 against one build, for the before/after table. Not part of npm test or npm run bench.
# usage: run.sh <cli.cjs>  (before: /tmp/base/dist/cli.cjs, after: /work/wt-rel/dist/cli.cjs)
CLI=$1
PRE="$(dirname "$0")"/../test/helpers/peak-rss-preload.mjs
peak() { P=$(mktemp); NETLEARN_PEAK_FILE=$P node --import $PRE $CLI "$@"; rc=$?; echo "exit $rc, peak $(( $(cat $P 2>/dev/null || echo 0) / 1024 )) MiB" >&2; }
echo "== 1 serve, /quit from a half-open client, then SIGINT"; node "$(dirname "$0")"/round3-quit-nc.mjs $CLI
echo "== 2 quiz --json, stdin left open"; S=$(date +%s%N); (echo registered; sleep 12) | timeout 10 node $CLI quiz port --seed 5 --count 1 --json >/dev/null; echo "exit $? after $(( ($(date +%s%N)-S)/1000000 )) ms"
echo "== 2b connect to a server that resets at once"; node -e "require('net').createServer(c=>c.resetAndDestroy()).listen(0,'127.0.0.1',function(){console.log(this.address().port)});setTimeout(()=>process.exit(),4000)" > /tmp/netlearn-rst.port & sleep 0.5; timeout 5 node $CLI connect 127.0.0.1 --port $(cat /tmp/netlearn-rst.port) < /dev/null 2>&1 | head -c 200; echo " [exit ${PIPESTATUS[0]}]"; wait
echo "== 4 lessons with a FIFO at progress.json"; D=$(mktemp -d); mkdir -p $D/netlearn; mkfifo $D/netlearn/progress.json; XDG_CONFIG_HOME=$D timeout 10 node $CLI lessons >/dev/null 2>&1; echo "exit $?"
echo "== 5 sockets --watch, SIGHUP"; node $CLI sockets --watch --interval 200 >/dev/null 2>&1 & P=$!; sleep 1.5; kill -HUP $P; wait $P; echo "exit $?"
echo "== 6 a 600 MB stdin line: ip -"; head -c 600000000 /dev/zero | tr '\0' x | peak ip - 2>&1 >/dev/null | tail -2 | cut -c1-160
echo "== 6 a 600 MB stdin line: explain"; head -c 600000000 /dev/zero | tr '\0' x | peak explain 2>&1 >/dev/null | tail -2 | cut -c1-160
echo "== 7 aggregate, 10 MB of bad lines"; S=$(date +%s%N); head -c 10000000 /dev/zero | tr '\0' x | fold -w 13 | node $CLI aggregate 2>/tmp/netlearn-agg.err >/dev/null; echo "exit $?, $(wc -l < /tmp/attacks/agg.err) stderr lines, $(( ($(date +%s%N)-S)/1000000 )) ms"
echo "== 7 ip with a 131,000-character argument"; node $CLI ip $(head -c 131000 /dev/zero | tr '\0' 1) 2>&1 >/dev/null | wc -c
python3 -c "open('/tmp/u8-valid.txt','wb').write(('ñandú 👩‍💻 a\\u0301 '*100000).encode()[:(1<<20)-4]); open('/tmp/u8-invalid.txt','wb').write(bytes([0xff,0x61])*(1<<19))"
for f in /tmp/u8-valid.txt /tmp/u8-invalid.txt; do echo "== 8 utf8, 1 MiB stdin $(basename $f)"; peak utf8 < $f 2>&1 >/dev/null | tail -1; peak utf8 --json < $f 2>&1 >/dev/null | tail -1; done
echo "== 11 connect/close loop from one address"; node "$(dirname "$0")"/round3-join-loop.mjs $CLI
echo "== 13 explain, OSC 52 in the input"; printf '\033]52;c;QUFB\a ECONNREFUSED\n' | node $CLI explain | od -c | grep -c '033\|\\a'
echo "== 13 ip, zone with BEL and slash"; node $CLI ip "$(printf 'fe80::1%%1/129\a')" 2>&1 | od -c | grep -c '\\a'; node $CLI ip 'fe80::1%1/129' > /dev/null 2>&1; echo "exit $?"
