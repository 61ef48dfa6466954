package io.eventmart.search.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a server appear at a port late: connections to {@code port} are refused until the forwarder
 * starts, then passed on to the real server.
 */
public final class TcpForwarder implements AutoCloseable {

  private final ServerSocket server;
  private final URI target;
  private final ExecutorService pipes = Executors.newCachedThreadPool();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();

  private TcpForwarder(int port, URI target) throws IOException {
    this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    this.target = target;
    pipes.execute(this::accept);
  }

  /**
   * Starts forwarding {@code port} on the loopback interface to the host and port of {@code url}.
   */
  public static TcpForwarder start(int port, String url) {
    try {
      return new TcpForwarder(port, URI.create(url));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port nothing listens on (at the moment it is returned). */
  public static int freePort() {
    try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many connections were forwarded. */
  public int connections() {
    return connections.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(target.getHost(), target.getPort());
        connections.incrementAndGet();
        sockets.add(client);
        sockets.add(upstream);
        pipes.execute(() -> pipe(client, upstream));
        pipes.execute(() -> pipe(upstream, client));
      } catch (IOException e) {
        // The server socket was closed: the forwarder is stopping.
        return;
      }
    }
  }

  private static void pipe(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // One side hung up; closing the sockets ends the other direction too.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    sockets.forEach(TcpForwarder::closeQuietly);
    pipes.shutdownNow();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }
}
