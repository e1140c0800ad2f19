// A slow mobile link between the browser and the static server, for `make bench`: a TCP relay
// that delays every byte by half the round trip each way and shares one download rate and one
// upload rate among all connections (round robin, one packet at a time), as a phone's radio link
// is shared. Everything the browser fetches goes through it, the service worker's downloads
// included (browser-side throttling would not slow those), and it counts the bytes delivered to
// the browser with the time each arrived, so "bytes before X" is read off its log.
import net from 'node:net';

const SLICE = 1460; // one TCP segment
const TICK_MS = 4;

/** One direction of the link: `rate` bytes per second shared by every flow, `delay` ms of latency. */
class Direction {
  constructor(rate, delay, onDeliver) {
    this.rate = rate;
    this.delay = delay;
    this.onDeliver = onDeliver;
    this.flows = new Set();
    this.credit = 0;
    this.turn = 0;
    this.last = Date.now();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  /** Carries what `from` sends to `to`, through the link. */
  carry(from, to) {
    const flow = { from, to, queue: [], queued: 0, ended: false, paused: false };
    from.on('data', (chunk) => {
      for (let i = 0; i < chunk.length; i += SLICE) flow.queue.push(chunk.subarray(i, i + SLICE));
      flow.queued += chunk.length;
      if (flow.queued > 256 * 1024 && !flow.paused) { flow.paused = true; from.pause(); }
    });
    from.on('end', () => { flow.ended = true; this.finishIfDone(flow); });
    from.on('close', () => { flow.ended = true; this.finishIfDone(flow); });
    this.flows.add(flow);
  }

  finishIfDone(flow) {
    if (!flow.ended || flow.queue.length) return;
    this.flows.delete(flow);
    setTimeout(() => { if (!flow.to.destroyed) flow.to.end(); }, this.delay);
  }

  tick() {
    const now = Date.now();
    // At most a few packets of burst: an idle link does not save up bandwidth.
    this.credit = Math.min(this.credit + ((now - this.last) / 1000) * this.rate, 4 * SLICE);
    this.last = now;
    // Round robin from where the last tick stopped, so every flow gets its share.
    const flows = [...this.flows].filter((f) => f.queue.length);
    let idle = 0;
    while (this.credit >= 1 && flows.length && idle < flows.length) {
      const flow = flows[this.turn++ % flows.length];
      if (!flow.queue.length) { idle++; continue; }
      idle = 0;
      const slice = flow.queue.shift();
      flow.queued -= slice.length;
      this.credit -= slice.length;
      if (flow.paused && flow.queued < 64 * 1024) { flow.paused = false; flow.from.resume(); }
      setTimeout(() => {
        if (flow.to.destroyed) return;
        flow.to.write(slice);
        this.onDeliver?.(slice.length);
      }, this.delay);
      this.finishIfDone(flow);
    }
  }

  close() { clearInterval(this.timer); }
}

/**
 * Starts the link in front of `port` on 127.0.0.1. Defaults: Chrome DevTools' "Slow 4G" (150 ms
 * round trip, 1.6 Mbps down, 750 Kbps up). Returns { url, port, delivered, reset, bytesUntil, close }:
 * `bytesUntil(t)` is the bytes delivered to the browser up to `t` (ms since the epoch) since the
 * last `reset()`.
 */
export function startLink({ target, rttMs = 150, downKbps = 1600, upKbps = 750 }) {
  let log = [];
  const down = new Direction((downKbps * 1000) / 8, rttMs / 2, (n) => log.push([Date.now(), n]));
  const up = new Direction((upKbps * 1000) / 8, rttMs / 2);
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    const drop = () => { client.destroy(); upstream.destroy(); sockets.delete(client); sockets.delete(upstream); };
    client.on('error', drop);
    upstream.on('error', drop);
    up.carry(client, upstream);
    down.carry(upstream, client);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        reset: () => { log = []; },
        bytesUntil: (t) => log.reduce((sum, [at, n]) => (at <= t ? sum + n : sum), 0),
        close: () => new Promise((r) => {
          for (const s of sockets) s.destroy();
          down.close();
          up.close();
          server.close(r);
        }),
      });
    });
  });
}
