package org.trialline.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Empties the Redis database the services will use, over the plain protocol: three commands need no client. */
final class RedisDatabase {

    private static final int TIMEOUT_MILLIS = 10_000;

    private RedisDatabase() {}

    static void flush(Settings settings) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.redisHost(), settings.redisPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            if (!settings.redisPassword().isEmpty()) {
                command(out, in, "AUTH", settings.redisPassword());
            }
            command(out, in, "SELECT", Integer.toString(settings.redisDatabase()));
            command(out, in, "FLUSHDB");
        } catch (IOException e) {
            throw new LaunchException(
                    "could not empty Redis database " + settings.redisDatabase() + " at " + settings.redisAddress()
                            + ": " + e.getMessage(),
                    e);
        }
    }

    // a command as a RESP array of bulk strings, so a password may hold any character
    private static void command(OutputStream out, BufferedReader in, String... words) throws IOException {
        StringBuilder request = new StringBuilder("*").append(words.length).append("\r\n");
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            request.append('$').append(bytes.length).append("\r\n").append(word).append("\r\n");
        }
        out.write(request.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        String reply = in.readLine();
        if (reply == null || !reply.startsWith("+")) {
            // the reply to AUTH names no password; the command's own name is enough to act on
            throw new IOException(words[0] + " answered " + (reply == null ? "nothing" : reply));
        }
    }
}
