package io.sightline.engine.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: posts one request body at a fixed offered rate, on a schedule fixed in advance
 * (request {@code i} is due at {@code start + i / rate}), over keep-alive connections, and measures each
 * request's latency from the moment it was due, not from when a connection was free to send it. A server that
 * falls behind therefore shows the whole wait its clients would see (no coordinated omission), as wrk2 does.
 * Requests due in the run but still unsent when it ends are counted at the wait they had so far (a lower bound);
 * the achieved rate is over the time until the last answer came.
 *
 * <p>Arguments: {@code --url URL --body FILE [--rate 5000] [--duration 20] [--warmup 5] [--connections 32]};
 * the bearer token, if any, is read from the environment variable {@code OIP_TOKEN}. Prints a readable
 * summary, then one line {@code RESULT offered=… achieved=… p50_us=… p99_us=… p999_us=… max_us=… …}.
 */
public final class OpenLoopLoad {
    /** Latencies up to an hour, three significant digits. */
    private static final long HIGHEST_MICROS = Duration.ofHours(1).toNanos() / 1000;

    private final URI url;
    private final byte[] request;
    private final double rate;
    private final int connections;

    private OpenLoopLoad(URI url, byte[] body, String token, double rate, int connections) {
        this.url = url;
        this.rate = rate;
        this.connections = connections;
        String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                + (token == null || token.isBlank() ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        this.request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        URI url = URI.create(required(options, "--url"));
        byte[] body = Files.readAllBytes(Path.of(required(options, "--body")));
        double rate = Double.parseDouble(options.getOrDefault("--rate", "5000"));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("--duration", "20")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("--warmup", "5")));
        int connections = Integer.parseInt(options.getOrDefault("--connections", "32"));
        OpenLoopLoad load = new OpenLoopLoad(url, body, System.getenv("OIP_TOKEN"), rate, connections);
        if (!warmup.isZero()) {
            load.run(warmup);
        }
        load.run(duration).print(rate);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing " + name + " (arguments: --url URL --body FILE [--rate N] "
                    + "[--duration S] [--warmup S] [--connections N])");
        }
        return value;
    }

    /** What a run saw: latencies from the due time, answers that were not 200, failed connections, unsent requests. */
    private record Outcome(Histogram latencies, long completed, long failed, long errors, long unsent,
                           Duration elapsed) {
        void print(double offered) {
            double seconds = elapsed.toNanos() / 1e9;
            double achieved = completed / seconds;
            System.out.printf(Locale.ROOT, "offered %.0f req/s, achieved %.0f req/s; latency from the intended send "
                            + "time: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; %d not 200, %d connection "
                            + "errors, %d unsent at the end%n", offered, achieved,
                    latencies.getValueAtPercentile(50) / 1e3, latencies.getValueAtPercentile(99) / 1e3,
                    latencies.getValueAtPercentile(99.9) / 1e3, latencies.getMaxValue() / 1e3, failed, errors, unsent);
            System.out.printf(Locale.ROOT, "RESULT offered=%.0f achieved=%.0f requests=%d p50_us=%d p99_us=%d "
                            + "p999_us=%d max_us=%d non2xx=%d socket_errors=%d unsent=%d%n", offered, achieved,
                    completed, latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(99),
                    latencies.getValueAtPercentile(99.9), latencies.getMaxValue(), failed, errors, unsent);
        }
    }

    /** Offers the rate for {@code duration} on every connection at once, then waits for the answers in flight. */
    private Outcome run(Duration duration) throws InterruptedException {
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        long end = start + duration.toNanos();
        long total = (long) (rate * duration.toNanos() / 1e9);
        AtomicLong next = new AtomicLong();
        List<Sender> senders = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Sender sender = new Sender(next, start, end, total);
            senders.add(sender);
            sender.thread = Thread.ofPlatform().name("open-loop-" + i).start(sender);
        }
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        long completed = 0;
        long failed = 0;
        long errors = 0;
        long unsent = 0;
        for (Sender sender : senders) {
            sender.thread.join();
            all.add(sender.latencies);
            completed += sender.completed;
            failed += sender.failed;
            errors += sender.errors;
            unsent += sender.unsent;
        }
        // answers still in flight at the end count, so the rate is over the time they took to come
        Duration elapsed = Duration.ofNanos(Math.max(end, System.nanoTime()) - start);
        return new Outcome(all, completed, failed, errors, unsent, elapsed);
    }

    private long dueTime(long start, long index) {
        return start + (long) (index * 1e9 / rate);
    }

    /** One keep-alive connection taking the next due request whenever it is free. */
    private final class Sender implements Runnable {
        private final AtomicLong next;
        private final long start;
        private final long end;
        private final long total;
        private final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        private final byte[] buffer = new byte[64 * 1024];
        private Thread thread;
        private long completed;
        private long failed;
        private long errors;
        private long unsent;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Sender(AtomicLong next, long start, long end, long total) {
            this.next = next;
            this.start = start;
            this.end = end;
            this.total = total;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    long index = next.getAndIncrement();
                    if (index >= total) {
                        return;
                    }
                    long due = dueTime(start, index);
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    long now = System.nanoTime();
                    if (now > end) {
                        // due in the run but not sent by its end: the server was behind; it counts at its wait so far
                        latencies.recordValue(Math.min(HIGHEST_MICROS, (now - due) / 1000));
                        unsent++;
                    } else {
                        send(due);
                    }
                }
            } finally {
                close();
            }
        }

        private void send(long due) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
                    socket.setSoTimeout(60_000);
                    in = new BufferedInputStream(socket.getInputStream(), buffer.length);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                int status = readResponse();
                latencies.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - due) / 1000));
                completed++;
                if (status != 200) {
                    failed++;
                }
            } catch (IOException e) {
                errors++;
                latencies.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - due) / 1000));
                close();
            }
        }

        /** Reads one response (Content-Length or chunked) and returns its status. */
        private int readResponse() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closes) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder text = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("The server closed the connection");
                }
                if (c != '\r') {
                    text.append((char) c);
                }
            }
            return text.toString();
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("The server closed the connection mid-answer");
                }
                left -= read;
            }
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing is all that is left to do with it
                }
            }
            socket = null;
        }
    }
}
