package org.redress.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A fault-injecting proxy for one connection: forwards the request to the hub, waits until the
 * hub has answered (so it committed), then drops the answer and closes the client's connection.
 */
final class DroppingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final Thread worker;
    volatile int bytesDropped;

    DroppingProxy(int upstreamPort) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        worker = Thread.ofVirtual().start(() -> {
            try (Socket client = server.accept(); Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                Thread.ofVirtual().start(() -> copy(client, upstream));
                InputStream answer = upstream.getInputStream();
                byte[] buffer = new byte[8192];
                int n = answer.read(buffer);
                bytesDropped = n;
                client.setSoLinger(true, 0);
            } catch (IOException ignored) {
                // the client saw its connection reset, which is the point
            }
        });
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
        } catch (IOException ignored) {
            // closed by the other side
        }
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.close();
        worker.join();
    }
}
